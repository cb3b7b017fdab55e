package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AsyncInvokerTest.TestAsyncBuilder;
import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** The edges of what both invokers take as a success and when they try again. */
class InvokerBoundariesTest {

    private LoopbackServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RetryPolicy withoutBackoff() {
        return RetryPolicy.defaults().toBuilder().sleeper(sleeper).baseDelay(Duration.ZERO)
                .throttlingBaseDelay(Duration.ZERO).build();
    }

    private AsyncInvoker asyncInvoker(RetryPolicy policy) {
        return new AsyncInvoker(new TestAsyncBuilder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .endpointOverride(server.uri()).signingClock(CLOCK).retryPolicy(policy).build(), ERRORS);
    }

    @Test
    void aStatusOf299IsASuccessAndOneOf300IsAnError() throws Exception {
        server.enqueue(Reply.json(299, "{\"nextToken\":\"a\"}")).enqueue(Reply.json(300, "{\"__type\":\"Moved\"}"));
        server.enqueue(Reply.json(299, "{\"nextToken\":\"b\"}")).enqueue(Reply.json(300, "{\"__type\":\"Moved\"}"));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).build(), ERRORS)) {
            assertEquals(Map.of("nextToken", "a"), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
            EcrException moved = assertThrows(EcrException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
            assertEquals(300, moved.statusCode());
        }
        try (AsyncInvoker invoker = asyncInvoker(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build())) {
            assertEquals(Map.of("nextToken", "b"), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null)
                    .get(10, TimeUnit.SECONDS));
            ExecutionException moved = assertThrows(ExecutionException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null).get(10, TimeUnit.SECONDS));
            assertEquals(300, assertInstanceOf(EcrException.class, moved.getCause()).statusCode());
        }
        assertEquals(4, server.requests().size(), "a 300 is not retried");
    }

    @Test
    void anEmptyOrWhitespaceBodyReadsAsAnEmptyObject() {
        server.enqueue(Reply.raw(200, "application/x-amz-json-1.1", " \r\n\t "))
                .enqueue(Reply.raw(200, "application/x-amz-json-1.1", ""));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).build(), ERRORS)) {
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
        }
        assertEquals(2, server.requests().size(), "neither is retried");
    }

    @Test
    void aThrottledAttemptTurnsOnTheAdaptiveRateLimiterOnBothPaths() throws Exception {
        RetryPolicy adaptive = RetryPolicy.adaptive().toBuilder().sleeper(sleeper).build();
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\"}")).enqueue(Reply.json(200, "{}"));
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\"}")).enqueue(Reply.json(200, "{}"));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(adaptive).build(), ERRORS)) {
            assertFalse(invoker.limits().rateLimiter().enabled());
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
            assertTrue(invoker.limits().rateLimiter().enabled(), "throttling seen: attempts are paced from now on");
        }
        try (AsyncInvoker invoker = asyncInvoker(adaptive)) {
            assertFalse(invoker.limits().rateLimiter().enabled());
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null)
                    .get(10, TimeUnit.SECONDS));
            assertTrue(invoker.limits().rateLimiter().enabled());
        }
        assertEquals(4, server.requests().size());
    }

    @Test
    void theAsyncInvokerNeedsAMarshallerOnlyForARequest() throws Exception {
        try (AsyncInvoker invoker = asyncInvoker(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build())) {
            assertEquals("invoke needs an OperationInfo, an Unmarshaller and, for a request, a Marshaller",
                    assertThrows(IllegalArgumentException.class,
                            () -> invoker.invoke(LIST_IMAGES, Map.of(), null, MAP_READER, null)).getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> invoker.invoke(null, Map.of(), MAP_WRITER, MAP_READER, null));
            assertThrows(IllegalArgumentException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, null, null));
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null).get(10, TimeUnit.SECONDS),
                    "no request, no marshaller");
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void aRetryWithNoBackoffIsStillMade() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"InternalFailure\"}")).enqueue(Reply.json(200, "{}"));
        server.enqueue(Reply.json(500, "{\"__type\":\"InternalFailure\"}")).enqueue(Reply.json(200, "{}"));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(withoutBackoff()).build(),
                ERRORS)) {
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
        }
        try (AsyncInvoker invoker = asyncInvoker(withoutBackoff())) {
            assertEquals(Map.of(), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null)
                    .get(10, TimeUnit.SECONDS));
        }
        assertEquals(4, server.requests().size());
        assertEquals(List.of(0L, 0L), sleeper.waits, "each retry waits its backoff of 0 ms");
    }
}
