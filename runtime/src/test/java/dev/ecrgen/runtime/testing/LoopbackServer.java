package dev.ecrgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A JDK HttpServer on 127.0.0.1 that records every request and answers with scripted replies. */
public final class LoopbackServer implements AutoCloseable {

    static {
        // Must be set before the JDK HTTP server classes initialise, or small responses wait for delayed ACKs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch released = new CountDownLatch(1);
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();
    private Reply fallback = Reply.json(200, "{}");

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on an ephemeral loopback port. */
    public static LoopbackServer start() throws IOException {
        return new LoopbackServer();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Queues a reply for the next request that has none queued. */
    public synchronized LoopbackServer enqueue(Reply reply) {
        replies.addLast(reply);
        return this;
    }

    /** Sets the reply used once the queue is empty. */
    public synchronized LoopbackServer otherwise(Reply reply) {
        fallback = reply;
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        Reply reply;
        synchronized (this) {
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), headers, body,
                    exchange.getRemoteAddress().getPort()));
            reply = replies.isEmpty() ? fallback : replies.removeFirst();
        }
        if (reply.hang) {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (reply.gate != null) {
            try {
                reply.gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request as the server saw it. */
    public record Recorded(String method, URI uri, Map<String, List<String>> headers, byte[] body, int remotePort) {

        /** First value of a header, by case-insensitive name, or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted reply. */
    public static final class Reply {
        final int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        final byte[] body;
        final boolean hang;
        private CountDownLatch gate;

        private Reply(int status, byte[] body, boolean hang) {
            this.status = status;
            this.body = body;
            this.hang = hang;
        }

        public static Reply json(int status, String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8), false)
                    .header("Content-Type", "application/x-amz-json-1.1");
        }

        public static Reply raw(int status, String contentType, String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8), false).header("Content-Type", contentType);
        }

        public static Reply empty(int status) {
            return new Reply(status, new byte[0], false);
        }

        /** Never answers until the server closes. */
        public static Reply hang() {
            return new Reply(0, new byte[0], true);
        }

        /** Answers only once {@code gate} opens (or the server closes). */
        public Reply heldUntil(CountDownLatch gate) {
            this.gate = gate;
            return this;
        }

        public Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }
}
