package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AsyncInvokerTest.TestAsyncBuilder;
import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.testing.CapturedLogs;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.RawRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;

/** The metrics of each call, published to the builder's {@link MetricPublisher}s under the AWS SDK's names. */
class CallMetricsTest {

    /** Keeps what it is given. */
    static final class Collecting implements MetricPublisher {
        final List<MetricCollection> published = new CopyOnWriteArrayList<>();

        @Override
        public void publish(MetricCollection metricCollection) {
            published.add(metricCollection);
        }

        @Override
        public void close() {
        }
    }

    private LoopbackServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSyncCallPublishesItsDurationAttemptsAndRetryReasons() {
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{}").header("x-amzn-RequestId", "req-2"));
        Collecting publisher = new Collecting();
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addMetricPublisher(publisher).build(),
                ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null);
        }
        assertRetriedCall(publisher);
    }

    @Test
    void metricsArePublishedWhetherOrNotDebugIsLogged() {
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{}").header("x-amzn-RequestId", "req-2"));
        Collecting publisher = new Collecting();
        CapturedLogs.withoutDebug(() -> {
            try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addMetricPublisher(publisher).build(),
                    ERRORS)) {
                invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null);
            }
        });
        assertRetriedCall(publisher);
    }

    @Test
    void anAsyncCallPublishesTheSameMetrics() throws Exception {
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{}").header("x-amzn-RequestId", "req-2"));
        Collecting publisher = new Collecting();
        try (AsyncInvoker invoker = new AsyncInvoker(asyncBuilder(server.uri()).addMetricPublisher(publisher).build(),
                ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null).get(10, TimeUnit.SECONDS);
        }
        assertRetriedCall(publisher);
    }

    private void assertRetriedCall(Collecting publisher) {
        assertEquals(1, publisher.published.size());
        MetricCollection call = publisher.published.get(0);
        assertEquals("ApiCall", call.name());
        assertEquals(List.of("ECR"), call.metricValues(CoreMetric.SERVICE_ID));
        assertEquals(List.of("ListImages"), call.metricValues(CoreMetric.OPERATION_NAME));
        assertEquals(List.of(true), call.metricValues(CoreMetric.API_CALL_SUCCESSFUL));
        assertEquals(List.of(1), call.metricValues(CoreMetric.RETRY_COUNT));
        assertEquals(List.of("req-2"), call.metricValues(CoreMetric.AWS_REQUEST_ID));
        Duration callDuration = call.metricValues(CoreMetric.API_CALL_DURATION).get(0);
        assertTrue(!callDuration.isNegative() && callDuration.compareTo(Duration.ofMinutes(1)) < 0,
                "a call on loopback, timed from its start: " + callDuration);
        assertEquals(2, call.children().size());
        MetricCollection first = call.children().get(0);
        MetricCollection second = call.children().get(1);
        assertEquals("ApiCallAttempt", first.name());
        assertEquals(List.of(400), first.metricValues(HttpMetric.HTTP_STATUS_CODE));
        assertEquals(List.of("Throttling"), first.metricValues(CoreMetric.ERROR_TYPE));
        assertEquals(List.of("Throttling: HTTP 400 ThrottlingException"),
                first.metricValues(ClientMetrics.RETRY_REASON));
        assertEquals(List.of("req-1"), first.metricValues(CoreMetric.AWS_REQUEST_ID));
        assertEquals(List.of(Duration.ZERO), first.metricValues(CoreMetric.BACKOFF_DELAY_DURATION));
        assertEquals(List.of(200), second.metricValues(HttpMetric.HTTP_STATUS_CODE));
        assertEquals(List.of(), second.metricValues(CoreMetric.ERROR_TYPE));
        assertEquals(List.of(), second.metricValues(ClientMetrics.RETRY_REASON));
        assertEquals(List.of(Duration.ofMillis(sleeper.waits.get(0))),
                second.metricValues(CoreMetric.BACKOFF_DELAY_DURATION));
        for (MetricCollection attempt : call.children()) {
            Duration firstByte = attempt.metricValues(CoreMetric.TIME_TO_FIRST_BYTE).get(0);
            Duration lastByte = attempt.metricValues(CoreMetric.TIME_TO_LAST_BYTE).get(0);
            Duration service = attempt.metricValues(CoreMetric.SERVICE_CALL_DURATION).get(0);
            assertTrue(!firstByte.isNegative() && firstByte.compareTo(lastByte) <= 0, firstByte + " " + lastByte);
            assertTrue(service.compareTo(callDuration) <= 0, service + " " + callDuration);
        }
    }

    @Test
    void aFailedCallIsPublishedUnsuccessfulWithItsErrorType() {
        server.otherwise(Reply.json(400, "{\"__type\":\"RepositoryNotFoundException\"}"));
        Collecting publisher = new Collecting();
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addMetricPublisher(publisher).build(),
                ERRORS)) {
            assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER,
                    null));
        }
        MetricCollection call = publisher.published.get(0);
        assertEquals(List.of(false), call.metricValues(CoreMetric.API_CALL_SUCCESSFUL));
        assertEquals(List.of(0), call.metricValues(CoreMetric.RETRY_COUNT));
        assertEquals(List.of("ServerError"), call.metricValues(CoreMetric.ERROR_TYPE));
    }

    @Test
    void aPublisherThatThrowsIsLoggedAndTheCallStillSucceeds() {
        CapturedLogs.clear();
        MetricPublisher broken = new MetricPublisher() {
            @Override
            public void publish(MetricCollection metricCollection) {
                throw new IllegalStateException("collector down");
            }

            @Override
            public void close() {
            }
        };
        Collecting after = new Collecting();
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addMetricPublisher(broken)
                .addMetricPublisher(after).build(), ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null);
        }
        assertEquals(1, after.published.size());
        assertTrue(CapturedLogs.lines().stream().anyMatch(line -> line.startsWith("WARN dev.ecrgen.request: Ecr"
                + " ListImages metric publisher") && line.contains("collector down")), CapturedLogs.lines().toString());
    }

    /** Time to first byte is when the headers came, not the body: a server that waits between the two shows it. */
    @Test
    void timeToFirstByteEndsWithTheHeadersOnBothTransports() throws Exception {
        try (SlowBodyServer slow = new SlowBodyServer(400)) {
            Collecting publisher = new Collecting();
            try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).endpointOverride(slow.uri())
                    .addMetricPublisher(publisher).build(), ERRORS)) {
                invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null);
            }
            try (AsyncInvoker invoker = new AsyncInvoker(asyncBuilder(slow.uri()).addMetricPublisher(publisher)
                    .build(), ERRORS)) {
                invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null).get(10, TimeUnit.SECONDS);
            }
            assertEquals(2, publisher.published.size());
            for (MetricCollection call : publisher.published) {
                MetricCollection attempt = call.children().get(0);
                Duration firstByte = attempt.metricValues(CoreMetric.TIME_TO_FIRST_BYTE).get(0);
                Duration lastByte = attempt.metricValues(CoreMetric.TIME_TO_LAST_BYTE).get(0);
                assertTrue(lastByte.toMillis() >= 400, "last byte " + lastByte);
                assertTrue(lastByte.minus(firstByte).toMillis() >= 300, firstByte + " then " + lastByte);
            }
        }
    }

    private TestAsyncBuilder asyncBuilder(URI endpoint) {
        return new TestAsyncBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint)
                .signingClock(CLOCK)
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build());
    }

    /** Answers each request with its headers at once and a {@code {}} body after a pause; one request per connection. */
    static final class SlowBodyServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        SlowBodyServer(long pauseMillis) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        RawRequests.read(client.getInputStream());
                        OutputStream out = client.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2"
                                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(pauseMillis);
                        out.write("{}".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "slow-body-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
