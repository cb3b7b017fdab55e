package dev.ecrgen.services.ecr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesResponse;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.testing.FaultServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Every way a server or network can fail, each played by a raw loopback server. Each call must end within its bound in
 * a typed exception of the client's family (or, where the response is valid, a result), never hang, never throw a
 * NullPointerException, and leave no thread or broken connection behind. No exception text may reveal a credential.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(FaultInjectionTest.Kind.class)
class FaultInjectionTest {
    /** Which client meets the faults: the sync one, or the async one, whose failures arrive through its future. */
    enum Kind { SYNC, ASYNC }

    /** The client under test, making the one call every fault answers. */
    private interface Target extends AutoCloseable {
        DescribeRepositoriesResponse describeRepositories();

        @Override
        void close();
    }

    private static final String OPERATION = "DescribeRepositories";
    private static final Set<String> SURVIVED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final Set<String> COMPLETE_RESPONSES = Set.of("truncated JSON", "malformed JSON", "200 non-JSON",
            "50 MB body", "HTML 502", "unknown __type", "missing Content-Type (error)");

    @Parameter
    Kind kind;

    @AfterAll
    static void report() {
        System.out.println("[reliability] faults tried: " + TRIED.get() + ", survived: " + SURVIVED.size() + " "
                + SURVIVED);
    }

