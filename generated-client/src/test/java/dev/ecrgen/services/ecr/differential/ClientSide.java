package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.runtime.client.SyncClientBuilder;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * One of the two clients under comparison, built reflectively from its package so that the tests name no service:
 * static credentials, us-east-1, the loopback endpoint, no retries. Calls go through the client interface's public
 * operation methods, found by their request type.
 */
final class ClientSide implements AutoCloseable {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Region REGION = Region.US_EAST_1;

    private final String label;
    private final String basePackage;
    private final Class<?> clientInterface;
    private final AutoCloseable client;
    private final Supplier<String> lastAuthority;
    private final LoopbackServer server;

    private ClientSide(String label, String basePackage, Class<?> clientInterface, AutoCloseable client,
            Supplier<String> lastAuthority, LoopbackServer server) {
        this.label = label;
        this.basePackage = basePackage;
        this.clientInterface = clientInterface;
        this.client = client;
        this.lastAuthority = lastAuthority;
        this.server = server;
    }

    /** The AWS SDK's client over url-connection-client. */
    static ClientSide reference(String basePackage, String clientName, LoopbackServer server) {
        Class<?> type = load(basePackage + "." + clientName, "reference");
        AwsClientBuilder<?, ?> builder = (AwsClientBuilder<?, ?>) PublicMethods.call(
                PublicMethods.staticMethod(type, "builder"), null);
        PinnedHttpClient http = new PinnedHttpClient();
        builder.region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(server.endpoint())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
        ((SdkSyncClientBuilder<?, ?>) builder).httpClient(http);
        return new ClientSide("reference", basePackage, type, (AutoCloseable) builder.build(), http::lastAuthority,
                server);
    }

    /** Our generated client over its own transport. */
    static ClientSide ours(String basePackage, String clientName, LoopbackServer server) {
        Class<?> type = load(basePackage + "." + clientName, "our");
        SyncClientBuilder<?, ?> builder = (SyncClientBuilder<?, ?>) PublicMethods.call(
                PublicMethods.staticMethod(type, "builder"), null);
        PinnedTransport transport = new PinnedTransport();
        builder.region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(server.endpoint())
                .httpTransport(transport)
                .retryPolicy(RetryPolicy.none());
        return new ClientSide("ours", basePackage, type, (AutoCloseable) builder.build(), transport::lastAuthority,
                server);
    }

    String label() {
        return label;
    }

    /** A class of the client's model package, e.g. {@code ListImagesRequest}; null when there is none. */
    Class<?> modelClass(String simpleName) {
        try {
            return Class.forName(basePackage + ".model." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /**
     * The client method taking that request class and returning its response class (not the paginator that takes
     * the same request); null when the client has none.
     */
    Method operation(Class<?> requestClass) {
        String response = requestClass.getSimpleName().replaceFirst("Request$", "Response");
        for (Method method : clientInterface.getMethods()) {
            if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == requestClass
                    && method.getReturnType().getSimpleName().equals(response)) {
                return method;
            }
        }
        return null;
    }

    /** Sends the request and records what happened. */
    Outcome call(Method operation, Object request) {
        int before = server.requests().size();
        Object response = null;
        Throwable failure = null;
        try {
            response = PublicMethods.invoke(operation, client, request);
        } catch (Throwable e) {
            failure = e;
        }
        List<LoopbackServer.Recorded> sent;
        synchronized (server.requests()) {
            sent = new ArrayList<>(server.requests().subList(before, server.requests().size()));
        }
        return new Outcome(response, failure, lastAuthority.get(), sent);
    }

    private static Class<?> load(String name, String which) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the " + which + " client " + name + " is not on the test classpath", e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("the " + label + " client did not close: " + e, e);
        }
    }
}
