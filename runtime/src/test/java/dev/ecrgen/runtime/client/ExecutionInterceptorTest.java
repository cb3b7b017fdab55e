package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.ACCESS_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.NOW;
import static dev.ecrgen.runtime.client.ClientFixtures.SECRET_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AsyncInvokerTest.TestAsyncBuilder;
import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.testing.CapturedLogs;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Recorded;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.SigV4Verifier;
import dev.ecrgen.runtime.transport.HttpRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** Interceptors on the wire, sync and async: what they see of a call, what they change, and how their failures show. */
class ExecutionInterceptorTest {

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

    /** Writes down what it sees, and adds a trace header to every attempt. */
    static final class Recording implements ExecutionInterceptor {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        volatile Throwable failure;

        @Override
        public void beforeExecution(Context context) {
            events.add("before " + context.serviceName() + " " + context.operationName() + " " + context.request()
                    + " attempt " + context.attemptCount());
        }

        @Override
        public HttpRequest modifyHttpRequest(Context context, HttpRequest request) {
            events.add("modify attempt " + context.attemptCount() + " signed=" + request.header("Authorization")
                    .isPresent());
            Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
            headers.put("X-Trace-Id", List.of("trace-" + context.attemptCount()));
            return new HttpRequest(request.method(), request.uri(), headers, request.body());
        }

        @Override
        public void afterExecution(Context context) {
            events.add("after attempts " + context.attemptCount() + " HTTP "
                    + context.httpResponse().orElseThrow().statusCode() + " request id "
                    + context.requestId().orElse("-") + " response " + context.response().orElseThrow()
                    + " sent trace " + context.httpRequest().orElseThrow().header("X-Trace-Id").orElse("-"));
        }

        @Override
        public void onExecutionFailure(Context context, Throwable failure) {
            this.failure = failure;
            events.add("failure attempts " + context.attemptCount() + " HTTP "
                    + context.httpResponse().map(r -> Integer.toString(r.statusCode())).orElse("-") + " request id "
                    + context.requestId().orElse("-") + " " + failure.getClass().getSimpleName());
        }
    }

    private static final List<String> SUCCESS_AFTER_RETRY = List.of(
            "before Ecr ListImages {repositoryName=app} attempt 0",
            "modify attempt 1 signed=false",
            "modify attempt 2 signed=false",
            "after attempts 2 HTTP 200 request id req-2 response {nextToken=t} sent trace trace-2");

