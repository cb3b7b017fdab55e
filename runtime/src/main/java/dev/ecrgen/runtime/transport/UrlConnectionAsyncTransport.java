package dev.ecrgen.runtime.transport;

import java.io.IOException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * An {@link AsyncTransport} that runs the exchanges of an {@link UrlConnectionTransport} on a bounded pool of its own
 * threads. {@link #execute} only queues the exchange, so the caller's thread never waits; at most
 * {@code maxConcurrency} exchanges (and so connections) run at once, the others wait in the queue, and the time an
 * exchange waits there counts against its timeout. The pool's threads are started by the first requests and end
 * after {@link Builder#idleTimeout} without work.
 *
 * <p>The returned futures complete on the pool's thread that ran the exchange, or through the completion executor
 * when one is set, so that work chained on them cannot hold a connection's thread. Cancelling a future disconnects
 * its connection (the socket is closed, not reused); {@link #close()} fails every queued and running exchange the
 * same way and stops the pool.
 *
 * <p>{@code HttpURLConnection} keeps idle connections in a JVM-wide cache, five per destination by default. Unless the
 * application has chosen a value itself, loading this class raises that number ({@code http.maxConnections}, a
 * documented JDK networking property read once) to {@value #KEEP_ALIVE_CONNECTIONS}, so that up to that many
 * exchanges at once to one endpoint reuse their connections instead of opening new ones.
 */
public final class UrlConnectionAsyncTransport implements AsyncTransport {

    /** Exchanges run at once when no limit is configured, as the official SDK's default {@code maxConcurrency}. */
    public static final int DEFAULT_MAX_CONCURRENCY = 50;
    /** How long an idle pool thread waits for work before it ends, when none is configured. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static final String MAX_CONNECTIONS_PROPERTY = "http.maxConnections";
    private static final int KEEP_ALIVE_CONNECTIONS = 50;
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final int CLOSE_WAIT_SECONDS = 5;

    static {
        if (System.getProperty(MAX_CONNECTIONS_PROPERTY) == null) {
            System.setProperty(MAX_CONNECTIONS_PROPERTY, Integer.toString(KEEP_ALIVE_CONNECTIONS));
        }
    }

    private final UrlConnectionTransport transport;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final String threadPrefix;
    private final ThreadPoolExecutor pool;
    private final Executor completionExecutor;
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private UrlConnectionAsyncTransport(Builder builder) {
        this.transport = builder.transport.build();
        this.timer = transport.timer();
        this.clock = transport.clock();
        this.completionExecutor = builder.completionExecutor;
        this.threadPrefix = "ecrgen-http-" + POOLS.incrementAndGet() + "-";
        this.pool = new ThreadPoolExecutor(builder.maxConcurrency, builder.maxConcurrency,
                builder.idleTimeout.toNanos(), TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(),
                new Threads(threadPrefix));
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Creates a transport with the default limits and timeouts.
     *
     * @return a new transport; no thread is started yet
     */
    public static UrlConnectionAsyncTransport create() {
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

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request, Duration timeout) {
        Task task = new Task(request, timeout);
        if (closed) {
            task.completeExceptionally(new IOException("The HTTP transport is closed"));
            return task;
        }
        try {
            task.armQueueTimeout();
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            task.completeExceptionally(new IOException("The HTTP transport is closed", e));
        }
        return task;
    }

    /**
     * Tells how many pool threads exist now.
     *
     * @return the number of threads, 0 before the first request and after close
     */
    public int threads() {
        return pool.getPoolSize();
    }

    /**
     * Fails every queued and running exchange, disconnecting its connection, and stops the pool's threads, waiting
     * up to a few seconds for them to end (not when called from one of them, e.g. by work chained on a future).
     */
    @Override
    public void close() {
        closed = true;
        for (Runnable queued : pool.shutdownNow()) {
            ((Task) queued).fail(new IOException("The HTTP transport was closed before the request was sent"));
        }
        for (Task task : running) {
            // failed first, so the caller sees why rather than the cut socket's error
            task.fail(new IOException("The HTTP transport was closed during the exchange"));
            task.exchange.abort();
        }
        if (!Thread.currentThread().getName().startsWith(threadPrefix)) {
            try {
                pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Names the pool's threads and makes them daemons, so an unclosed transport never keeps the JVM alive. */
    private static final class Threads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        Threads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** One exchange: the future the caller holds and the work the pool runs. */
    private final class Task extends CompletableFuture<HttpResponse> implements Runnable {
        private final HttpRequest request;
        private final Duration timeout;
        private final long queued = clock.getAsLong();
        private final UrlConnectionTransport.Exchange exchange = new UrlConnectionTransport.Exchange();
        private final AtomicBoolean started = new AtomicBoolean();
        private volatile ScheduledFuture<?> queueTimeout;

        Task(HttpRequest request, Duration timeout) {
            this.request = request;
            this.timeout = timeout;
        }

        /** Fails the exchange if it is still queued when its time is up. */
        void armQueueTimeout() {
            if (timeout != null) {
                long nanos = timeout.isNegative() || timeout.isZero() ? 1
                        : UrlConnectionTransport.saturatedNanos(timeout);
                queueTimeout = timer.schedule(new Runnable() {
                    @Override
                    public void run() {
                        if (started.compareAndSet(false, true)) {
                            pool.remove(Task.this);
                            failQueueTimeout();
                        }
                    }
                }, nanos, TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public void run() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            cancelQueueTimeout();
            if (isDone()) {
                return;
            }
            Duration left = timeout;
            if (timeout != null) {
                left = timeout.minusNanos(clock.getAsLong() - queued);
                if (left.isNegative() || left.isZero()) {
                    failQueueTimeout();
                    return;
                }
            }
            running.add(this);
            HttpResponse response;
            try {
                if (closed) {
                    // close() may have looked at the running exchanges before this one was added
                    throw new IOException("The HTTP transport was closed before the request was sent");
                }
                response = transport.execute(request, left, exchange);
            } catch (IOException | RuntimeException e) {
                fail(e);
                return;
            } finally {
                running.remove(this);
            }
            if (completionExecutor == null) {
                complete(response);
            } else {
                completeAsync(() -> response, completionExecutor);
            }
        }

        void fail(Throwable failure) {
            if (completionExecutor == null) {
                completeExceptionally(failure);
            } else {
                try {
                    completionExecutor.execute(() -> completeExceptionally(failure));
                } catch (RejectedExecutionException e) {
                    completeExceptionally(failure);
                }
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            exchange.abort();
            if (started.compareAndSet(false, true)) {
                pool.remove(this);
                cancelQueueTimeout();
            }
            return cancelled;
        }

        private void cancelQueueTimeout() {
            ScheduledFuture<?> scheduled = queueTimeout;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        private void failQueueTimeout() {
            fail(new SocketTimeoutException("No connection was free within " + timeout.toMillis() + " ms"));
        }
    }

    /** Configures an {@link UrlConnectionAsyncTransport}. */
    public static final class Builder {
        private final UrlConnectionTransport.Builder transport = UrlConnectionTransport.builder();
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Executor completionExecutor;

        private Builder() {
        }

        /** Schedules queue timeouts and deadlines on {@code timer} instead of the shared watchdog thread (for tests). */
        Builder timer(ScheduledExecutorService timer) {
            transport.timer(timer);
            return this;
        }

        /** Measures queue time and budgets on {@code clock}, a {@link System#nanoTime()}-like reading (for tests). */
        Builder clock(LongSupplier clock) {
            transport.clock(clock);
            return this;
        }

        /**
         * Sets how many exchanges run at once, which is also the most threads and connections the transport uses.
         *
         * @param maxConcurrency at least 1
         * @return this builder
         */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * Sets how long a pool thread without work waits before it ends.
         *
         * @param idleTimeout a positive duration
         * @return this builder
         */
        public Builder idleTimeout(Duration idleTimeout) {
            if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be a positive duration, was " + idleTimeout);
            }
            this.idleTimeout = idleTimeout;
            return this;
        }

        /**
         * Completes the futures through this executor instead of on the pool's thread that ran the exchange, as the
         * official SDK's {@code FUTURE_COMPLETION_EXECUTOR} does; the application owns and shuts it down.
         *
         * @param executor the executor, or null to complete on the pool's thread
         * @return this builder
         */
        public Builder completionExecutor(Executor executor) {
            this.completionExecutor = executor;
            return this;
        }

        /**
         * Sets how long to wait for a TCP connection.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            transport.connectTimeout(timeout);
            return this;
        }

        /**
         * Sets how long a single socket read may block.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            transport.readTimeout(timeout);
            return this;
        }

        /**
         * Sends every request through this proxy instead of the JVM-wide proxy selection.
         *
         * @param proxy the proxy, or null for the JVM default
         * @return this builder
         */
        public Builder proxy(Proxy proxy) {
            transport.proxy(proxy);
            return this;
        }

        /**
         * Sends requests through the configured HTTP proxy, except to its non-proxy hosts, as
         * {@link UrlConnectionTransport.Builder#proxyConfiguration} does.
         *
         * @param proxyConfiguration the configuration, or null for the JVM default
         * @return this builder
         */
        public Builder proxyConfiguration(ProxyConfiguration proxyConfiguration) {
            transport.proxyConfiguration(proxyConfiguration);
            return this;
        }

        /**
         * Builds the transport; no thread is started until the first request.
         *
         * @return the transport
         */
        public UrlConnectionAsyncTransport build() {
            return new UrlConnectionAsyncTransport(this);
        }
    }
}
