package dev.ecrgen.runtime.transport;

import java.io.IOException;
import java.net.Authenticator;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An {@link AsyncTransport} on the JDK's {@link HttpClient}, speaking HTTP/1.1 and never following redirects. The
 * {@code HttpClient} (and its threads) is created on the first request, not when the transport is built. Headers the
 * JDK client sets itself ({@code Host}, {@code Content-Length} and the connection headers) are left to it; it derives
 * the same values from the URI and the body, so signatures still match.
 */
public final class HttpClientTransport implements AsyncTransport {

    /** Connect timeout used when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect",
            "upgrade");

    private final Duration connectTimeout;
    private final Executor executor;
    private final ProxyConfiguration proxyConfiguration;
    private final Object lock = new Object();
    private volatile HttpClient client;
    private volatile boolean closed;

    private HttpClientTransport(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.executor = builder.executor;
        this.proxyConfiguration = builder.proxyConfiguration != null && builder.proxyConfiguration.enabled()
                ? builder.proxyConfiguration : null;
    }

    /**
     * Creates a transport with the default connect timeout and the JDK client's own executor.
     *
     * @return a new transport
     */
    public static HttpClientTransport create() {
        return builder().build();
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the JDK client has been created, which happens on the first request.
     *
     * @return true once a request was sent
     */
    public boolean started() {
        return client != null;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request, Duration timeout) {
        if (closed) {
            return CompletableFuture.failedFuture(new IOException("The HTTP transport is closed"));
        }
        java.net.http.HttpRequest outgoing;
        try {
            outgoing = toJdk(request, timeout);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IOException("Cannot send the request: " + e.getMessage(), e));
        }
        CompletableFuture<java.net.http.HttpResponse<TimedBody>> sent = client().sendAsync(outgoing, TimedBody.HANDLER);
        return (timeout == null ? sent : within(sent, timeout))
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(translate(failure));
                    }
                    TimedBody body = response.body();
                    return new HttpResponse(response.statusCode(), copyHeaders(response.headers().map()),
                            body.bytes(), null, body.headersReceivedNanos());
                });
    }

    private static java.net.http.HttpRequest toJdk(HttpRequest request, Duration timeout) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(request.uri())
                .method(request.method(), java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .expectContinue(false);
        if (timeout != null) {
            builder.timeout(timeout.isZero() || timeout.isNegative() ? Duration.ofNanos(1) : timeout);
        }
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : header.getValue()) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    /**
     * The JDK client's request timeout ends once the headers arrive; this bounds the whole exchange, body included. An
     * exchange still running at the deadline is cancelled, which closes its connection.
     */
    private static <T> CompletableFuture<T> within(CompletableFuture<T> sent, Duration timeout) {
        long nanos = timeout.isZero() || timeout.isNegative() ? 1 : saturatedNanos(timeout);
        CompletableFuture<T> bounded = sent.copy().orTimeout(nanos, TimeUnit.NANOSECONDS);
        bounded.whenComplete((response, failure) -> {
            if (failure instanceof TimeoutException) {
                sent.cancel(true);
            }
        });
        return bounded;
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Throwable translate(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            SocketTimeoutException timeout = new SocketTimeoutException("No complete response within the time allowed");
            timeout.initCause(cause);
            return timeout;
        }
        if (cause instanceof HttpTimeoutException) {
            // The invoker tells timeouts from other failures by this type, as with the blocking transport.
            SocketTimeoutException timeout = new SocketTimeoutException(cause.getMessage());
            timeout.initCause(cause);
            return timeout;
        }
        return cause;
    }

    private static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers.size() * 2);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getKey().startsWith(":")) {
                copy.put(header.getKey(), List.copyOf(header.getValue()));
            }
        }
        return copy;
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (lock) {
                current = client;
                if (current == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(connectTimeout);
                    if (executor != null) {
                        builder.executor(executor);
                    }
                    if (proxyConfiguration != null) {
                        builder.proxy(new ConfiguredProxySelector(proxyConfiguration));
                        Authenticator authenticator = proxyConfiguration.authenticator();
                        if (authenticator != null) {
                            builder.authenticator(authenticator);
                        }
                    }
                    current = builder.build();
                    client = current;
                }
            }
        }
        return current;
    }

    /** Refuses further requests; the JDK client frees its connections and threads once it is unreachable. */
    @Override
    public void close() {
        closed = true;
        client = null;
    }

    /** Configures an {@link HttpClientTransport}. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Executor executor;
        private ProxyConfiguration proxyConfiguration;

        private Builder() {
        }

        /**
         * Sends requests through the configured HTTP proxy, except to its non-proxy hosts; when it names no proxy
         * host, the JVM's default proxy selector applies. The proxy's credentials answer its 407 challenges.
         *
         * @param proxyConfiguration the configuration, or null for the JVM default
         * @return this builder
         */
        public Builder proxyConfiguration(ProxyConfiguration proxyConfiguration) {
            this.proxyConfiguration = proxyConfiguration;
            return this;
        }

        /**
         * Sets how long to wait for a TCP connection.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be a positive duration, was " + timeout);
            }
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the executor the JDK client runs its work and completions on.
         *
         * @param executor the executor, or null for the JDK client's own
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Builds the transport; no connection or thread is created yet.
         *
         * @return the transport
         */
        public HttpClientTransport build() {
            return new HttpClientTransport(this);
        }
    }

    /** The whole body and when the headers before it had arrived. */
    private record TimedBody(byte[] bytes, long headersReceivedNanos) {
        static final java.net.http.HttpResponse.BodyHandler<TimedBody> HANDLER = info -> {
            long received = System.nanoTime();
            return java.net.http.HttpResponse.BodySubscribers.mapping(
                    java.net.http.HttpResponse.BodySubscribers.ofByteArray(), bytes -> new TimedBody(bytes, received));
        };
    }
}
