package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.ManualClock;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlConnectionAsyncTransportTest {

    private LoopbackServer server;
    private UrlConnectionAsyncTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        server.close();
    }

    private HttpRequest post(String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:" + server.port()));
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("Content-Length", List.of(Integer.toString(body.length())));
        return new HttpRequest("POST", server.uri().resolve("/path/"), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsOnAPoolThreadAndCompletesWithTheWholeResponse() throws Exception {
        transport = UrlConnectionAsyncTransport.create();
        assertEquals(0, transport.threads(), "no thread before the first request");
        CountDownLatch answer = new CountDownLatch(1);
        server.enqueue(Reply.json(201, "{\"ok\":true}").header("x-amzn-RequestId", "r-1").heldUntil(answer));
        AtomicReference<String> completedOn = new AtomicReference<>();
        CompletableFuture<HttpResponse> pending = transport.execute(post("{\"a\":1}"), null)
                .whenComplete((r, e) -> completedOn.set(Thread.currentThread().getName()));
        answer.countDown();
        HttpResponse response = pending.get(10, TimeUnit.SECONDS);
        assertEquals(201, response.statusCode());
        assertArrayEquals("{\"ok\":true}".getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals("r-1", response.header("x-amzn-requestid").orElseThrow());
        assertEquals("{\"a\":1}", server.requests().get(0).bodyText());
        assertTrue(completedOn.get().startsWith("ecrgen-http-"), completedOn.get());
    }

    @Test
    void theCallerNeverWaitsForAFreeConnection() throws Exception {
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).build();
        server.enqueue(Reply.hang());
        long started = System.nanoTime();
        CompletableFuture<HttpResponse> first = transport.execute(post("{}"), null);
        CompletableFuture<HttpResponse> second = transport.execute(post("{}"), null);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "execute only queues the exchange");
        assertFalse(first.isDone());
        assertFalse(second.isDone());
        assertEquals(1, transport.threads(), "one exchange at a time, the other waits in the queue");
        while (server.requests().isEmpty()) {
            Thread.sleep(5);
        }
        first.cancel(true);
        assertEquals(200, second.get(10, TimeUnit.SECONDS).statusCode(), "cancelling frees the connection's thread");
        List<LoopbackServer.Recorded> requests = server.requests();
        assertNotEquals(requests.get(0).remotePort(), requests.get(1).remotePort(),
                "the cancelled exchange's connection is closed, not reused");
    }

    @Test
    void aQueuedExchangeTimesOutOnTheSharedTimerWhileTheConnectionIsBusy() {
        // the exact times are asserted on a manual clock below; this is the default timer doing the same
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).build();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> hanging = transport.execute(post("{}"), null);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), Duration.ofMillis(50));
        ExecutionException waited = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS),
                "an exchange still queued when its time is up fails then, not when a thread frees");
        assertInstanceOf(SocketTimeoutException.class, waited.getCause());
        assertFalse(hanging.isDone());
        hanging.cancel(true);
    }

    @Test
    void closeFailsWhatIsQueuedOrRunningAndStopsEveryThread() throws Exception {
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).build();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> running = transport.execute(post("{}"), null);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), null);
        while (server.requests().isEmpty()) {
            Thread.sleep(5);
        }
        long started = System.nanoTime();
        transport.close();
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "close does not wait for the server");
        assertEquals(0, transport.threads(), "no thread is left after close");
        assertEquals("The HTTP transport was closed during the exchange", assertInstanceOf(IOException.class,
                assertThrows(ExecutionException.class, () -> running.get(1, TimeUnit.SECONDS)).getCause())
                .getMessage());
        assertEquals("The HTTP transport was closed before the request was sent", assertInstanceOf(IOException.class,
                assertThrows(ExecutionException.class, () -> queued.get(1, TimeUnit.SECONDS)).getCause())
                .getMessage());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> transport.execute(post("{}"), null).get(1, TimeUnit.SECONDS));
        assertEquals("The HTTP transport is closed", refused.getCause().getMessage());
    }

    @Test
    void aCompletionExecutorCompletesTheFutures() throws Exception {
        ExecutorService completions = Executors.newSingleThreadExecutor(r -> new Thread(r, "completions"));
        try {
            transport = UrlConnectionAsyncTransport.builder().completionExecutor(completions).build();
            CountDownLatch answer = new CountDownLatch(1);
            server.enqueue(Reply.json(200, "{}").heldUntil(answer));
            AtomicReference<String> completedOn = new AtomicReference<>();
            CompletableFuture<HttpResponse> pending = transport.execute(post("{}"), null)
                    .whenComplete((r, e) -> completedOn.set(Thread.currentThread().getName()));
            answer.countDown();
            HttpResponse response = pending.get(10, TimeUnit.SECONDS);
            assertEquals("completions", completedOn.get());
            assertEquals(200, response.statusCode(), "the response itself, handed over by the executor");
        } finally {
            completions.shutdownNow();
        }
    }

    @Test
    void badSettingsAreRejected() {
        assertEquals("maxConcurrency must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> UrlConnectionAsyncTransport.builder().maxConcurrency(0)).getMessage());
        assertEquals("idleTimeout must be a positive duration, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> UrlConnectionAsyncTransport.builder().idleTimeout(Duration.ZERO)).getMessage());
    }

    @Test
    void cancellingSaysWhetherItCancelledAndStopsTheExchange() throws Exception {
        transport = UrlConnectionAsyncTransport.create();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> hung = transport.execute(post("{}"), null);
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (server.requests().isEmpty() && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
        }
        assertTrue(hung.cancel(true), "a pending exchange is cancelled");
        assertTrue(hung.isCancelled());

        server.enqueue(Reply.json(200, "{}"));
        CompletableFuture<HttpResponse> done = transport.execute(post("{}"), null);
        assertEquals(200, done.get(10, TimeUnit.SECONDS).statusCode());
        assertFalse(done.cancel(true), "a completed exchange cannot be cancelled");
    }

    @Test
    void aZeroTimeoutFailsBeforeAnythingIsSent() {
        transport = UrlConnectionAsyncTransport.create();
        server.enqueue(Reply.json(200, "{}"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> transport.execute(post("{}"), Duration.ZERO).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
        assertEquals("No connection was free within 0 ms", e.getCause().getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void anEnormousTimeoutIsNoTimeoutAtAll() throws Exception {
        transport = UrlConnectionAsyncTransport.create();
        server.enqueue(Reply.json(200, "{}"));
        assertEquals(200, transport.execute(post("{}"), Duration.ofSeconds(Long.MAX_VALUE))
                .get(10, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void idleThreadsEnd() throws Exception {
        transport = UrlConnectionAsyncTransport.builder().idleTimeout(Duration.ofMillis(20)).build();
        server.enqueue(Reply.json(200, "{}"));
        assertEquals(200, transport.execute(post("{}"), null).get(10, TimeUnit.SECONDS).statusCode());
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (transport.threads() > 0 && System.nanoTime() - giveUp < 0) {
            Thread.sleep(5);
        }
        assertEquals(0, transport.threads(), "a thread without work ends after the idle timeout");
    }

    @Test
    void aQueuedExchangeFailsExactlyWhenItsTimeIsUp() throws Exception {
        ManualClock time = new ManualClock();
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).timer(time).clock(time::nanoTime).build();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> running = transport.execute(post("{}"), null);
        UrlConnectionTransportTest.awaitRequests(server, 1);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), Duration.ofMillis(200));
        assertEquals(List.of(200L), time.delays());

        time.advanceNanos(TimeUnit.MILLISECONDS.toNanos(200) - 1);
        assertFalse(queued.isDone(), "a nanosecond before its time");
        time.advanceNanos(1);
        assertTrue(queued.isDone(), "failed by the timer, on its thread, at its time");
        CompletionException waited = assertThrows(CompletionException.class, () -> queued.getNow(null));
        SocketTimeoutException timeout = assertInstanceOf(SocketTimeoutException.class, waited.getCause());
        assertEquals("No connection was free within 200 ms", timeout.getMessage());

        running.cancel(true);
        assertEquals(1, transport.threads());
        assertEquals(1, server.requests().size(), "the timed-out exchange left the queue and was never sent");
    }

    @Test
    void theTimeSpentInTheQueueCountsAgainstTheExchangesBudget() throws Exception {
        ManualClock time = new ManualClock();
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).timer(time).clock(time::nanoTime).build();
        server.enqueue(Reply.hang()).enqueue(Reply.hang());
        CompletableFuture<HttpResponse> running = transport.execute(post("{}"), null);
        UrlConnectionTransportTest.awaitRequests(server, 1);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), Duration.ofMinutes(10));
        time.advance(TimeUnit.MINUTES.toMillis(4));
        running.cancel(true);
        UrlConnectionTransportTest.awaitRequests(server, 2);
        assertEquals(List.of(600_000L, 360_000L), time.delays(),
                "the queue timeout at the whole budget, then the watchdog at what the queue left of it");
        assertEquals(1, time.pending(), "the queue timeout is cancelled once the exchange starts");

        time.advanceNanos(TimeUnit.MINUTES.toNanos(6) - 1);
        assertFalse(queued.isDone());
        time.advanceNanos(1);
        ExecutionException expired = assertThrows(ExecutionException.class, () -> queued.get(15, TimeUnit.SECONDS));
        assertEquals("Response not received within 360000 ms",
                assertInstanceOf(SocketTimeoutException.class, expired.getCause()).getMessage());
    }

    @Test
    void cancellingAQueuedExchangeTakesItOutOfTheQueueAndStopsItsTimer() throws Exception {
        ManualClock time = new ManualClock();
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).timer(time).clock(time::nanoTime).build();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> running = transport.execute(post("{}"), null);
        UrlConnectionTransportTest.awaitRequests(server, 1);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), Duration.ofMinutes(1));
        assertEquals(1, time.pending());
        assertTrue(queued.cancel(true));
        assertEquals(0, time.pending(), "its queue timeout is cancelled with it");

        server.enqueue(Reply.json(200, "{}"));
        running.cancel(true);
        assertEquals(200, transport.execute(post("{}"), null).get(15, TimeUnit.SECONDS).statusCode());
        assertEquals(2, server.requests().size(), "the cancelled exchange was never sent");
    }

    @Test
    void anExchangeThatLeavesTheQueueWithNoTimeLeftIsNotSent() throws Exception {
        ManualClock clock = new ManualClock();
        // the queue timeout's timer never moves: the exchange starts after its time is up, and must see that itself
        transport = UrlConnectionAsyncTransport.builder().maxConcurrency(1).timer(new ManualClock())
                .clock(clock::nanoTime).build();
        server.enqueue(Reply.hang());
        CompletableFuture<HttpResponse> running = transport.execute(post("{}"), null);
        UrlConnectionTransportTest.awaitRequests(server, 1);
        CompletableFuture<HttpResponse> queued = transport.execute(post("{}"), Duration.ofMillis(200));
        clock.advance(200);
        running.cancel(true);
        ExecutionException late = assertThrows(ExecutionException.class, () -> queued.get(15, TimeUnit.SECONDS));
        assertEquals("No connection was free within 200 ms",
                assertInstanceOf(SocketTimeoutException.class, late.getCause()).getMessage());
        assertEquals(1, server.requests().size(), "nothing was sent for it");
    }
}
