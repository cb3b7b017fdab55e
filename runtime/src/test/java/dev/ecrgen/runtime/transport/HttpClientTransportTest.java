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
import dev.ecrgen.runtime.testing.PartialBodyServer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpClientTransportTest {

    private LoopbackServer server;
    private HttpClientTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        transport = HttpClientTransport.create();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private HttpRequest post(String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:" + server.port()));
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("Content-Length", List.of(Integer.toString(body.length())));
        headers.put("X-Multi", List.of("a", "b"));
        return new HttpRequest("POST", server.uri().resolve("/path/"), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsHeadersAndBodyAndReturnsTheWholeResponse() throws Exception {
        server.enqueue(Reply.json(201, "{\"ok\":true}").header("x-amzn-RequestId", "r-1"));
        HttpResponse response = transport.execute(post("{\"a\":1}"), null).get(10, TimeUnit.SECONDS);
        assertEquals(201, response.statusCode());
        assertArrayEquals("{\"ok\":true}".getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals("r-1", response.header("X-AMZN-REQUESTID").orElseThrow());

        Recorded request = server.requests().get(0);
        assertEquals("/path/", request.uri().getRawPath());
        assertEquals("{\"a\":1}", request.bodyText());
        assertEquals("7", request.header("Content-Length"), "the JDK's own Content-Length, equal to the signed one");
        assertEquals("127.0.0.1:" + server.port(), request.header("Host"));
        assertEquals("application/x-amz-json-1.1", request.header("Content-Type"));
        assertEquals(List.of("a", "b"), request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("X-Multi")).findFirst().orElseThrow().getValue());
        assertTrue(request.header("Upgrade") == null, "HTTP/1.1 only, no h2c upgrade");
    }

    @Test
    void errorStatusesAreResponsesNotFailures() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\"}"));
        HttpResponse response = transport.execute(post("{}"), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertEquals(500, response.statusCode());
    }

    @Test
    void aTimeoutFailsWithASocketTimeout() {
        server.enqueue(Reply.hang());
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> transport.execute(post("{}"), Duration.ofMillis(150)).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SocketTimeoutException.class, failure.getCause());
    }

    @Test
    void aStalledBodyFailsWithASocketTimeoutAndItsConnectionIsClosed() throws Exception {
        try (PartialBodyServer stalled = PartialBodyServer.stalled()) {
            HttpRequest request = new HttpRequest("POST", stalled.uri(), Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> transport.execute(request, Duration.ofMillis(300)).get(10, TimeUnit.SECONDS));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertInstanceOf(SocketTimeoutException.class, failure.getCause());
            assertTrue(elapsedMillis >= 290 && elapsedMillis < 3000, "took " + elapsedMillis + " ms");
            assertTrue(stalled.awaitClientClose(5000), "the timed-out exchange's connection is closed");
        }
    }

    @Test
    void theJdkClientIsCreatedLazilyAndAClosedTransportRefuses() throws Exception {
        assertFalse(transport.started());
        server.enqueue(Reply.json(200, "{}"));
        transport.execute(post("{}"), null).get(10, TimeUnit.SECONDS);
        assertTrue(transport.started());
        transport.close();
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> transport.execute(post("{}"), null).get(10, TimeUnit.SECONDS));
        assertEquals("The HTTP transport is closed", failure.getCause().getMessage());
    }

    @Test
    void badSettingsAreRejected() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> HttpClientTransport.builder().connectTimeout(Duration.ZERO));
        assertEquals("connectTimeout must be a positive duration, was PT0S", failure.getMessage());
    }
}
