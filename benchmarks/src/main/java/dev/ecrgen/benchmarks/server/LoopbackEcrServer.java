package dev.ecrgen.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.ecrgen.benchmarks.payload.CannedReplies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * An ECR stand-in on 127.0.0.1 (JDK {@code HttpServer}, or {@code HttpsServer} with a self-signed certificate): reads
 * each request whole and answers with the canned body for its operation. Start the JVM with
 * {@code -Dsun.net.httpserver.nodelay=true} so small answers are not held back by Nagle's algorithm.
 */
public final class LoopbackEcrServer implements EcrServer {

    private final HttpServer server;
    private final ExecutorService executor;
    private final CannedReplies replies = new CannedReplies();
    private final AtomicLong requests = new AtomicLong();
    private final String scheme;

    private LoopbackEcrServer(HttpServer server, String scheme, int threads) {
        this.server = server;
        this.scheme = scheme;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "loopback-ecr");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Starts a plain HTTP server on an ephemeral port, handling requests on {@code threads} threads. */
    public static LoopbackEcrServer http(int threads) {
        try {
            return new LoopbackEcrServer(HttpServer.create(loopback(), 128), "http", threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback HTTP server: " + e.getMessage(), e);
        }
    }

    /** Starts an HTTPS server on an ephemeral port that presents the certificate of {@code tls}. */
    public static LoopbackEcrServer https(SSLContext tls, int threads) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 128);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new LoopbackEcrServer(server, "https", threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback HTTPS server: " + e.getMessage(), e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public URI endpoint() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public long requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] body = replies.forTarget(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            int status = 200;
            if (body == null) {
                status = 400;
                body = replies.unknownOperation();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("x-amzn-RequestId", "00000000-0000-4000-8000-000000000000");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            requests.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
