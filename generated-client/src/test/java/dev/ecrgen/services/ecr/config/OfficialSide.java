package dev.ecrgen.services.ecr.config;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.EcrClientBuilder;

/**
 * The official ECR client (AWS SDK for Java v2) in a child JVM: builder settings from the arguments
 * ({@code key=value}, see {@link BuilderSettings}), static credentials, url-connection-client, one
 * {@code DescribeRepositories} call.
 */
public final class OfficialSide {
    private OfficialSide() {
    }

    public static void main(String[] args) {
        Map<String, String> settings = BuilderSettings.parse(args);
        ChildReport.run(() -> build(settings), client -> ((EcrClient) client).describeRepositories(r -> { }));
    }

    private static EcrClient build(Map<String, String> settings) {
        EcrClientBuilder builder = EcrClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(BuilderSettings.ACCESS_KEY, BuilderSettings.SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        settings.forEach((key, value) -> {
            switch (key) {
                case BuilderSettings.REGION -> builder.region(Region.of(value));
                case BuilderSettings.ENDPOINT_OVERRIDE -> builder.endpointOverride(URI.create(value));
                case BuilderSettings.FIPS -> builder.fipsEnabled(Boolean.valueOf(value));
                case BuilderSettings.DUALSTACK -> builder.dualstackEnabled(Boolean.valueOf(value));
                case BuilderSettings.RETRY_MODE -> builder.overrideConfiguration(
                        c -> c.retryStrategy(RetryMode.valueOf(value)));
                case BuilderSettings.DEFAULTS_MODE -> builder.defaultsMode(DefaultsMode.fromValue(value));
                default -> throw new IllegalArgumentException("no builder setting " + key);
            }
        });
        return builder.build();
    }
}
