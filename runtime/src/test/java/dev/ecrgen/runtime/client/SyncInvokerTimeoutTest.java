package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.retry.Jitter;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.retry.Sleeper;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class SyncInvokerTimeoutTest {

    private LoopbackServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The server may record a request a moment after the client gave up on it. */
    private void awaitRequests(int expected) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (server.requests().size() < expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(expected, server.requests().size());
    }

    private static long millisTaken(Executable call, Class<? extends Throwable> expected, Throwable[] thrown) {
        long start = System.nanoTime();
        thrown[0] = assertThrows(expected, call);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void anAttemptThatHangsEndsAtTheAttemptTimeout() {
        server.otherwise(Reply.hang());
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(RetryPolicy.none())
                .apiCallAttemptTimeout(Duration.ofMillis(300)).build(), ERRORS);
        Throwable[] thrown = new Throwable[1];
        long took = millisTaken(() -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                ApiCallAttemptTimeoutException.class, thrown);

        assertEquals("The Ecr ListImages call attempt did not complete within apiCallAttemptTimeout (300 ms)",
                thrown[0].getMessage());
        assertInstanceOf(SocketTimeoutException.class, thrown[0].getCause());
        assertTrue(took >= 290 && took < 3000, "took " + took + " ms");
        awaitRequests(1);
    }

    @Test
    void attemptTimeoutsAreRetried() {
        server.otherwise(Reply.hang());
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper)
                .apiCallAttemptTimeout(Duration.ofMillis(200)).build(), ERRORS);
        Throwable[] thrown = new Throwable[1];
        long took = millisTaken(() -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                ApiCallAttemptTimeoutException.class, thrown);

        awaitRequests(4);
        assertEquals(3, thrown[0].getSuppressed().length);
        assertTrue(took >= 790 && took < 5000, "took " + took + " ms");
    }

    @Test
    void aCallThatHangsEndsAtTheCallTimeout() {
        server.otherwise(Reply.hang());
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper)
                .apiCallTimeout(Duration.ofMillis(500)).build(), ERRORS);
        Throwable[] thrown = new Throwable[1];
        long took = millisTaken(() -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                ApiCallTimeoutException.class, thrown);

        assertEquals("The Ecr ListImages call did not complete within apiCallTimeout (500 ms)",
                thrown[0].getMessage());
        assertTrue(took >= 490 && took < 3000, "took " + took + " ms");
        awaitRequests(1);
    }

    @Test
    void theCallTimeoutCoversRetriedAttempts() {
        server.otherwise(Reply.hang());
        RetryPolicy immediate = RetryPolicy.builder().baseDelay(Duration.ZERO).sleeper(sleeper).build();
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(immediate)
                .apiCallAttemptTimeout(Duration.ofMillis(300))
                .apiCallTimeout(Duration.ofMillis(700)).build(), ERRORS);
        Throwable[] thrown = new Throwable[1];
        long took = millisTaken(() -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                ApiCallTimeoutException.class, thrown);

        // 300 + 300 + 100 ms on an idle machine; on a loaded one a slow connect can leave room for two attempts only
        int attempts = thrown[0].getSuppressed().length + 1;
        assertTrue(attempts == 2 || attempts == 3, attempts + " attempts");
        awaitRequests(attempts);
        assertTrue(took >= 690 && took < 4000, "took " + took + " ms");
    }

    @Test
    void theCallTimeoutCutsABackoffShort() {
        server.otherwise(Reply.json(500, "{}"));
        RetryPolicy slow = RetryPolicy.builder().baseDelay(Duration.ofSeconds(5)).jitter(Jitter.NONE)
                .sleeper(Sleeper.system()).build();
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(slow)
                .apiCallTimeout(Duration.ofMillis(500)).build(), ERRORS);
        Throwable[] thrown = new Throwable[1];
        long took = millisTaken(() -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null),
                ApiCallTimeoutException.class, thrown);

        assertInstanceOf(EcrException.class, thrown[0].getCause());
        assertEquals(1, server.requests().size());
        assertTrue(took >= 400 && took < 2500, "took " + took + " ms");
    }

    @Test
    void theTransportsOwnReadTimeoutIsAPlainClientError() {
        server.otherwise(Reply.hang());
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(RetryPolicy.none())
                .httpTransport(UrlConnectionTransport.builder().readTimeout(Duration.ofMillis(200)).build())
                .apiCallAttemptTimeout(Duration.ofSeconds(20)).build(), ERRORS);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertFalse(e instanceof ApiCallAttemptTimeoutException);
        assertFalse(e instanceof ApiCallTimeoutException);
        assertEquals("Unable to execute HTTP request for Ecr ListImages: Read timed out", e.getMessage());
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }

    @Test
    void aRefusedConnectionNamesTheOperationAndIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper)
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort)).build(), ERRORS);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));

        assertTrue(e.getMessage().startsWith("Unable to execute HTTP request for Ecr ListImages: "), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertInstanceOf(ConnectException.class, e.getCause());
        assertEquals(3, sleeper.waits.size());
        assertFalse(e.getMessage().contains(ClientFixtures.SECRET_KEY));
    }

    @Test
    void anInterruptedBackoffAbortsTheCall() {
        server.otherwise(Reply.json(500, "{}"));
        RetryPolicy interrupting = RetryPolicy.builder().sleeper(millis -> {
            throw new InterruptedException("stop");
        }).build();
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).retryPolicy(interrupting).build(), ERRORS);
        try {
            AbortedException e = assertThrows(AbortedException.class,
                    () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
            assertEquals("Interrupted while waiting to retry Ecr ListImages", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