    @Test
    void syncCallsGoThroughTheInterceptorsAndTheirHeaderIsSigned() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t\"}").header("x-amzn-RequestId", "req-2"));
        Recording recording = new Recording();
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addExecutionInterceptor(recording).build(),
                ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER, MAP_READER, null);
        }
        assertEquals(SUCCESS_AFTER_RETRY, recording.events);
        assertTraceHeaderSigned(server.requests());
    }

    @Test
    void interceptorsSeeTheResponseWhetherOrNotDebugIsLogged() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t\"}").header("x-amzn-RequestId", "req-2"));
        Recording recording = new Recording();
        CapturedLogs.withoutDebug(() -> {
            try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addExecutionInterceptor(recording)
                    .build(), ERRORS)) {
                invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER, MAP_READER, null);
            }
        });
        assertEquals(SUCCESS_AFTER_RETRY, recording.events);
    }

    @Test
    void aRequestThatCannotBeWrittenReachesOnExecutionFailureWithoutSending() {
        Recording recording = new Recording();
        Marshaller<Map<String, String>> broken = (value, writer) -> {
            throw new IOException("cannot write");
        };
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addExecutionInterceptor(recording).build(),
                ERRORS)) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), broken, MAP_READER, null));
            assertSame(e, recording.failure);
        }
        assertEquals(List.of("before Ecr ListImages {repositoryName=app} attempt 0",
                "failure attempts 0 HTTP - request id - SdkClientException"), recording.events);
        assertEquals(List.of(), server.requests());
    }

    @Test
    void asyncCallsGoThroughTheInterceptorsAndTheirHeaderIsSigned() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t\"}").header("x-amzn-RequestId", "req-2"));
        Recording recording = new Recording();
        try (AsyncInvoker invoker = new AsyncInvoker(asyncBuilder().addExecutionInterceptor(recording).build(),
                ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER, MAP_READER, null)
                    .get(10, TimeUnit.SECONDS);
        }
        assertEquals(SUCCESS_AFTER_RETRY, recording.events);
        assertTraceHeaderSigned(server.requests());
    }

    private static void assertTraceHeaderSigned(List<Recorded> requests) throws Exception {
        assertEquals(2, requests.size());
        for (int i = 0; i < 2; i++) {
            Recorded request = requests.get(i);
            assertEquals("trace-" + (i + 1), request.header("X-Trace-Id"));
            List<String> signed = SigV4Verifier.verify(request.method(), request.uri().getRawPath(),
                    SigV4Verifier.lookup(request.headers()), request.body(), ACCESS_KEY, SECRET_KEY, "us-west-2",
                    "ecr", NOW);
            assertTrue(signed.contains("x-trace-id"), "signed headers: " + signed);
        }
    }

    @Test
    void aFailedCallReachesOnExecutionFailureWithItsLastResponse() {
        server.enqueue(Reply.json(400, "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"no\"}")
                .header("x-amzn-RequestId", "req-400"));
        Recording recording = new Recording();
        EcrException thrown;
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addExecutionInterceptor(recording).build(),
                ERRORS)) {
            thrown = assertThrows(EcrException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
        }
        assertSame(thrown, recording.failure);
        assertEquals("failure attempts 1 HTTP 400 request id req-400 EcrException",
                recording.events.get(recording.events.size() - 1));
    }

    @Test
    void anInterceptorThatThrowsFailsTheCallOnceNamingItselfWithoutSendingOrRetrying() {
        RuntimeException boom = new IllegalStateException("tracer not started");
        Recording recording = new Recording();
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public HttpRequest modifyHttpRequest(Context context, HttpRequest request) {
                throw boom;
            }
        };
        SdkClientException thrown;
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).addExecutionInterceptor(recording)
                .addExecutionInterceptor(broken).build(), ERRORS)) {
            thrown = assertThrows(SdkClientException.class,
                    () -> invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null));
        }
        assertSame(boom, thrown.getCause());
        assertEquals("ExecutionInterceptor " + broken.getClass().getName() + ".modifyHttpRequest failed for Ecr"
                + " ListImages: tracer not started", thrown.getMessage());
        assertEquals(0, server.requests().size());
        assertSame(thrown, recording.failure);
    }

    @Test
    void anAsyncInterceptorFailureCompletesTheFutureWithIt() {
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context context) {
                throw new IllegalArgumentException("bad span");
            }
        };
        Recording recording = new Recording();
        try (AsyncInvoker invoker = new AsyncInvoker(asyncBuilder().addExecutionInterceptor(broken)
                .addExecutionInterceptor(recording).build(), ERRORS)) {
            ExecutionException thrown = assertThrows(ExecutionException.class, () -> invoker.invoke(LIST_IMAGES,
                    Map.of(), MAP_WRITER, MAP_READER, null).get(10, TimeUnit.SECONDS));
            SdkClientException cause = assertInstanceOf(SdkClientException.class, thrown.getCause());
            assertTrue(cause.getMessage().contains(".afterExecution failed for Ecr ListImages: bad span"),
                    cause.getMessage());
            assertSame(cause, recording.failure);
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void aCancelledAsyncCallReachesOnExecutionFailure() throws Exception {
        server.enqueue(Reply.hang());
        Recording recording = new Recording();
        try (AsyncInvoker invoker = new AsyncInvoker(asyncBuilder().addExecutionInterceptor(recording).build(),
                ERRORS)) {
            java.util.concurrent.CompletableFuture<Map<String, String>> call = invoker.invoke(LIST_IMAGES, Map.of(),
                    MAP_WRITER, MAP_READER, null);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.requests().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            call.cancel(true);
        }
        assertInstanceOf(software.amazon.awssdk.core.exception.AbortedException.class, recording.failure);
        assertEquals("Ecr ListImages was cancelled by its caller", recording.failure.getMessage());
    }

    private TestAsyncBuilder asyncBuilder() {
        return new TestAsyncBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(server.uri())
                .signingClock(CLOCK)
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build());
    }
}
