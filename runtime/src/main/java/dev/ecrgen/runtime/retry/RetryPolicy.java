package dev.ecrgen.runtime.retry;

import java.time.Duration;
import java.util.Random;

/**
 * How a client retries failed attempts. {@link #defaults()} matches the AWS SDK for Java v2's default (legacy) retry
 * mode: 4 attempts, exponential backoff from 100 ms with full jitter, throttling backoff from 500 ms with equal jitter,
 * at most 20 s, and a 500-token retry quota where a retry costs 5 tokens and a throttled retry none.
 * {@link #standard()} matches its standard mode: 3 attempts, 100 ms and (for throttling) 1 s bases, both with full
 * jitter, and throttled retries costing 5 tokens too. {@link #adaptive()} is the standard mode with the client-side
 * rate limiter of its adaptive mode ({@link ClientRateLimiter}). {@link #forMode} gives the policy a configured retry
 * mode stands for, including the changes {@code AWS_NEW_RETRIES_2026} makes.
 *
 * <p>The wait before attempt {@code n} (n &ge; 2) has the ceiling {@code min(maxBackoff, base * 2^(n-2))}, which the
 * jitter turns into the actual wait.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy STANDARD = builder()
            .maxAttempts(3)
            .throttlingBaseDelay(Duration.ofSeconds(1))
            .throttlingJitter(Jitter.FULL)
            .throttlingRetryCost(5)
            .build();
    private static final RetryPolicy ADAPTIVE = STANDARD.toBuilder().clientRateLimiting(true).build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).retryQuota(false).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration throttlingBaseDelay;
    private final Duration maxBackoff;
    private final Jitter jitter;
    private final Jitter throttlingJitter;
    private final boolean retryQuotaEnabled;
    private final int retryQuotaCapacity;
    private final int retryCost;
    private final int throttlingRetryCost;
    private final Sleeper sleeper;
    private final boolean clientRateLimiting;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.throttlingBaseDelay = builder.throttlingBaseDelay;
        this.maxBackoff = builder.maxBackoff;
        this.jitter = builder.jitter;
        this.throttlingJitter = builder.throttlingJitter;
        this.retryQuotaEnabled = builder.retryQuotaEnabled;
        this.retryQuotaCapacity = builder.retryQuotaCapacity;
        this.retryCost = builder.retryCost;
        this.throttlingRetryCost = builder.throttlingRetryCost;
        this.sleeper = builder.sleeper;
        this.clientRateLimiting = builder.clientRateLimiting;
    }

    /**
     * Returns the AWS SDK's default retry behaviour (its legacy mode).
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the AWS SDK's standard retry mode.
     *
     * @return the standard policy
     */
    public static RetryPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns the AWS SDK's adaptive retry mode: the standard mode plus its client-side rate limiter.
     *
     * @return the adaptive policy
     */
    public static RetryPolicy adaptive() {
        return ADAPTIVE;
    }

    /**
     * Returns the policy a configured retry mode stands for in the AWS SDK for Java v2 2.57.8. With
     * {@code newRetries2026} (its {@code AWS_NEW_RETRIES_2026} setting) the standard and adaptive modes start their
     * backoff at 50 ms instead of 100 ms and charge 14 quota tokens for an ordinary retry instead of 5 (throttled
     * retries still cost 5); the legacy mode is unchanged.
     *
     * @param mode the retry mode
     * @param newRetries2026 whether the 2026 retry behaviour is on
     * @return the policy, with the mode's default maximum attempts
     */
    public static RetryPolicy forMode(RetryMode mode, boolean newRetries2026) {
        if (mode == null) {
            throw new IllegalArgumentException("forMode needs a RetryMode, got null");
        }
        RetryPolicy policy = mode == RetryMode.LEGACY ? DEFAULTS : mode == RetryMode.STANDARD ? STANDARD : ADAPTIVE;
        if (!newRetries2026 || mode == RetryMode.LEGACY) {
            return policy;
        }
        return policy.toBuilder().baseDelay(Duration.ofMillis(50)).retryCost(14).build();
    }

    /**
     * Returns a policy that never retries.
     *
     * @return a single-attempt policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts a builder holding {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Computes the wait before an attempt.
     *
     * @param attempt the attempt about to run, 2 for the first retry
     * @param throttled whether the previous failure was throttling
     * @param random the jitter source
     * @return the wait in milliseconds
     */
    public long backoffMillis(int attempt, boolean throttled, Random random) {
        if (attempt < 2) {
            return 0;
        }
        Duration base = throttled ? throttlingBaseDelay : baseDelay;
        // 2^30 ms already exceeds any sensible cap; stopping there keeps the shift from overflowing.
        int doublings = Math.min(attempt - 2, 30);
        long ceiling = Math.min(millis(maxBackoff), saturatedMultiply(millis(base), 1L << doublings));
        return (throttled ? throttlingJitter : jitter).apply(ceiling, random);
    }

    private static long millis(Duration duration) {
        return duration.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : duration.toMillis();
    }

    private static long saturatedMultiply(long value, long factor) {
        long high = Math.multiplyHigh(value, factor);
        long low = value * factor;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /**
     * Returns the most attempts per call, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the backoff base for ordinary failures.
     *
     * @return the base delay
     */
    public Duration baseDelay() {
        return baseDelay;
    }

    /**
     * Returns the backoff base after throttling.
     *
     * @return the throttling base delay
     */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /**
     * Returns the longest wait between attempts.
     *
     * @return the cap
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Returns the jitter for ordinary failures.
     *
     * @return the jitter
     */
    public Jitter jitter() {
        return jitter;
    }

    /**
     * Returns the jitter after throttling.
     *
     * @return the throttling jitter
     */
    public Jitter throttlingJitter() {
        return throttlingJitter;
    }

    /**
     * Tells whether retries draw on a client-wide quota.
     *
     * @return true when the quota is on
     */
    public boolean retryQuotaEnabled() {
        return retryQuotaEnabled;
    }

    /**
     * Returns the size of the client-wide retry quota.
     *
     * @return the token count
     */
    public int retryQuotaCapacity() {
        return retryQuotaCapacity;
    }

    /**
     * Returns the tokens one retry after an ordinary failure costs.
     *
     * @return the cost
     */
    public int retryCost() {
        return retryCost;
    }

    /**
     * Returns the tokens one retry after throttling costs.
     *
     * @return the cost
     */
    public int throttlingRetryCost() {
        return throttlingRetryCost;
    }

    /**
     * Returns what waits between attempts.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Tells whether attempts go through a client-side rate limiter (the adaptive mode).
     *
     * @return true when {@link #newRateLimiter()} gives a limiter
     */
    public boolean clientRateLimiting() {
        return clientRateLimiting;
    }

    /**
     * Creates the rate limiter a client shares between its calls.
     *
     * @return a new limiter, or null when the policy has none
     */
    public ClientRateLimiter newRateLimiter() {
        return clientRateLimiting ? ClientRateLimiter.create() : null;
    }

    /**
     * Creates the quota a client shares between its calls.
     *
     * @return a full quota, or null when the policy has none
     */
    public RetryQuota newQuota() {
        return retryQuotaEnabled ? new RetryQuota(retryQuotaCapacity) : null;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(160);
        text.append("RetryPolicy(maxAttempts=").append(maxAttempts)
                .append(", baseDelay=").append(baseDelay)
                .append(", throttlingBaseDelay=").append(throttlingBaseDelay)
                .append(", maxBackoff=").append(maxBackoff)
                .append(", jitter=").append(jitter)
                .append(", throttlingJitter=").append(throttlingJitter)
                .append(", retryQuota=").append(retryQuotaEnabled ? retryQuotaCapacity : 0)
                .append(", retryCost=").append(retryCost)
                .append(", throttlingRetryCost=").append(throttlingRetryCost)
                .append(", clientRateLimiting=").append(clientRateLimiting)
                .append(')');
        return text.toString();
    }

    /** Builds a {@link RetryPolicy}; starts from the AWS SDK's default mode. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration throttlingBaseDelay = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Jitter jitter = Jitter.FULL;
        private Jitter throttlingJitter = Jitter.EQUAL;
        private boolean retryQuotaEnabled = true;
        private int retryQuotaCapacity = 500;
        private int retryCost = 5;
        private int throttlingRetryCost = 0;
        private Sleeper sleeper = Sleeper.system();
        private boolean clientRateLimiting;

        private Builder() {
        }

        private Builder(RetryPolicy policy) {
            this.maxAttempts = policy.maxAttempts;
            this.baseDelay = policy.baseDelay;
            this.throttlingBaseDelay = policy.throttlingBaseDelay;
            this.maxBackoff = policy.maxBackoff;
            this.jitter = policy.jitter;
            this.throttlingJitter = policy.throttlingJitter;
            this.retryQuotaEnabled = policy.retryQuotaEnabled;
            this.retryQuotaCapacity = policy.retryQuotaCapacity;
            this.retryCost = policy.retryCost;
            this.throttlingRetryCost = policy.throttlingRetryCost;
            this.sleeper = policy.sleeper;
            this.clientRateLimiting = policy.clientRateLimiting;
        }

        /**
         * Sets the most attempts per call, the first included.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the backoff base for ordinary failures.
         *
         * @param baseDelay zero or more
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = notNegative(baseDelay, "baseDelay");
            return this;
        }

        /**
         * Sets the backoff base after throttling.
         *
         * @param throttlingBaseDelay zero or more
         * @return this builder
         */
        public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = notNegative(throttlingBaseDelay, "throttlingBaseDelay");
            return this;
        }

        /**
         * Sets the longest wait between attempts.
         *
         * @param maxBackoff zero or more
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets the jitter for ordinary failures.
         *
         * @param jitter the jitter
         * @return this builder
         */
        public Builder jitter(Jitter jitter) {
            this.jitter = notNull(jitter, "jitter");
            return this;
        }

        /**
         * Sets the jitter after throttling.
         *
         * @param throttlingJitter the jitter
         * @return this builder
         */
        public Builder throttlingJitter(Jitter throttlingJitter) {
            this.throttlingJitter = notNull(throttlingJitter, "throttlingJitter");
            return this;
        }

        /**
         * Turns the client-wide retry quota on or off.
         *
         * @param enabled true to limit retries by the quota
         * @return this builder
         */
        public Builder retryQuota(boolean enabled) {
            this.retryQuotaEnabled = enabled;
            return this;
        }

        /**
         * Sets the size of the client-wide retry quota.
         *
         * @param capacity positive token count
         * @return this builder
         */
        public Builder retryQuotaCapacity(int capacity) {
            if (capacity <= 0) {
                throw new IllegalArgumentException("retryQuotaCapacity must be positive, was " + capacity);
            }
            this.retryQuotaCapacity = capacity;
            return this;
        }

        /**
         * Sets the tokens a retry after an ordinary failure costs.
         *
         * @param cost zero or more
         * @return this builder
         */
        public Builder retryCost(int cost) {
            this.retryCost = notNegative(cost, "retryCost");
            return this;
        }

        /**
         * Sets the tokens a retry after throttling costs.
         *
         * @param cost zero or more
         * @return this builder
         */
        public Builder throttlingRetryCost(int cost) {
            this.throttlingRetryCost = notNegative(cost, "throttlingRetryCost");
            return this;
        }

        /**
         * Sets what waits between attempts.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Turns the adaptive mode's client-side rate limiter on or off.
         *
         * @param enabled true to pace attempts with a {@link ClientRateLimiter}
         * @return this builder
         */
        public Builder clientRateLimiting(boolean enabled) {
            this.clientRateLimiting = enabled;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration value, String name) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
            }
            return value;
        }

        private static int notNegative(int value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
            }
            return value;
        }

        private static <T> T notNull(T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