    @Test
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        expectClientFailure("connection refused", null, endpoint, RetryPolicy.defaults(), null, null,
                Duration.ofSeconds(10), e -> assertTrue(inChain(e, java.net.ConnectException.class),
                        "cause should be the refused connection: " + SecretMarker.visibleText(e)));
    }

    @Test
    void resetInTheMiddleOfTheBody() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 4000\r\n\r\n"
                    + "{\"repositories\":[{\"repositoryName\":\"abc\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoLinger(true, 0);
            socket.close();
        })) {
            expectClientFailure("reset mid-body", server, server.endpoint(), RetryPolicy.defaults(), null, null,
                    Duration.ofSeconds(10), e -> assertEquals(4, server.requests(), "a reset is retried like the AWS SDK"));
        }
    }

    @Test
    void serverThatNeverAnswers() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.awaitClientClose(socket))) {
            expectClientFailure("never answers", server, server.endpoint(), RetryPolicy.defaults(),
                    Duration.ofMillis(700), Duration.ofMillis(2500), Duration.ofSeconds(6),
                    e -> assertTrue(e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException,
                            "a silent server ends in a timeout exception, got " + e));
        }
    }

    @Test
    void trickleOfOneByteASecondInTheBody() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100000\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            trickle(out, " ");
        })) {
            expectClientFailure("trickle in body", server, server.endpoint(), RetryPolicy.none(),
                    Duration.ofSeconds(2), null, Duration.ofSeconds(6),
                    e -> assertTrue(e instanceof ApiCallAttemptTimeoutException || e instanceof ApiCallTimeoutException,
                            "a trickle past apiCallAttemptTimeout ends in a timeout exception, got " + e));
        }
    }

    @Test
    void trickleOfOneByteASecondInTheHeaders() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> trickle(out,
                "HTTP/1.1 200 OK\r\nX-Padding: " + "a".repeat(100_000)))) {
            expectClientFailure("trickle in headers", server, server.endpoint(), RetryPolicy.none(),
                    Duration.ofSeconds(2), null, Duration.ofSeconds(6),
                    e -> assertTrue(e instanceof ApiCallAttemptTimeoutException || e instanceof ApiCallTimeoutException,
                            "a trickle past apiCallAttemptTimeout ends in a timeout exception, got " + e));
        }
    }

    @Test
    void truncatedJson() throws IOException {
        serveOnce("truncated JSON", 200, "application/x-amz-json-1.1", "{\"repositories\":[{\"repositoryName\":\"ab");
    }

    @Test
    void malformedJson() throws IOException {
        serveOnce("malformed JSON", 200, "application/x-amz-json-1.1", "{\"repositories\":[}]}");
    }

    @Test
    void nonJsonBodyWithStatus200() throws IOException {
        serveOnce("200 non-JSON", 200, "text/plain", "OK, all good");
    }

    @Test
    void fiftyMegabytesOfJunk() throws IOException {
        byte[] junk = new byte[50 * 1024 * 1024];
        Arrays.fill(junk, (byte) 'x');
        junk[0] = '{';
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 200,
                "application/x-amz-json-1.1", junk))) {
            expectClientFailure("50 MB body", server, server.endpoint(), RetryPolicy.defaults(), null, null,
                    Duration.ofSeconds(20), e -> assertEquals(4, server.requests(),
                            "an unreadable 200 is retried like the AWS SDK"));
        }
    }

    @Test
    void fiftyMegabytesOfValidJsonIsRead() throws IOException {
        String item = "{\"repositoryName\":\"r\"},";
        int count = 50 * 1024 * 1024 / item.length();
        StringBuilder body = new StringBuilder(count * item.length() + 40).append("{\"repositories\":[");
        body.append(item.repeat(count)).setLength(body.length() - 1);
        byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 200,
                "application/x-amz-json-1.1", bytes))) {
            TRIED.incrementAndGet();
            try (Target client = open(server.endpoint(), RetryPolicy.defaults(), null, null)) {
                DescribeRepositoriesResponse response = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> client.describeRepositories());
                assertEquals(count, response.repositories().size());
            }
            SURVIVED.add("50 MB valid body (" + kind + ")");
        }
    }

    @Test
    void htmlBadGatewayPage() throws IOException {
        String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 502, "text/html",
                html.getBytes(StandardCharsets.UTF_8)))) {
            EcrException e = expectServiceFailure("HTML 502", server, Duration.ofSeconds(15));
            assertEquals(502, e.statusCode());
            assertEquals(4, server.requests(), "502 is retried like the AWS SDK (legacy: 4 attempts)");
        }
    }

    @Test
    void unknownErrorType() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 400,
                "application/x-amz-json-1.1",
                "{\"__type\":\"com.amazonaws.ecr#BrandNewException\",\"message\":\"not modeled\"}"
                        .getBytes(StandardCharsets.UTF_8)))) {
            EcrException e = expectServiceFailure("unknown __type", server, Duration.ofSeconds(10));
            assertEquals(EcrException.class, e.getClass());
            assertEquals("BrandNewException", e.awsErrorDetails().errorCode());
            assertEquals(400, e.statusCode());
            assertTrue(e.getMessage().startsWith("not modeled"), e.getMessage());
        }
    }

    @Test
    void missingContentTypeOnAnError() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 400, null,
                "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"gone\"}".getBytes(StandardCharsets.UTF_8)))) {
            EcrException e = expectServiceFailure("missing Content-Type (error)", server, Duration.ofSeconds(10));
            assertEquals("RepositoryNotFoundException", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void missingContentTypeOnASuccess() throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, 200, null,
                "{\"repositories\":[{\"repositoryName\":\"a\"}]}".getBytes(StandardCharsets.UTF_8)))) {
            TRIED.incrementAndGet();
            try (Target client = open(server.endpoint(), RetryPolicy.defaults(), null, null)) {
                DescribeRepositoriesResponse response = assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> client.describeRepositories());
                assertEquals("a", response.repositories().get(0).repositoryName());
            }
            SURVIVED.add("missing Content-Type (success) (" + kind + ")");
        }
    }

    private Target open(URI endpoint, RetryPolicy retry, Duration attemptTimeout, Duration callTimeout) {
        if (kind == Kind.SYNC) {
            EcrClient client = SecretMarker.client(endpoint, retry, attemptTimeout, callTimeout);
            return new Target() {
                @Override
                public DescribeRepositoriesResponse describeRepositories() {
                    return client.describeRepositories(r -> {});
                }

                @Override
                public void close() {
                    client.close();
                }
            };
        }
        EcrAsyncClient client = SecretMarker.asyncClient(endpoint, retry, attemptTimeout, callTimeout);
        return new Target() {
            @Override
            public DescribeRepositoriesResponse describeRepositories() {
                CompletableFuture<DescribeRepositoriesResponse> call = client.describeRepositories(r -> {});
                try {
                    return call.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                            : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    call.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the call", e);
                }
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private static void trickle(OutputStream out, String text) throws IOException, InterruptedException {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            out.write(b);
            out.flush();
            Thread.sleep(1000);
        }
    }

    private void serveOnce(String fault, int status, String contentType, String body) throws IOException {
        try (FaultServer server = new FaultServer((socket, out) -> FaultServer.respond(out, status, contentType,
                body.getBytes(StandardCharsets.UTF_8)))) {
            expectClientFailure(fault, server, server.endpoint(), RetryPolicy.defaults(), null, null,
                    Duration.ofSeconds(10), e -> assertEquals(4, server.requests(),
                            "an unreadable 200 is retried like the AWS SDK"));
        }
    }

    private EcrException expectServiceFailure(String fault, FaultServer server, Duration bound) {
        SdkException e = call(fault, server, server.endpoint(), RetryPolicy.defaults(), null, null, bound);
        if (!(e instanceof EcrException)) {
            fail(fault + ": expected an EcrException, got " + SecretMarker.visibleText(e));
        }
        return (EcrException) e;
    }

    private void expectClientFailure(String fault, FaultServer server, URI endpoint, RetryPolicy retry,
            Duration attemptTimeout, Duration callTimeout, Duration bound, Consumer<SdkClientException> more) {
        SdkException e = call(fault, server, endpoint, retry, attemptTimeout, callTimeout, bound);
        if (!(e instanceof SdkClientException)) {
            fail(fault + ": expected an SdkClientException, got " + SecretMarker.visibleText(e));
        }
        assertTrue(e.getMessage().contains(OPERATION), fault + ": the message names the operation: " + e.getMessage());
        if (!(e instanceof ApiCallTimeoutException) && !(e instanceof ApiCallAttemptTimeoutException)) {
            assertTrue(e.getCause() != null, fault + ": the cause is kept");
        }
        more.accept((SdkClientException) e);
    }

    /** Makes the call, checks bound, type family, absence of NPE, threads, connections and secrets. */
    private SdkException call(String fault, FaultServer server, URI endpoint, RetryPolicy retry,
            Duration attemptTimeout, Duration callTimeout, Duration bound) {
        // A complete response (any status) leaves its connection idle in the JDK keep-alive cache for reuse; a broken
        // exchange must leave none.
        int idleAllowed = COMPLETE_RESPONSES.contains(fault) ? 1 : 0;
        TRIED.incrementAndGet();
        int threadsBefore = clientThreads();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SdkException caught = null;
        try (Target client = open(endpoint, retry, attemptTimeout, callTimeout)) {
            System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
            try {
                assertTimeoutPreemptively(bound, () -> client.describeRepositories(),
                        fault + ": the call did not end within " + bound);
                fail(fault + ": expected a failure, the call returned a result");
            } catch (SdkException e) {
                caught = e;
            } catch (RuntimeException e) {
                fail(fault + ": a failure outside the client's exception family: " + SecretMarker.visibleText(e));
            }
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        for (Throwable t = caught; t != null; t = t.getCause()) {
            assertTrue(!(t instanceof NullPointerException), fault + ": a NullPointerException in the chain");
        }
        assertNull(SecretMarker.leak(SecretMarker.visibleText(caught)), fault + ": exception text");
        assertNull(SecretMarker.leak(console.toString(StandardCharsets.UTF_8)), fault + ": console output");
        if (server != null) {
            assertTrue(settle(server::openConnections, idleAllowed) <= idleAllowed,
                    fault + ": connections left open by the client: " + server.openConnections());
        }
        assertTrue(settle(FaultInjectionTest::clientThreads, threadsBefore) <= threadsBefore,
                fault + ": threads leaked: " + Thread.getAllStackTraces().keySet());
        SURVIVED.add(fault + " (" + kind + ")");
        return caught;
    }

    /**
     * Client-side threads: everything but the test servers' own, JUnit's timeout thread and the JDK's JVM-wide
     * keep-alive timer, socket cleaner and {@code CompletableFuture} delay scheduler, which outlive any one client.
     */
    static int clientThreads() {
        int count = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && !name.startsWith("fault-server") && !name.startsWith("junit-timeout")
                    && !name.equals("Keep-Alive-Timer") && !name.equals("Keep-Alive-SocketCleaner")
                    && !name.equals("CompletableFutureDelayScheduler")
                    && !name.startsWith("HTTP-Dispatcher")) {
                count++;
            }
        }
        return count;
    }

    /**
     * Polls for up to eight seconds until the value drops to the target; returns the last value seen. Each poll asks
     * for a garbage collection: the JDK's {@code HttpClient} behind the async client has no close method in Java 17,
     * and its threads and idle connections end once a closed client's instance has been collected.
     */
    static int settle(java.util.function.IntSupplier value, int target) {
        long end = System.nanoTime() + 8_000_000_000L;
        int seen = value.getAsInt();
        while (seen > target && System.nanoTime() < end) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = value.getAsInt();
        }
        return seen;
    }

    private static boolean inChain(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Copies console output to the original stream and to a buffer that is scanned for secrets. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
