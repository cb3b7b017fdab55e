package dev.ecrgen.benchmarks.client;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrAsyncClient;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesRequest;

/** The official async client over its default HTTP client, netty-nio-client. Arguments: see {@link AsyncDriver}. */
public final class OfficialNettyMain {

    private OfficialNettyMain() {
    }

    public static void main(String[] args) {
        AsyncDriver.run(args, new EcrAsyncCalls.Factory() {
            @Override
            public EcrAsyncCalls open(URI endpoint) {
                return new Calls(endpoint);
            }
        });
    }

    /** The calls made with the official async client, in its default configuration but for the named HTTP client. */
    private static final class Calls implements EcrAsyncCalls {
        private final EcrAsyncClient client;
        private final DescribeRepositoriesRequest repositories =
                DescribeRepositoriesRequest.builder().maxResults(10).build();

        Calls(URI endpoint) {
            this.client = EcrAsyncClient.builder()
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                    .endpointOverride(endpoint)
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                    .build();
        }

        @Override
        public CompletableFuture<Integer> describeRepositories() {
            return client.describeRepositories(repositories).thenApply(r -> r.repositories().size());
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
