package dev.ecrgen.services.ecr.config;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.EcrClientBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The generated ecrgen ECR client in a child JVM, set up like {@link OfficialSide}: the same builder settings, static
 * credentials, its default transport, one {@code DescribeRepositories} call. Region and endpoint override go through
 * today's builder; {@code fipsEnabled}, {@code dualstackEnabled} and {@code defaultsMode} are called by name, so this
 * class compiles before the builder has them and such a case reports their absence instead of passing by accident.
 */
public final class EcrgenSide {
    private EcrgenSide() {
    }

    public static void main(String[] args) {
        Map<String, String> settings = BuilderSettings.parse(args);
        ChildReport.run(() -> build(settings), client -> ((EcrClient) client).describeRepositories(r -> { }));
    }

    private static EcrClient build(Map<String, String> settings) throws ReflectiveOperationException {
        EcrClientBuilder builder = EcrClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(BuilderSettings.ACCESS_KEY, BuilderSettings.SECRET_KEY)));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String value = setting.getValue();
            switch (setting.getKey()) {
                case BuilderSettings.REGION -> builder.region(Region.of(value));
                case BuilderSettings.ENDPOINT_OVERRIDE -> builder.endpointOverride(URI.create(value));
                case BuilderSettings.RETRY_MODE -> builder.retryPolicy(retryPolicy(value));
                case BuilderSettings.FIPS, BuilderSettings.DUALSTACK -> call(builder, setting.getKey(), Boolean.class,
                        Boolean.valueOf(value));
                case BuilderSettings.DEFAULTS_MODE -> call(builder, setting.getKey(), String.class, value);
                default -> throw new IllegalArgumentException("no builder setting " + setting.getKey());
            }
        }
        return builder.build();
    }

    private static RetryPolicy retryPolicy(String mode) {
        return switch (mode) {
            case "LEGACY" -> RetryPolicy.defaults();
            case "STANDARD" -> RetryPolicy.standard();
            case "ADAPTIVE_V2" -> RetryPolicy.adaptive();
            default -> throw new IllegalArgumentException("no retry mode " + mode);
        };
    }

    private static void call(Object builder, String method, Class<?> type, Object value)
            throws ReflectiveOperationException {
        Method setter;
        try {
            setter = builder.getClass().getMethod(method, type);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the ecrgen builder has no " + method + "(" + type.getSimpleName() + ")");
        }
        try {
            setter.invoke(builder, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
