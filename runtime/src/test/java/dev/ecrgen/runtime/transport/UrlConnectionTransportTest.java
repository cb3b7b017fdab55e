package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Recorded;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.ManualClock;
import dev.ecrgen.runtime.testing.PartialBodyServer;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlConnectionTransportTest {

    private LoopbackServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpRequest post(String body, String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new HttpRequest("POST", server.uri().resolve("/path/"), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsMethodPathHeadersAndBodyWithContentLength() throws IOException {
        server.enqueue(Reply.json(200, "{\"ok\":true}").header("x-amzn-RequestId", "abc"));
        HttpResponse response = UrlConnectionTransport.create().execute(
                post("{\"a\":1}", "Content-Type", "application/x-amz-json-1.1", "X-Custom", "v",
                        "Host", "ignored.example", "Content-Length", "999"), null);

        assertEquals(200, response.statusCode());
        assertEquals("{\"ok\":true}", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("abc", response.header("X-AMZN-REQUESTID").orElseThrow());
        Recorded request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/path/", request.uri().getPath());
        assertEquals("{\"a\":1}", request.bodyText());
        assertEquals("7", request.header("Content-Length"));
        assertEquals("application/x-amz-json-1.1", request.header("Content-Type"));
        assertEquals("v", request.header("X-Custom"));
        assertEquals("127.0.0.1:" + server.port(), request.header("Host"));
        assertEquals("*/*", request.header("Accept"));
    }

    @Test
    void readsErrorBodiesAndKeepsTheConnectionAlive() throws IOException {
        server.enqueue(Reply.json(500, "{\"__type\":\"InternalFailure\"}"))
                .enqueue(Reply.json(400, "{\"__type\":\"ValidationException\"}"))
                .enqueue(Reply.json(200, "{}"));
        UrlConnectionTransport transport = UrlConnectionTransport.create();
        HttpResponse first = transport.execute(post("{}"), null);
        HttpResponse second = transport.execute(post("{}"), null);
        HttpResponse third = transport.execute(post("{}"), null);

        assertEquals(500, first.statusCode());
        assertEquals("{\"__type\":\"InternalFailure\"}", new String(first.body(), StandardCharsets.UTF_8));
        assertEquals(400, second.statusCode());
        assertEquals("{\"__type\":\"ValidationException\"}", new String(second.body(), StandardCharsets.UTF_8));
        assertEquals(200, third.statusCode());
        List<Recorded> requests = server.requests();
        assertEquals(requests.get(0).remotePort(), requests.get(1).remotePort(), "connection not reused after a 500");
        assertEquals(requests.get(1).remotePort(), requests.get(2).remotePort(), "connection not reused after a 400");
    }

    @Test
    void doesNotFollowRedirects() throws IOException {
        server.enqueue(Reply.empty(302).header("Location", server.uri().resolve("/elsewhere").toString()));
        HttpResponse response = UrlConnectionTransport.create().execute(post("{}"), null);
        assertEquals(302, response.statusCode());
        assertEquals(1, server.requests().size());
        assertArrayEquals(new byte[0], response.body());
    }

    @Test
    void keepsResponseHeadersInOrder() throws IOException {
        server.enqueue(Reply.json(200, "{}").header("X-First", "1").header("X-Second", "2"));
        HttpResponse response = UrlConnectionTransport.create().execute(post("{}"), null);
        List<String> names = response.headers().keySet().stream().map(String::toLowerCase).toList();
        assertTrue(names.indexOf("x-first") >= 0 && names.indexOf("x-first") < names.indexOf("x-second"),
                names.toString());
        assertEquals("2", response.header("x-second").orElseThrow());
    }

    @Test
    void readsLargeBodiesWithoutContentLength() throws IOException {
        String big = "x".repeat(100_000);
        server.enqueue(Reply.raw(200, "text/plain", big));
        HttpResponse response = UrlConnectionTransport.create().execute(post("{}"), null);
        assertEquals(big, new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void readTimeoutEndsAHungExchange() {
        server.enqueue(Reply.hang());
        UrlConnectionTransport transport = UrlConnectionTransport.builder().readTimeout(Duration.ofMillis(200)).build();
        long start = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> transport.execute(post("{}"), null));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis >= 190 && elapsedMillis < 3000, "took " + elapsedMillis + " ms");
    }

    @Test
    void aConnectionThatCannotBeOpenedFailsAtTheConnectTimeout() throws Exception {
        // a listener whose backlog is full: further connections on loopback wait for their SYN to be answered
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> queued = new java.util.ArrayList<>();
            boolean full = false;
            try {
                for (int i = 0; i < 16 && !full; i++) {
                    java.net.Socket socket = new java.net.Socket();
                    queued.add(socket);
                    try {
                        socket.connect(listener.getLocalSocketAddress(), 200);
                    } catch (SocketTimeoutException e) {
                        full = true;
                    }
                }
                org.junit.jupiter.api.Assumptions.assumeTrue(full, "this system answers a full backlog at once");
                UrlConnectionTransport transport = UrlConnectionTransport.builder()
                        .connectTimeout(Duration.ofMillis(300)).build();
                HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                        + "/"), Map.of(), new byte[] {'{', '}'});
                long start = System.nanoTime();
                SocketTimeoutException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(20), () -> assertThrows(SocketTimeoutException.class,
                                () -> transport.execute(request, null)));
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(elapsedMillis >= 290 && elapsedMillis < 10_000, "took " + elapsedMillis + " ms");
                assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect"), e.getMessage());
            } finally {
                for (java.net.Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void exchangeBudgetLimitsTheReadTimeout() {
        server.enqueue(Reply.hang());
        long start = System.nanoTime();
        assertThrows(SocketTimeoutException.class,
                () -> UrlConnectionTransport.create().execute(post("{}"), Duration.ofMillis(250)));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis >= 240 && elapsedMillis < 3000, "took " + elapsedMillis + " ms");
    }

    @Test
    void aBodyCutShortOfItsContentLengthFails() throws Exception {
        try (PartialBodyServer partial = PartialBodyServer.cutShort()) {
            HttpRequest request = new HttpRequest("POST", partial.uri(), Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
            EOFException e = assertThrows(EOFException.class,
                    () -> UrlConnectionTransport.create().execute(request, Duration.ofSeconds(5)));
            assertEquals("The response body ended after 10 of the 100 bytes its Content-Length announced",
                    e.getMessage());
        }
    }

    @Test
    void rejectsBadTimeoutsAndNonHttpUris() {
        assertEquals("connectTimeout must be a positive duration, was PT0S", assertThrows(
                IllegalArgumentException.class,
                () -> UrlConnectionTransport.builder().connectTimeout(Duration.ZERO)).getMessage());
        assertEquals("readTimeout must be a positive duration, was null", assertThrows(IllegalArgumentException.class,
                () -> UrlConnectionTransport.builder().readTimeout(null)).getMessage());
        HttpRequest file = new HttpRequest("POST", URI.create("file:///tmp/x"), Map.of(), new byte[0]);
        IOException e = assertThrows(IOException.class, () -> UrlConnectionTransport.create().execute(file, null));
        assertEquals("Not an http or https URI: file:///tmp/x", e.getMessage());
    }

    @Test
    void requestAndResponseValidateTheirParts() {
        assertEquals("HttpRequest.method must not be empty", assertThrows(IllegalArgumentException.class,
                () -> new HttpRequest("", URI.create("http://a/"), null, null)).getMessage());
        assertEquals("HttpRequest.uri must be an absolute URI, was /relative", assertThrows(
                IllegalArgumentException.class, () -> new HttpRequest("POST", URI.create("/relative"), null, null))
                .getMessage());
        HttpResponse response = new HttpResponse(204, null, null);
        assertEquals(0, response.body().length);
        assertTrue(response.headers().isEmpty());
    }

    private static List<String> values(Recorded request, String name) {
        for (Map.Entry<String, List<String>> entry : request.headers().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    @Test
    void sendsEveryValueOfAMultiValueHeaderAndTheCallersAccept() throws IOException {
        server.enqueue(Reply.json(200, "{}"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Multi", List.of("a", "b", "c"));
        headers.put("accept", List.of("application/json"));
        UrlConnectionTransport.create().execute(new HttpRequest("POST", server.uri().resolve("/"), headers,
                new byte[] {'{', '}'}), null);
        Recorded request = server.requests().get(0);
        assertEquals(List.of("a", "b", "c"), values(request, "X-Multi"));
        assertEquals(List.of("application/json"), values(request, "Accept"));
    }

    @Test
    void bodilessRequestsKeepTheirMethodAndSendNoBody() throws IOException {
        server.enqueue(Reply.json(200, "{\"got\":1}")).enqueue(Reply.empty(204)).enqueue(Reply.empty(200));
        UrlConnectionTransport transport = UrlConnectionTransport.create();
        HttpResponse get = transport.execute(new HttpRequest("GET", server.uri().resolve("/item"), Map.of(), null),
                null);
        HttpResponse delete = transport.execute(new HttpRequest("DELETE", server.uri().resolve("/item"), Map.of(),
                new byte[0]), null);
        transport.execute(new HttpRequest("POST", server.uri().resolve("/empty"), Map.of(), new byte[0]), null);
        assertEquals("{\"got\":1}", new String(get.body(), StandardCharsets.UTF_8));
        assertEquals(204, delete.statusCode());
        List<Recorded> requests = server.requests();
        assertEquals(List.of("GET", "DELETE", "POST"), requests.stream().map(Recorded::method).toList());
        assertEquals(0, requests.get(0).body().length);
        assertEquals(null, requests.get(0).header("Content-Length"), "a GET without body announces none");
        assertEquals(null, requests.get(1).header("Content-Length"));
        assertEquals("0", requests.get(2).header("Content-Length"), "an empty POST says its length");
    }

    @Test
    void everyExchangeDisarmsItsWatchdog() throws IOException {
        server.enqueue(Reply.json(200, "{}")).enqueue(Reply.json(500, "{}"));
        UrlConnectionTransport transport = UrlConnectionTransport.create();
        int before = DeadlineWatchdog.pending();
        assertEquals(200, transport.execute(post("{}"), Duration.ofMinutes(5)).statusCode());
        assertEquals(before, DeadlineWatchdog.pending(), "a completed exchange leaves no disconnect scheduled");
        assertEquals(500, transport.execute(post("{}"), Duration.ofMinutes(5)).statusCode());
        assertEquals(before, DeadlineWatchdog.pending());
        HttpRequest refused = new HttpRequest("POST", URI.create("http://127.0.0.1:1/"), Map.of(), new byte[0]);
        assertThrows(IOException.class, () -> transport.execute(refused, Duration.ofMinutes(5)));
        assertEquals(before, DeadlineWatchdog.pending(), "a failed exchange leaves no disconnect scheduled");
    }

    @Test
    void aFailedExchangeClosesItsSocket() throws Exception {
        // a server that sends half of a 100-byte body and then waits: the read timeout ends the call, and the client
        // must close the socket rather than leave it open for the JDK to drain
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CompletableFuture<Integer> afterFailure = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try (java.net.Socket socket = listener.accept()) {
                            if (!readRequest(socket)) {
                                return -2;
                            }
                            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"
                                    + "x".repeat(50)).getBytes(StandardCharsets.ISO_8859_1));
                            socket.getOutputStream().flush();
                            socket.setSoTimeout(20_000);
                            return socket.getInputStream().read();
                        } catch (IOException e) {
                            return -3;
                        }
                    });
            UrlConnectionTransport transport = UrlConnectionTransport.builder()
                    .readTimeout(Duration.ofMillis(150)).build();
            HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                    + "/"), Map.of(), new byte[] {'{', '}'});
            assertThrows(SocketTimeoutException.class, () -> transport.execute(request, null));
            assertEquals(-1, afterFailure.get(30, java.util.concurrent.TimeUnit.SECONDS),
                    "the server sees the client close the socket");
        }
    }

    @Test
    void aZeroTimeoutIsABudgetOfNextToNothing() {
        server.enqueue(Reply.hang());
        UrlConnectionTransport transport = UrlConnectionTransport.builder().readTimeout(Duration.ofSeconds(2)).build();
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                () -> transport.execute(post("{}"), Duration.ZERO));
        assertEquals("Response not received within 1 ms", e.getMessage());
    }

    @Test
    void anEnormousTimeoutIsNoTimeoutAtAll() throws IOException {
        server.enqueue(Reply.json(200, "{}"));
        UrlConnectionTransport transport = UrlConnectionTransport.builder()
                .connectTimeout(Duration.ofSeconds(Long.MAX_VALUE)).readTimeout(Duration.ofSeconds(Long.MAX_VALUE))
                .build();
        assertEquals(200, transport.execute(post("{}"), Duration.ofSeconds(Long.MAX_VALUE)).statusCode());
    }

    @Test
    void anExchangeAbortedBeforeItStartsNeverCompletes() {
        server.enqueue(Reply.json(200, "{}"));
        UrlConnectionTransport.Exchange exchange = new UrlConnectionTransport.Exchange();
        exchange.abort();
        assertTrue(exchange.aborted());
        IOException e = assertThrows(IOException.class,
                () -> UrlConnectionTransport.create().execute(post("{}"), Duration.ofSeconds(10), exchange));
        assertEquals("The exchange was cancelled", e.getMessage());
        assertEquals(List.of(), server.requests(), "nothing was sent");
    }

    @Test
    void anExchangeAbortedWhileWaitingForTheResponseFailsAsCancelled() throws Exception {
        server.enqueue(Reply.hang());
        UrlConnectionTransport.Exchange exchange = new UrlConnectionTransport.Exchange();
        assertFalse(exchange.aborted());
        java.util.concurrent.CompletableFuture<IOException> failure = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        UrlConnectionTransport.builder().readTimeout(Duration.ofSeconds(20)).build()
                                .execute(post("{}"), null, exchange);
                        return null;
                    } catch (IOException e) {
                        return e;
                    }
                });
        long giveUp = System.nanoTime() + 15_000_000_000L;
        while (server.requests().isEmpty() && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
        }
        exchange.abort();
        IOException e = failure.get(15, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("The exchange was cancelled", e.getMessage());
        assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
    }

    @Test
    void anEmptyPutSaysItsLengthAsAPostDoes() throws IOException {
        server.enqueue(Reply.empty(200));
        UrlConnectionTransport.create().execute(new HttpRequest("PUT", server.uri().resolve("/put"), Map.of(),
                new byte[0]), null);
        Recorded request = server.requests().get(0);
        assertEquals("PUT", request.method());
        assertEquals("0", request.header("Content-Length"));
    }

    @Test
    void aBodyWithAContentLengthOfZeroOrOverTheBufferIsReadWhole() throws IOException {
        String big = "y".repeat(20_000);
        server.enqueue(Reply.empty(200)).enqueue(Reply.json(200, big)).enqueue(Reply.json(500, big));
        UrlConnectionTransport transport = UrlConnectionTransport.create();
        assertEquals(0, transport.execute(post("{}"), null).body().length);
        assertEquals(big, new String(transport.execute(post("{}"), null).body(), StandardCharsets.UTF_8));
        HttpResponse error = transport.execute(post("{}"), Duration.ofSeconds(10));
        assertEquals(500, error.statusCode());
        assertEquals(big, new String(error.body(), StandardCharsets.UTF_8));
    }

    /** Answers one request with {@code response}, as raw bytes, and closes the connection. */
    private static Object answeredWith(String response) throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Object> served = onItsOwnThread(() -> {
                try (java.net.Socket socket = listener.accept()) {
                    if (!readRequest(socket)) {
                        return "closed";
                    }
                    socket.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    return "sent";
                }
            });
            HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                    + "/"), Map.of(), new byte[] {'{', '}'});
            CompletableFuture<Object> outcome = onItsOwnThread(
                    () -> UrlConnectionTransport.create().execute(request, Duration.ofSeconds(10)));
            assertEquals("sent", served.get(15, TimeUnit.SECONDS));
            return outcome.get(15, TimeUnit.SECONDS);
        }
    }

    @Test
    void anyStatusTheJdkReadsIsHandedOnAndAnUnreadableOneFails() throws Exception {
        HttpResponse zero = assertInstanceOf(HttpResponse.class,
                answeredWith("HTTP/1.1 000 Zero\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        assertEquals(0, zero.statusCode(), "the invoker, not the transport, judges a status");
        assertEquals("{}", new String(zero.body(), StandardCharsets.UTF_8));
        IOException unreadable = assertInstanceOf(IOException.class,
                answeredWith("HTTP/1.1 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        assertEquals("Invalid HTTP response from 127.0.0.1", unreadable.getMessage());
    }

    @Test
    void aZeroByteJustPastTheBufferIsPartOfTheBodyNotItsEnd() throws Exception {
        // a body of unknown length fills the 8 KB buffer exactly; the next byte read, to see whether there is more, is 0
        byte[] body = new byte[8192 + 3];
        java.util.Arrays.fill(body, (byte) 'z');
        body[8192] = 0;
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Object> served = onItsOwnThread(() -> {
                try (java.net.Socket socket = listener.accept()) {
                    if (!readRequest(socket)) {
                        return "closed";
                    }
                    java.io.OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                    return "sent";
                }
            });
            HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                    + "/"), Map.of(), new byte[] {'{', '}'});
            HttpResponse response = UrlConnectionTransport.create().execute(request, Duration.ofSeconds(10));
            assertArrayEquals(body, response.body());
            assertEquals("sent", served.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aChunkedBodyShorterThanTheBufferIsReturnedAtItsLength() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CompletableFuture<Void> served = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (java.net.Socket socket = listener.accept()) {
                    if (!readRequest(socket)) {
                        return;
                    }
                    socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                    + "/"), Map.of(), new byte[] {'{', '}'});
            HttpResponse response = UrlConnectionTransport.create().execute(request, Duration.ofSeconds(10));
            assertEquals("hello world", new String(response.body(), StandardCharsets.UTF_8));
            served.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Runs {@code work} on a thread of its own; the future holds its result or the exception it threw. */
    static <T> CompletableFuture<Object> onItsOwnThread(Callable<T> work) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                outcome.complete(work.call());
            } catch (Exception e) {
                outcome.complete(e);
            }
        }, "exchange-under-test");
        thread.setDaemon(true);
        thread.start();
        return outcome;
    }

    static void awaitRequests(LoopbackServer server, int count) throws InterruptedException {
        long giveUp = System.nanoTime() + 15_000_000_000L;
        while (server.requests().size() < count && System.nanoTime() - giveUp < 0) {
            Thread.sleep(1);
        }
        assertEquals(count, server.requests().size(), "requests the server has seen");
    }

    @Test
    void theWatchdogCutsAStalledExchangeExactlyWhenItsBudgetHasPassed() throws Exception {
        server.enqueue(Reply.hang());
        ManualClock time = new ManualClock();
        UrlConnectionTransport transport = UrlConnectionTransport.builder().timer(time).clock(time::nanoTime).build();
        CompletableFuture<Object> outcome = onItsOwnThread(() -> transport.execute(post("{}"), Duration.ofMinutes(10)));
        awaitRequests(server, 1);
        assertEquals(List.of(600_000L), time.delays(), "the disconnect is scheduled at the whole budget");

        time.advanceNanos(Duration.ofMinutes(10).toNanos() - 1);
        assertEquals(1, time.pending(), "not cut a nanosecond before the budget");
        assertFalse(outcome.isDone());

        time.advanceNanos(1);
        assertEquals(0, time.pending());
        SocketTimeoutException expired = assertInstanceOf(SocketTimeoutException.class,
                outcome.get(15, TimeUnit.SECONDS));
        assertEquals("Response not received within 600000 ms", expired.getMessage());
        assertInstanceOf(IOException.class, expired.getCause(), "the failed read the cut caused");
    }

    @Test
    void aBodyThatArrivesAtTheDeadlineIsReadAndOneThatArrivesAfterItIsNot() throws Exception {
        assertEquals("abcd", bodyArrivingAt(Duration.ofSeconds(10).toNanos()));
        SocketTimeoutException late = assertInstanceOf(SocketTimeoutException.class,
                bodyArrivingAt(Duration.ofSeconds(10).toNanos() + 1));
        assertEquals("Response not received within 10000 ms", late.getMessage());
    }

    /** Sends the headers at once and the body of a 10-second exchange when the clock reads {@code nanos} later. */
    private static Object bodyArrivingAt(long nanos) throws Exception {
        ManualClock clock = new ManualClock();
        UrlConnectionTransport transport = UrlConnectionTransport.builder()
                .timer(new ManualClock()).clock(clock::nanoTime).build();
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CountDownLatch headersSent = new CountDownLatch(1);
            CountDownLatch sendBody = new CountDownLatch(1);
            CompletableFuture<Object> served = onItsOwnThread(() -> {
                try (java.net.Socket socket = listener.accept()) {
                    if (!readRequest(socket)) {
                        return "closed";
                    }
                    java.io.OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    headersSent.countDown();
                    sendBody.await(15, TimeUnit.SECONDS);
                    out.write("abcd".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return "sent";
                }
            });
            HttpRequest request = new HttpRequest("POST", URI.create("http://127.0.0.1:" + listener.getLocalPort()
                    + "/"), Map.of(), new byte[] {'{', '}'});
            CompletableFuture<Object> outcome = onItsOwnThread(() -> new String(
                    transport.execute(request, Duration.ofSeconds(10)).body(), StandardCharsets.UTF_8));
            assertTrue(headersSent.await(15, TimeUnit.SECONDS));
            clock.advanceNanos(nanos);
            sendBody.countDown();
            assertEquals("sent", served.get(15, TimeUnit.SECONDS));
            return outcome.get(15, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSubMillisecondBudgetIsReportedRoundedUp() {
        server.enqueue(Reply.hang());
        // a timer on which every budget has already passed: the watchdog fires as it is armed
        ManualClock expired = new ManualClock() {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                ScheduledFuture<?> task = super.schedule(command, delay, unit);
                advanceNanos(unit.toNanos(delay));
                return task;
            }
        };
        UrlConnectionTransport transport = UrlConnectionTransport.builder().timer(expired).build();
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                () -> transport.execute(post("{}"), Duration.ofNanos(1_000_001)));
        assertEquals("Response not received within 2 ms", e.getMessage());
        assertEquals(List.of(1L), expired.delays(), "scheduled at the budget itself, 1,000,001 ns");
    }

    /** Reads one request, up to its {@code {}} body; false when the client closes the connection first. */
    private static boolean readRequest(java.net.Socket socket) throws IOException {
        java.io.InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        String seen = "";
        while (!seen.contains("\r\n\r\n{}")) {
            int n = in.read(buffer);
            if (n < 0) {
                return false;
            }
            seen += new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        }
        return true;
    }
}
