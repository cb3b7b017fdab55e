package dev.ecrgen.services.ecr.config;

import dev.ecrgen.runtime.config.DefaultsMode;
import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.EcrClientBuilder;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The generated ecrgen ECR client in a child JVM, set up like {@link OfficialSide}: the same builder settings, static
 * credentials, its default transport, one {@code DescribeRepositories} call.
 */
public final class EcrgenSide {
    private EcrgenSide() {
    }

    public static void main(String[] args) {
        Map<String, String> settings = BuilderSettings.parse(args);
        ChildReport.run(() -> build(settings), client -> ((EcrClient) client).describeRepositories(r -> { }));
    }

    private static EcrClient build(Map<String, String> settings) {
        EcrClientBuilder builder = EcrClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(BuilderSettings.ACCESS_KEY, BuilderSettings.SECRET_KEY)));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String value = setting.getValue();
            switch (setting.getKey()) {
                case BuilderSettings.REGION -> builder.region(Region.of(value));
                case BuilderSettings.ENDPOINT_OVERRIDE -> builder.endpointOverride(URI.create(value));
                case BuilderSettings.RETRY_MODE -> builder.retryMode(RetryMode.fromValue(value.replace("_V2", "")));
                case BuilderSettings.FIPS -> builder.fipsEnabled(Boolean.valueOf(value));
                case BuilderSettings.DUALSTACK -> builder.dualstackEnabled(Boolean.valueOf(value));
                case BuilderSettings.DEFAULTS_MODE -> builder.defaultsMode(DefaultsMode.fromValue(value));
                default -> throw new IllegalArgumentException("no builder setting " + setting.getKey());
            }
        }
        return builder.build();
    }
}
