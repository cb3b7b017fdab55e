package dev.ecrgen.runtime.retry;

import java.util.function.LongSupplier;

/**
 * The client-side rate limiter of the AWS SDK's adaptive retry mode: a token bucket, off until the first throttling
 * response, whose fill rate follows CUBIC congestion control (cut to 70 % of the measured send rate on throttling,
 * grown back along a cubic curve on success, never above twice the measured rate nor below 0.5 requests a second).
 *
 * <p>It never blocks: call {@link #acquireDelayMillis()} before each attempt and wait (or schedule the attempt) that
 * long, and {@link #onAttemptResult(boolean)} after each attempt that succeeded or was throttled. Other failures leave
 * the rate as it is, as in the SDK. One limiter per client; thread-safe.
 */
public final class ClientRateLimiter {
    private static final double MIN_FILL_RATE = 0.5;
    private static final double MIN_CAPACITY = 1.0;
    private static final double SMOOTHING = 0.8;
    private static final double BETA = 0.7;
    private static final double SCALE = 0.4;

    private final LongSupplier nanoClock;
    private double fillRate;
    private double maxCapacity;
    private double capacity;
    private boolean refilledBefore;
    private double lastRefill;
    private boolean enabled;
    private double measuredRate;
    private double lastRateBucket;
    private long requestsInBucket;
    private double lastMaxRate;
    private double lastThrottleTime;
    private double timeWindow;

    /**
     * Creates a limiter on a clock.
     *
     * @param nanoClock monotonic nanoseconds, as {@link System#nanoTime()}
     */
    public ClientRateLimiter(LongSupplier nanoClock) {
        if (nanoClock == null) {
            throw new IllegalArgumentException("ClientRateLimiter needs a clock, got null");
        }
        this.nanoClock = nanoClock;
    }

    /**
     * Creates a limiter on {@link System#nanoTime()}.
     *
     * @return a new limiter, off until the first throttling response
     */
    public static ClientRateLimiter create() {
        return new ClientRateLimiter(System::nanoTime);
    }

    /**
     * Takes one token for the next attempt; when the bucket is short, the token is taken on credit and the caller must
     * wait until the bucket has refilled it.
     *
     * @return milliseconds to wait before sending, 0 when the attempt may go now
     */
    public synchronized long acquireDelayMillis() {
        if (!enabled) {
            return 0;
        }
        refill(now());
        capacity -= 1;
        return capacity >= 0 ? 0 : (long) Math.ceil(-capacity / fillRate * 1000.0);
    }

    /**
     * Updates the sending rate after an attempt.
     *
     * @param throttled true for a throttling response, false for a success
     */
    public synchronized void onAttemptResult(boolean throttled) {
        double now = now();
        measure(now);
        double rate;
        if (throttled) {
            lastMaxRate = enabled ? Math.min(measuredRate, fillRate) : measuredRate;
            timeWindow = Math.pow(lastMaxRate * (1 - BETA) / SCALE, 1.0 / 3);
            lastThrottleTime = now;
            rate = lastMaxRate * BETA;
            enabled = true;
        } else {
            timeWindow = Math.pow(lastMaxRate * (1 - BETA) / SCALE, 1.0 / 3);
            double sinceThrottle = now - lastThrottleTime - timeWindow;
            rate = SCALE * Math.pow(sinceThrottle, 3) + lastMaxRate;
        }
        setRate(now, Math.min(rate, 2 * measuredRate));
    }

    /**
     * Tells whether the limiter delays attempts, which it does from the first throttling response on.
     *
     * @return true once throttled
     */
    public synchronized boolean enabled() {
        return enabled;
    }

    /**
     * Returns the refill rate in tokens (attempts) a second.
     *
     * @return the fill rate
     */
    public synchronized double fillRate() {
        return fillRate;
    }

    /**
     * Returns the smoothed measured sending rate in attempts a second.
     *
     * @return the measured rate
     */
    public synchronized double measuredRate() {
        return measuredRate;
    }

    /**
     * Returns the tokens in the bucket; negative while attempts taken on credit are still waiting.
     *
     * @return the current capacity
     */
    public synchronized double capacity() {
        return capacity;
    }

    private double now() {
        return nanoClock.getAsLong() / 1_000_000_000.0;
    }

    private void refill(double now) {
        if (refilledBefore) {
            capacity = Math.min(maxCapacity, capacity + (now - lastRefill) * fillRate);
        }
        lastRefill = now;
        refilledBefore = true;
    }

    private void setRate(double now, double rate) {
        refill(now);
        fillRate = Math.max(rate, MIN_FILL_RATE);
        maxCapacity = Math.max(rate, MIN_CAPACITY);
        capacity = Math.min(capacity, maxCapacity);
    }

    /** Counts the attempt in its half-second bucket; a new bucket folds the last one's rate into the smoothed rate. */
    private void measure(double now) {
        requestsInBucket++;
        double bucket = Math.floor(now * 2) / 2;
        if (bucket > lastRateBucket) {
            double current = requestsInBucket / (bucket - lastRateBucket);
            measuredRate = current * SMOOTHING + measuredRate * (1 - SMOOTHING);
            requestsInBucket = 0;
            lastRateBucket = bucket;
        }
    }
}
