package dev.ecrgen.runtime.transport;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URLConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * A {@link SyncTransport} on the JDK's {@link HttpURLConnection}. The body is written in the connection's buffered mode,
 * so it goes out with a Content-Length header; every response body (including error bodies) is read to the end so the
 * connection returns to the JDK keep-alive cache. Redirects are never followed.
 *
 * <p>An exchange cut short (a deadline, a broken body) must close its socket. By default the JDK hands a half-read
 * keep-alive body of up to 512 KB to a background cleaner that drains it for reuse, which a server trickling bytes can
 * stretch indefinitely. Unless the application has chosen a value itself, loading this class sets the JDK's documented
 * {@code http.KeepAlive.remainingData} networking property to {@code 0}, so such a body closes its socket instead.
 * Bodies read to the end, as this transport reads every one, are unaffected and their connections are still reused.
 */
public final class UrlConnectionTransport implements SyncTransport {

    /** Connect timeout used when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Socket read timeout used when none is configured. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private static final String REMAINING_DATA_PROPERTY = "http.KeepAlive.remainingData";
    private static final int INITIAL_BUFFER = 8192;
    private static final int LARGEST_PRESIZED_BODY = 4 * 1024 * 1024;
    private static final byte[] NO_BYTES = new byte[0];
    private static final LongSupplier SYSTEM_CLOCK = System::nanoTime;

    static {
        if (System.getProperty(REMAINING_DATA_PROPERTY) == null) {
            System.setProperty(REMAINING_DATA_PROPERTY, "0");
        }
    }

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final Proxy proxy;
    private final ProxyConfiguration proxyConfiguration;
    private final String proxyAuthorization;
    private final Authenticator proxyAuthenticator;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;

    private UrlConnectionTransport(Builder builder) {
        this.connectTimeoutMillis = builder.connectTimeoutMillis;
        this.readTimeoutMillis = builder.readTimeoutMillis;
        this.proxy = builder.proxy;
        this.proxyConfiguration = builder.proxy == null && builder.proxyConfiguration != null
                && builder.proxyConfiguration.enabled() ? builder.proxyConfiguration : null;
        this.proxyAuthorization = proxyConfiguration == null ? null : proxyConfiguration.basicAuthorization();
        this.proxyAuthenticator = proxyConfiguration == null ? null : proxyConfiguration.authenticator();
        this.timer = builder.timer == null ? DeadlineWatchdog.shared() : builder.timer;
        this.clock = builder.clock == null ? SYSTEM_CLOCK : builder.clock;
    }

    /**
     * Creates a transport with the default timeouts and no proxy.
     *
     * @return a new transport
     */
    public static UrlConnectionTransport create() {
        return builder().build();
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the default timeouts
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) throws IOException {
        return execute(request, timeout, null);
    }

