package dev.ecrgen.benchmarks.client;

import dev.ecrgen.benchmarks.async.Apache5AsyncTransport;
import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.HttpClientTransport;
import dev.ecrgen.runtime.transport.UrlConnectionAsyncTransport;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrAsyncClientBuilder;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesRequest;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The calls made with the generated async client. The transport is the client's default unless the system property
 * {@code ecrgen.bench.transport} names a candidate: {@code jdk} ({@link HttpClientTransport}), {@code jdk-direct} (the
 * same with the JDK client's work run on its own selector thread), {@code pool}
 * ({@link UrlConnectionAsyncTransport}) or {@code apache5} ({@link Apache5AsyncTransport}).
 */
public final class EcrgenAsyncCalls implements EcrAsyncCalls {

    private final EcrAsyncClient client;
    private final DescribeRepositoriesRequest repositories = DescribeRepositoriesRequest.builder().maxResults(10).build();

    /** Builds the client for the endpoint, with static credentials and an explicit region. */
    public EcrgenAsyncCalls(URI endpoint) {
        EcrAsyncClientBuilder builder = EcrAsyncClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .endpointOverride(endpoint);
        AsyncTransport transport = transport(System.getProperty("ecrgen.bench.transport", "default"));
        if (transport != null) {
            builder.httpTransport(transport);
        }
        this.client = builder.build();
    }

    private static AsyncTransport transport(String name) {
        switch (name) {
            case "default":
                return null;
            case "jdk":
                return HttpClientTransport.create();
            case "jdk-direct":
                return HttpClientTransport.builder().executor(new DirectExecutor()).build();
            case "pool":
                return UrlConnectionAsyncTransport.create();
            case "apache5":
                return Apache5AsyncTransport.create();
            default:
                throw new IllegalArgumentException("unknown transport " + name);
        }
    }

    @Override
    public CompletableFuture<Integer> describeRepositories() {
        return client.describeRepositories(repositories).thenApply(r -> r.repositories().size());
    }

    @Override
    public void close() {
        client.close();
    }

    /** Runs each task on the thread that hands it over. */
    private static final class DirectExecutor implements java.util.concurrent.Executor {
        @Override
        public void execute(Runnable task) {
            task.run();
        }
    }
}
