package dev.ecrgen.benchmarks.async;

import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * An asynchronous transport candidate on Apache HttpClient 5's async client (non-blocking I/O on its own I/O reactor
 * threads, HTTP/1.1 only, 50 connections, no redirects, retries or cookies): measured against the runtime's
 * transports by the benchmarks, not shipped. The reactor starts with the first request.
 */
public final class Apache5AsyncTransport implements AsyncTransport {

    private final Object lock = new Object();
    private volatile CloseableHttpAsyncClient client;
    private volatile boolean closed;

    private Apache5AsyncTransport() {
    }

    /** A transport with the settings above. */
    public static Apache5AsyncTransport create() {
        return new Apache5AsyncTransport();
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request, Duration timeout) {
        if (closed) {
            return CompletableFuture.failedFuture(new IOException("The HTTP transport is closed"));
        }
        SimpleHttpRequest outgoing = SimpleHttpRequest.create(request.method(), request.uri());
        String contentType = null;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
                continue;
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                contentType = header.getValue().get(0);
                continue;
            }
            for (String value : header.getValue()) {
                outgoing.addHeader(name, value);
            }
        }
        if (request.body().length > 0 || "POST".equals(request.method()) || "PUT".equals(request.method())) {
            outgoing.setBody(request.body(), contentType == null ? null : ContentType.parse(contentType));
        }
        if (timeout != null) {
            outgoing.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build());
        }
        Exchange exchange = new Exchange();
        exchange.running = client().execute(SimpleRequestProducer.create(outgoing), SimpleResponseConsumer.create(),
                exchange);
        return exchange;
    }

    private CloseableHttpAsyncClient client() {
        CloseableHttpAsyncClient current = client;
        if (current == null) {
            synchronized (lock) {
                current = client;
                if (current == null) {
                    current = HttpAsyncClients.custom()
                            .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).build())
                            .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                    .setMaxConnTotal(50).setMaxConnPerRoute(50).build())
                            .disableRedirectHandling()
                            .disableAutomaticRetries()
                            .disableCookieManagement()
                            .disableAuthCaching()
                            .build();
                    current.start();
                    client = current;
                }
            }
        }
        return current;
    }

    @Override
    public void close() {
        closed = true;
        CloseableHttpAsyncClient current = client;
        if (current != null) {
            current.close(CloseMode.IMMEDIATE);
        }
    }

    /** The caller's future and the client's callback. */
    private static final class Exchange extends CompletableFuture<HttpResponse>
            implements FutureCallback<SimpleHttpResponse> {
        volatile Future<SimpleHttpResponse> running;

        @Override
        public void completed(SimpleHttpResponse response) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.computeIfAbsent(header.getName(), k -> new ArrayList<>(1)).add(header.getValue());
            }
            byte[] body = response.getBodyBytes();
            complete(new HttpResponse(response.getCode(), headers, body, response.getReasonPhrase()));
        }

        @Override
        public void failed(Exception failure) {
            if (failure instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException
                    || failure instanceof java.net.SocketTimeoutException) {
                completeExceptionally(failure instanceof SocketTimeoutException ? failure
                        : new SocketTimeoutException(failure.getMessage()));
            } else {
                completeExceptionally(failure instanceof IOException ? failure : new IOException(failure));
            }
        }

        @Override
        public void cancelled() {
            cancel(false);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            Future<SimpleHttpResponse> sending = running;
            if (sending != null) {
                sending.cancel(true);
            }
            return cancelled;
        }
    }
}