    /**
     * Sends the request like {@link #execute(HttpRequest, Duration)}, handing the connection to {@code exchange} as soon
     * as it is opened so that another thread can cut it.
     */
    HttpResponse execute(HttpRequest request, Duration timeout, Exchange exchange) throws IOException {
        long started = clock.getAsLong();
        long budgetNanos = timeout == null ? 0 : Math.max(1, saturatedNanos(timeout));
        int budgetMillis = budgetNanos == 0 ? Integer.MAX_VALUE : clampToMillis(budgetNanos);

        Proxy through = proxy != null ? proxy
                : proxyConfiguration != null ? proxyConfiguration.select(request.uri()) : null;
        URLConnection opened = through == null ? request.uri().toURL().openConnection()
                : request.uri().toURL().openConnection(through);
        if (!(opened instanceof HttpURLConnection)) {
            throw new IOException("Not an http or https URI: " + request.uri());
        }
        HttpURLConnection connection = (HttpURLConnection) opened;
        if (exchange != null) {
            exchange.attach(connection);
        }
        boolean complete = false;
        DeadlineWatchdog.Guard guard = budgetNanos == 0 ? null : DeadlineWatchdog.arm(timer, connection, budgetNanos);
        try {
            connection.setConnectTimeout(Math.min(connectTimeoutMillis, budgetMillis));
            connection.setReadTimeout(Math.min(readTimeoutMillis, budgetMillis));
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod(request.method());
            copyHeaders(request.headers(), connection);
            if (proxyAuthorization != null && through != null && through.type() == Proxy.Type.HTTP) {
                connection.setAuthenticator(proxyAuthenticator);
                if ("http".equalsIgnoreCase(request.uri().getScheme())) {
                    // sent up front to a proxy that forwards plain http, as the AWS SDK's client does; never on an
                    // https request, which would carry it through the tunnel to the service
                    connection.setRequestProperty("Proxy-Authorization", proxyAuthorization);
                }
            }
            writeBody(request, connection);
            if (exchange != null && exchange.aborted()) {
                // nothing is sent yet: the buffered body goes out with the request line in getResponseCode(). An abort
                // from here until then is too late (the JDK opens a connection again for a disconnected one); from
                // then on it cuts the socket.
                throw new IOException("The exchange was cancelled");
            }

            int status = connection.getResponseCode();
            long headersReceived = System.nanoTime();
            if (status < 0) {
                throw new IOException("Invalid HTTP response from " + request.uri().getHost());
            }
            Map<String, List<String>> headers = readHeaders(connection);
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            long deadline = budgetNanos == 0 ? 0 : started + budgetNanos;
            byte[] body = in == null ? NO_BYTES : readFully(in, connection.getContentLengthLong(), deadline, budgetMillis,
                    clock);
            complete = true;
            return new HttpResponse(status, headers, body, connection.getResponseMessage(), headersReceived);
        } catch (IOException e) {
            if (exchange != null && exchange.aborted()) {
                throw new IOException("The exchange was cancelled", e);
            }
            // the watchdog and a socket read timeout set to the budget race to end the exchange; either way the
            // budget is what ran out
            if (guard != null && (guard.fired()
                    || e instanceof SocketTimeoutException && clock.getAsLong() - started >= budgetNanos)) {
                SocketTimeoutException expired = new SocketTimeoutException(
                        "Response not received within " + budgetMillis + " ms");
                expired.initCause(e);
                throw expired;
            }
            throw e;
        } finally {
            if (guard != null) {
                guard.disarm();
            }
            if (!complete) {
                // cut the socket rather than let the JDK drain a half-read body for reuse
                connection.disconnect();
            }
        }
    }

    /** The timer of the exchanges' deadlines. */
    ScheduledExecutorService timer() {
        return timer;
    }

    /** The {@link System#nanoTime()}-like clock that budgets are measured on. */
    LongSupplier clock() {
        return clock;
    }

    /**
     * One exchange that another thread may cut: {@link #abort()} disconnects its connection, so a blocked read or write
     * fails at once and the socket is closed, not returned to the keep-alive cache. An exchange aborted before its
     * connection is opened sends nothing.
     */
    static final class Exchange {
        private volatile HttpURLConnection connection;
        private volatile boolean aborted;

        /** Takes the connection before it connects; fails if the exchange is already aborted. */
        void attach(HttpURLConnection opened) throws IOException {
            connection = opened;
            if (aborted) {
                throw new IOException("The exchange was cancelled");
            }
        }

        void abort() {
            aborted = true;
            HttpURLConnection opened = connection;
            if (opened != null) {
                opened.disconnect();
            }
        }

        boolean aborted() {
            return aborted;
        }
    }

