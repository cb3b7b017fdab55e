package dev.ecrgen.services.ecr.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;
import software.amazon.awssdk.regions.Region;

/**
 * Where the sync and async clients send requests: an endpoint provider from the builder is asked with the client's
 * parameters on every call, and a configuration the rule set refuses fails the call (the async one through its future)
 * with the rule's message before anything is sent.
 */
class ClientEndpointTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET"));

    @Test
    void fipsWithAnEndpointOverrideFailsEveryCallWithTheRulesMessage() throws Exception {
        try (LoopbackServer server = new LoopbackServer();
                EcrClient sync = EcrClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                        .endpointOverride(server.endpoint()).fipsEnabled(true).build();
                EcrAsyncClient async = EcrAsyncClient.builder().region(Region.US_EAST_1)
                        .credentialsProvider(CREDENTIALS).endpointOverride(server.endpoint()).fipsEnabled(true)
                        .build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> sync.describeRepositories(r -> { }));
            assertEquals("Invalid Configuration: FIPS and custom endpoint are not supported", e.getMessage());
            CompletableFuture<?> call = async.describeRepositories(r -> { });
            ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
            assertInstanceOf(SdkClientException.class, failed.getCause());
            assertEquals("Invalid Configuration: FIPS and custom endpoint are not supported",
                    failed.getCause().getMessage());
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void aProviderFromTheBuilderIsAskedWithTheClientsParametersOnEveryCall() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.reply(LoopbackServer.Reply.json(200, "{}"), LoopbackServer.Reply.json(200, "{}"),
                    LoopbackServer.Reply.json(200, "{}"));
            AtomicInteger asked = new AtomicInteger();
            EcrEndpointProvider provider = params -> {
                asked.incrementAndGet();
                assertEquals(Region.EU_WEST_1, params.region());
                assertEquals(Boolean.TRUE, params.useDualStack());
                return CompletableFuture.completedFuture(Endpoint.builder()
                        .endpointUrl(EndpointUrl.fromUri(URI.create(server.endpoint() + "/mine"))).build());
            };
            try (EcrClient sync = EcrClient.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                    .dualstackEnabled(true).endpointProvider(provider).retryPolicy(RetryPolicy.none()).build();
                    EcrAsyncClient async = EcrAsyncClient.builder().region(Region.EU_WEST_1)
                            .credentialsProvider(CREDENTIALS).dualstackEnabled(true).endpointProvider(provider)
                            .build()) {
                sync.describeRepositories(r -> { });
                sync.describeRepositories(r -> { });
                async.describeRepositories(r -> { }).get(10, TimeUnit.SECONDS);
            }
            assertEquals(3, asked.get());
            assertEquals(List.of("/mine/", "/mine/", "/mine/"),
                    server.requests().stream().map(LoopbackServer.Recorded::path).toList());
        }
    }
}
