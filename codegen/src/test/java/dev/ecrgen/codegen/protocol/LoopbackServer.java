package dev.ecrgen.codegen.protocol;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JDK HTTP server on the loopback interface that records every request and answers each with the response set
 * for the current case.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private CannedResponse response = CannedResponse.emptyJson("1.1");

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    static LoopbackServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackServer loopback = new LoopbackServer(http);
        http.createContext("/", loopback::handle);
        http.start();
        return loopback;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Sets the response for the next requests and forgets the requests recorded so far. */
    synchronized void respondWith(CannedResponse next) {
        response = next;
        requests.clear();
    }

    /** The requests received since the last {@link #respondWith}. */
    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            CannedResponse answer;
            synchronized (this) {
                requests.add(new RecordedRequest(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath()
                                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                        headers, body));
                answer = response;
            }
            answer.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as it arrived: method, path with query, headers (names compared without case) and raw body. */
    record RecordedRequest(String method, String uri, Map<String, List<String>> headers, byte[] body) {}

    /** What the server answers: status, headers in order, body bytes. */
    record CannedResponse(int status, Map<String, String> headers, byte[] body) {
        static CannedResponse emptyJson(String jsonVersion) {
            return new CannedResponse(200, Map.of("Content-Type", "application/x-amz-json-" + jsonVersion),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
