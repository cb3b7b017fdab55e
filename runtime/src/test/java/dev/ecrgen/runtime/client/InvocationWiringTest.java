package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ECR;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/**
 * How the sync and async invokers wire the retry quota, clock-skew correction and cancellation, against scripted
 * transports: no sockets, no sleeping.
 */
class InvocationWiringTest {

    /** Answers with scripted responses in order and records each request; the async side answers at once. */
    static final class Scripted implements SyncTransport {
        final Deque<HttpResponse> responses = new ArrayDeque<>();
        final List<HttpRequest> requests = new ArrayList<>();

        Scripted reply(int status, String body, String... headerPairs) {
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
            }
            responses.add(new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        @Override
        public synchronized HttpResponse execute(HttpRequest request, Duration timeout) {
            requests.add(request);
            return responses.removeFirst();
        }

        /** The same script behind the async interface, each response already complete. */
        AsyncTransport async() {
            return (request, timeout) -> CompletableFuture.completedFuture(execute(request, timeout));
        }
    }

    static final class TestAsyncBuilder extends AsyncClientBuilder<TestAsyncBuilder, AsyncClientSettings> {
        @Override
        public AsyncClientSettings build() {
            return resolveSettings(ECR);
        }
    }

    private final RecordingSleeper sleeper = new RecordingSleeper();

    /** A quota of 10 tokens: two ordinary retries (5 each) empty it; a success returns the last retry's 5. */
    private RetryPolicy smallQuota() {
        return RetryPolicy.defaults().toBuilder().retryQuotaCapacity(10).sleeper(sleeper).build();
    }

    private SyncInvoker sync(Scripted transport, RetryPolicy policy) {
        return new SyncInvoker(new ClientFixtures.TestBuilder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .endpointOverride(URI.create("https://ecr.example")).signingClock(CLOCK).retryPolicy(policy)
                .httpTransport(transport).build(), ERRORS);
    }

    private AsyncInvoker async(AsyncTransport transport, RetryPolicy policy) {
        return new AsyncInvoker(new TestAsyncBuilder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .endpointOverride(URI.create("https://ecr.example")).signingClock(CLOCK).retryPolicy(policy)
                .httpTransport(transport).build(), ERRORS);
    }

    private static Map<String, String> call(AsyncInvoker invoker) throws Exception {
        return invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER, MAP_READER, null)
                .get(10, TimeUnit.SECONDS);
    }

    private static String amzDate(HttpRequest request) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("X-Amz-Date"))
                .findFirst().orElseThrow().getValue().get(0);
    }

    @Test
    void aSuccessRefillsTheRetryQuotaOnTheSyncPath() {
        Scripted transport = new Scripted().reply(500, "{}").reply(500, "{}").reply(200, "{}")
                .reply(500, "{}").reply(200, "{\"nextToken\":\"n\"}");
        try (SyncInvoker invoker = sync(transport, smallQuota())) {
            invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);
            assertEquals(3, transport.requests.size(), "two retries emptied the quota");
            assertEquals(Map.of("nextToken", "n"), invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                    "the success returned 5 tokens, enough for one more retry");
            assertEquals(5, transport.requests.size());
        }
    }

    @Test
    void withoutASuccessTheQuotaStaysEmpty() {
        Scripted transport = new Scripted().reply(500, "{}").reply(500, "{}").reply(500, "{}").reply(500, "{}")
                .reply(500, "{}").reply(200, "{}");
        try (SyncInvoker invoker = sync(transport, smallQuota())) {
            assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
            assertEquals(3, transport.requests.size());
            assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
            assertEquals(4, transport.requests.size(), "an empty quota allows no retry");
        }
    }

    @Test
    void aSuccessRefillsTheRetryQuotaOnTheAsyncPath() throws Exception {
        Scripted transport = new Scripted().reply(500, "{}").reply(500, "{}").reply(200, "{}")
                .reply(500, "{}").reply(200, "{\"nextToken\":\"n\"}");
        try (AsyncInvoker invoker = async(transport.async(), smallQuota())) {
            call(invoker);
            assertEquals(3, transport.requests.size());
            assertEquals(Map.of("nextToken", "n"), call(invoker));
            assertEquals(5, transport.requests.size());
        }
    }

    @Test
    void theAsyncPathCorrectsTheSigningClockAfterASkewError() throws Exception {
        // the signing clock says 12:34:56; the service's Date header says an hour later
        Scripted transport = new Scripted()
                .reply(403, "{\"__type\":\"RequestTimeTooSkewed\"}", "Date", "Wed, 01 May 2024 13:34:56 GMT")
                .reply(200, "{}");
        try (AsyncInvoker invoker = async(transport.async(), RetryPolicy.defaults().toBuilder().sleeper(sleeper).build())) {
            call(invoker);
        }
        assertEquals(2, transport.requests.size());
        assertEquals("20240501T123456Z", amzDate(transport.requests.get(0)));
        assertEquals("20240501T133456Z", amzDate(transport.requests.get(1)), "the retry is dated by the service's clock");
    }

    @Test
    void theSyncPathCorrectsTheSigningClockAfterASkewError() {
        Scripted transport = new Scripted()
                .reply(403, "{\"__type\":\"RequestTimeTooSkewed\"}", "Date", "Wed, 01 May 2024 11:34:56 GMT")
                .reply(200, "{}");
        try (SyncInvoker invoker = sync(transport, RetryPolicy.defaults().toBuilder().sleeper(sleeper).build())) {
            invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);
        }
        assertEquals("20240501T113456Z", amzDate(transport.requests.get(1)));
    }

    @Test
    void cancellingTheFutureCancelsTheRequestInFlight() {
        List<CompletableFuture<HttpResponse>> sent = new ArrayList<>();
        AsyncTransport never = (request, timeout) -> {
            CompletableFuture<HttpResponse> pending = new CompletableFuture<>();
            sent.add(pending);
            return pending;
        };
        try (AsyncInvoker invoker = async(never, RetryPolicy.defaults().toBuilder().sleeper(sleeper).build())) {
            CompletableFuture<Map<String, String>> call = invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"),
                    MAP_WRITER, MAP_READER, null);
            assertEquals(1, sent.size());
            assertFalse(sent.get(0).isDone());
            call.cancel(true);
            assertTrue(sent.get(0).isCancelled(), "the transport's exchange is cancelled with the call");
            assertEquals(1, sent.size(), "and no further attempt is made");
        }
    }

    @Test
    void aCancelledCallMakesNoFurtherAttempt() throws Exception {
        // the first attempt fails with a retryable error; the call is cancelled during the backoff
        CompletableFuture<Void> backoffStarted = new CompletableFuture<>();
        CompletableFuture<Void> resume = new CompletableFuture<>();
        RetryPolicy held = RetryPolicy.defaults().toBuilder().sleeper(millis -> {
            backoffStarted.complete(null);
            try {
                resume.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(e);
            }
        }).build();
        Scripted transport = new Scripted().reply(500, "{}").reply(200, "{}");
        try (AsyncInvoker invoker = async(transport.async(), held)) {
            CompletableFuture<Map<String, String>> call = invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"),
                    MAP_WRITER, MAP_READER, null);
            backoffStarted.get(10, TimeUnit.SECONDS);
            call.cancel(true);
            resume.complete(null);
            assertTrue(call.isCancelled());
        }
        assertEquals(1, transport.requests.size(), "no attempt after the cancellation");
    }
}
