package dev.ecrgen.services.ecr.config;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A JDK HTTP server on 127.0.0.1 that logs each request's method, Host header and path and answers every one the same
 * way: an empty {@code {}} 200, or a retryable 500 {@code InternalFailure}.
 */
final class RecordingServer implements AutoCloseable {
    private final HttpServer server;
    private final int port;

    RecordingServer(WireLog log, boolean fail) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        byte[] body = (fail ? "{\"__type\":\"InternalFailure\",\"message\":\"try again\"}" : "{}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            log.add(exchange.getRequestMethod() + " " + Ports.mask(host, port) + " "
                    + exchange.getRequestURI().getRawPath());
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "config-case");
            exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}, what {@code {server}} in a case stands for. */
    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