    private static void copyHeaders(Map<String, List<String>> headers, HttpURLConnection connection) {
        boolean hasAccept = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            // HttpURLConnection derives these from the URL and the buffered body; it would ignore them anyway.
            if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
                continue;
            }
            hasAccept |= name.equalsIgnoreCase("Accept");
            List<String> values = header.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    connection.setRequestProperty(name, values.get(i));
                } else {
                    connection.addRequestProperty(name, values.get(i));
                }
            }
        }
        if (!hasAccept) {
            // Otherwise HttpURLConnection sends its own browser-style Accept list.
            connection.setRequestProperty("Accept", "*/*");
        }
    }

    private static void writeBody(HttpRequest request, HttpURLConnection connection) throws IOException {
        byte[] body = request.body();
        if (body.length == 0 && !"POST".equals(request.method()) && !"PUT".equals(request.method())) {
            return;
        }
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
    }

    private static Map<String, List<String>> readHeaders(HttpURLConnection connection) {
        Map<String, List<String>> headers = new LinkedHashMap<>(16);
        // Index 0 is the status line; walking by index keeps the order the server sent.
        for (int i = 1; ; i++) {
            String name = connection.getHeaderFieldKey(i);
            String value = connection.getHeaderField(i);
            if (name == null && value == null) {
                break;
            }
            if (name == null) {
                continue;
            }
            List<String> values = headers.get(name);
            if (values == null) {
                values = new ArrayList<>(1);
                headers.put(name, values);
            }
            values.add(value);
        }
        return headers;
    }

    private static byte[] readFully(InputStream stream, long contentLength, long deadline, int budgetMillis,
            LongSupplier clock) throws IOException {
        byte[] buffer = contentLength >= 0 && contentLength <= LARGEST_PRESIZED_BODY
                ? new byte[(int) contentLength] : new byte[INITIAL_BUFFER];
        int length = 0;
        InputStream in = stream;
        while (true) {
            if (length == buffer.length) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                buffer = grow(buffer);
                buffer[length++] = (byte) next;
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (deadline != 0 && clock.getAsLong() - deadline > 0) {
                throw new SocketTimeoutException("Response not received within " + budgetMillis + " ms");
            }
        }
        if (contentLength > length) {
            // HttpURLConnection reports a body cut short as its end; the connection is dropped, not reused
            throw new EOFException("The response body ended after " + length + " of the " + contentLength
                    + " bytes its Content-Length announced");
        }
        // closed only once fully read, so the connection goes back to the keep-alive pool clean
        in.close();
        if (length == buffer.length) {
            return buffer;
        }
        byte[] exact = new byte[length];
        System.arraycopy(buffer, 0, exact, 0, length);
        return exact;
    }

    private static byte[] grow(byte[] buffer) {
        byte[] larger = new byte[Math.max(INITIAL_BUFFER, buffer.length * 2)];
        System.arraycopy(buffer, 0, larger, 0, buffer.length);
        return larger;
    }

    /** The duration in nanoseconds, at most about 31 years. */
    static long saturatedNanos(Duration duration) {
        // about 31 years: far beyond any useful timeout, and safe from overflow when added to System.nanoTime()
        return duration.getSeconds() >= 1_000_000_000L ? 1_000_000_000L * 1_000_000_000L : duration.toNanos();
    }

    private static int clampToMillis(long nanos) {
        long millis = (nanos + 999_999) / 1_000_000;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, millis));
    }

    /** Configures an {@link UrlConnectionTransport}. */
    public static final class Builder {
        private int connectTimeoutMillis = (int) DEFAULT_CONNECT_TIMEOUT.toMillis();
        private int readTimeoutMillis = (int) DEFAULT_READ_TIMEOUT.toMillis();
        private Proxy proxy;
        private ProxyConfiguration proxyConfiguration;
        private ScheduledExecutorService timer;
        private LongSupplier clock;

        private Builder() {
        }

        /** Schedules deadlines on {@code timer} instead of the shared watchdog thread (for tests). */
        Builder timer(ScheduledExecutorService timer) {
            this.timer = timer;
            return this;
        }

        /** Measures budgets on {@code clock}, a {@link System#nanoTime()}-like reading (for tests). */
        Builder clock(LongSupplier clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sends requests through the configured HTTP proxy, except to its non-proxy hosts; when it names no proxy
         * host, the JVM's default proxy selection applies. A {@link #proxy(Proxy)} wins over it.
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
            this.connectTimeoutMillis = positiveMillis(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long a single socket read may block.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeoutMillis = positiveMillis(timeout, "readTimeout");
            return this;
        }

        /**
         * Sends every request through this proxy instead of the JVM-wide proxy selection.
         *
         * @param proxy the proxy, or null for the JVM default
         * @return this builder
         */
        public Builder proxy(Proxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return a new transport
         */
        public UrlConnectionTransport build() {
            return new UrlConnectionTransport(this);
        }

        private static int positiveMillis(Duration timeout, String name) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + timeout);
            }
            return clampToMillis(saturatedNanos(timeout));
        }
    }
}
