package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.ACCESS_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ECR;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.NOW;
import static dev.ecrgen.runtime.client.ClientFixtures.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Recorded;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.SigV4Verifier;
import dev.ecrgen.runtime.transport.UrlConnectionAsyncTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

class AsyncInvokerTest {

    /** An async builder as generated code would extend it. */
    static final class TestAsyncBuilder extends AsyncClientBuilder<TestAsyncBuilder, AsyncClientSettings> {
        @Override
        public AsyncClientSettings build() {
            return resolveSettings(ECR);
        }
    }

    private LoopbackServer server;
    private RecordingSleeper sleeper;
    private AsyncInvoker invoker;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        if (invoker != null) {
            invoker.close();
        }
        server.close();
    }

    private TestAsyncBuilder builder() {
        return new TestAsyncBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(server.uri())
                .signingClock(CLOCK)
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build());
    }

    private AsyncInvoker invoker(TestAsyncBuilder builder) {
        invoker = new AsyncInvoker(builder.build(), ERRORS);
        return invoker;
    }

    private CompletableFuture<Map<String, String>> listImages(AsyncInvoker on) {
        return on.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER, MAP_READER, null);
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return failure.getCause();
    }

    @Test
    void sendsTheSameSignedRequestAsTheSyncPath() throws Exception {
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t2\"}"));
        Map<String, String> response = listImages(invoker(builder())).get(10, TimeUnit.SECONDS);

        assertEquals(Map.of("nextToken", "t2"), response);
        Recorded request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/", request.uri().getRawPath());
        assertEquals("{\"repositoryName\":\"app\"}", request.bodyText());
        assertEquals("application/x-amz-json-1.1", request.header("Content-Type"));
        assertEquals("AmazonEC2ContainerRegistry_V20150921.ListImages", request.header("X-Amz-Target"));
        assertEquals(Integer.toString(request.body().length), request.header("Content-Length"));
        assertEquals("attempt=1; max=4", request.header("amz-sdk-request"));
        assertEquals("127.0.0.1:" + server.port(), request.header("Host"));
        assertEquals("20240501T123456Z", request.header("X-Amz-Date"));
        assertTrue(request.header("User-Agent").startsWith("ecrgen/0.1.0 api/ECR "), request.header("User-Agent"));
        List<String> signed = SigV4Verifier.verify(request.method(), request.uri().getRawPath(),
                SigV4Verifier.lookup(request.headers()), request.body(), ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr",
                NOW);
        assertTrue(signed.containsAll(List.of("content-length", "content-type", "host", "x-amz-date",
                "x-amz-target")), signed.toString());
    }

    @Test
    void theDefaultTransportStartsNoThreadBeforeTheFirstCallAndNoneIsLeftAfterClose() throws Exception {
        AsyncClientSettings settings = builder().build();
        UrlConnectionAsyncTransport transport = assertInstanceOf(UrlConnectionAsyncTransport.class,
                settings.transport());
        invoker = new AsyncInvoker(settings, ERRORS);
        assertEquals(0, transport.threads(), "building the client starts no thread");
        server.enqueue(Reply.json(200, "{}"));
        listImages(invoker).get(10, TimeUnit.SECONDS);
        assertEquals(1, transport.threads());
        invoker.close();
        assertEquals(0, transport.threads(), "close() stops the pool");
    }

    @Test
    void retriesServerErrorsWithTheSameInvocationId() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\",\"message\":\"busy\"}"));
        server.enqueue(Reply.json(503, "{\"__type\":\"ServerException\",\"message\":\"busy\"}"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"done\"}"));
        Map<String, String> response = listImages(invoker(builder())).get(10, TimeUnit.SECONDS);
        assertEquals("done", response.get("nextToken"));
        List<Recorded> requests = server.requests();
        assertEquals(3, requests.size());
        assertEquals("attempt=3; max=4", requests.get(2).header("amz-sdk-request"));
        assertEquals(requests.get(0).header("amz-sdk-invocation-id"), requests.get(2).header("amz-sdk-invocation-id"));
        assertEquals(2, sleeper.waits.size(), "the policy's sleeper decides the waits between attempts");
    }

    @Test
    void serviceErrorsBecomeTheServicesException() {
        server.otherwise(Reply.json(400, "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"no repo\"}")
                .header("x-amzn-RequestId", "req-1"));
        Throwable failure = failureOf(listImages(invoker(builder())));
        EcrException exception = assertInstanceOf(EcrException.class, failure,
                "the future fails with the exception itself, not a wrapper");
        assertEquals("RepositoryNotFoundException", exception.awsErrorDetails().errorCode());
        assertEquals("req-1", exception.requestId());
        assertEquals(1, server.requests().size(), "a 400 is not retried");
        assertEquals(1, exception.numAttempts());
    }

    @Test
    void exhaustedRetriesKeepTheEarlierFailures() {
        server.otherwise(Reply.json(500, "{\"__type\":\"ServerException\",\"message\":\"down\"}"));
        Throwable failure = failureOf(listImages(invoker(builder())));
        assertEquals(4, assertInstanceOf(EcrException.class, failure).numAttempts());
        assertEquals(4, server.requests().size());
        assertEquals(3, failure.getSuppressed().length);
    }

    @Test
    void anAttemptTimeoutIsRetriedThenReported() {
        server.otherwise(Reply.hang());
        AsyncInvoker timed = invoker(builder().apiCallAttemptTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.defaults().toBuilder().maxAttempts(2).sleeper(sleeper).build()));
        Throwable failure = failureOf(listImages(timed));
        assertInstanceOf(ApiCallAttemptTimeoutException.class, failure);
        assertEquals("The Ecr ListImages call attempt did not complete within apiCallAttemptTimeout (200 ms)",
                failure.getMessage());
        assertEquals(1, failure.getSuppressed().length);
    }

    @Test
    void theCallTimeoutCoversEveryAttempt() {
        server.otherwise(Reply.hang());
        AsyncInvoker timed = invoker(builder().apiCallTimeout(Duration.ofMillis(300)));
        long start = System.nanoTime();
        CompletableFuture<Map<String, String>> call = listImages(timed);
        assertFalse(call.isDone(), "invoke returns at once while the server hangs");
        Throwable failure = failureOf(call);
        assertInstanceOf(ApiCallTimeoutException.class, failure);
        assertEquals("The Ecr ListImages call did not complete within apiCallTimeout (300 ms)", failure.getMessage());
        assertTrue(System.nanoTime() - start >= 290_000_000L);
    }

    @Test
    void aRequestThatCannotBeWrittenFailsTheFuture() {
        Marshaller<Map<String, String>> broken = (value, writer) -> {
            throw new IOException("cannot write");
        };
        CompletableFuture<Map<String, String>> call =
                invoker(builder()).invoke(LIST_IMAGES, Map.of(), broken, MAP_READER, null);
        SdkClientException failure = assertInstanceOf(SdkClientException.class, failureOf(call));
        assertEquals("Unable to write the request of Ecr ListImages: cannot write", failure.getMessage());
        assertEquals(0, server.requests().size());
    }

    @Test
    void anUnreadableResponseIsRetriedAsByTheAwsSdkThenFailsNamingTheOperation() {
        server.otherwise(Reply.json(200, "[1,2]"));
        SdkClientException failure = assertInstanceOf(SdkClientException.class,
                failureOf(listImages(invoker(builder()))));
        assertTrue(failure.getMessage().startsWith("Unable to read the response of Ecr ListImages: "),
                failure.getMessage());
        assertEquals(4, server.requests().size());
        assertEquals(3, failure.getSuppressed().length, "the earlier attempts' failures");
        assertEquals(3, sleeper.waits.size(), "a backoff before each retry");
    }

    @Test
    void aSuccessResponseReadOnTheRetryCompletesTheFuture() throws Exception {
        server.enqueue(Reply.raw(200, "text/plain", "OK, all good"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t2\"}"));
        assertEquals(Map.of("nextToken", "t2"), listImages(invoker(builder())).get(10, TimeUnit.SECONDS));
        assertEquals(2, server.requests().size());
    }

    @Test
    void concurrentCallsDoNotShareState() throws Exception {
        server.otherwise(Reply.json(200, "{\"nextToken\":\"x\"}"));
        AsyncInvoker shared = invoker(builder());
        List<CompletableFuture<Map<String, String>>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(listImages(shared));
        }
        for (CompletableFuture<Map<String, String>> call : calls) {
            assertEquals("x", call.get(10, TimeUnit.SECONDS).get("nextToken"));
        }
        assertEquals(20, server.requests().size());
        assertNotEquals(server.requests().get(0).header("amz-sdk-invocation-id"),
                server.requests().get(1).header("amz-sdk-invocation-id"));
    }
}
