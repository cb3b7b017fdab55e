package dev.ecrgen.runtime.transport;

import java.net.HttpURLConnection;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Ends an HTTP exchange that outlives its time budget. A socket read timeout restarts with every byte, so a server that
 * trickles its status line and headers could otherwise hold a call far past its limit. One daemon thread serves every
 * transport; it starts on the first call that has a budget and stops after a second without work. The transports take
 * the timer to use as a (package-private) setting, {@link #shared()} unless a test hands them a manual one.
 */
final class DeadlineWatchdog {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private DeadlineWatchdog() {}

    /** The timer every transport uses unless it is given another. */
    static ScheduledExecutorService shared() {
        return TIMER;
    }

    /** Disconnects the connection once the budget has passed, unless the returned guard is disarmed first. */
    static Guard arm(HttpURLConnection connection, long budgetNanos) {
        return arm(TIMER, connection, budgetNanos);
    }

    /** As {@link #arm(HttpURLConnection, long)}, on {@code timer}. */
    static Guard arm(ScheduledExecutorService timer, HttpURLConnection connection, long budgetNanos) {
        Guard guard = new Guard(connection);
        guard.future = timer.schedule(guard, budgetNanos, TimeUnit.NANOSECONDS);
        return guard;
    }

    /** Tasks still scheduled (disconnects and deadlines); each exchange cancels its own when it ends. */
    static int pending() {
        return TIMER.getQueue().size();
    }

    /** A scheduled disconnect of one exchange. */
    static final class Guard implements Runnable {
        private final HttpURLConnection connection;
        private volatile boolean fired;
        private volatile ScheduledFuture<?> future;

        private Guard(HttpURLConnection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            fired = true;
            connection.disconnect();
        }

        /** Whether the budget ran out and the connection was cut. */
        boolean fired() {
            return fired;
        }

        void disarm() {
            ScheduledFuture<?> scheduled = future;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ThreadFactory daemon = new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "ecrgen-deadline-watchdog");
                thread.setDaemon(true);
                return thread;
            }
        };
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon);
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }
}
