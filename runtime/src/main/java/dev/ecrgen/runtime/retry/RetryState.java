package dev.ecrgen.runtime.retry;

import java.util.Random;

/**
 * The retry bookkeeping of one call: which attempt is running, whether a failure gets another one (charging the retry
 * quota) and how long to wait before it. Not thread-safe; one per call.
 */
public final class RetryState {

    private final RetryPolicy policy;
    private final RetryQuota quota;
    private int attempt = 1;
    private int lastCost;

    /**
     * Starts the bookkeeping for a call.
     *
     * @param policy the retry policy
     * @param quota the client's retry quota, or null when the policy has none
     */
    public RetryState(RetryPolicy policy, RetryQuota quota) {
        if (policy == null) {
            throw new IllegalArgumentException("RetryState needs a RetryPolicy, got null");
        }
        this.policy = policy;
        this.quota = policy.retryQuotaEnabled() ? quota : null;
    }

    /**
     * Returns the number of the attempt about to run or running, starting at 1.
     *
     * @return the attempt number
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Returns the most attempts this call may make.
     *
     * @return the policy's maximum attempts
     */
    public int maxAttempts() {
        return policy.maxAttempts();
    }

    /**
     * Decides on a failed attempt. When it is retried the attempt number moves on and the quota is charged.
     *
     * @param failure what went wrong
     * @param random the source for jitter
     * @return milliseconds to wait before the next attempt, or -1 when the failure is final
     */
    public long onFailure(Throwable failure, Random random) {
        if (attempt >= policy.maxAttempts() || !RetryableFailures.isRetryable(failure)) {
            return -1;
        }
        boolean throttled = RetryableFailures.isThrottling(failure);
        int cost = throttled ? policy.throttlingRetryCost() : policy.retryCost();
        if (quota != null && !quota.tryAcquire(cost)) {
            return -1;
        }
        lastCost = cost;
        attempt++;
        return policy.backoffMillis(attempt, throttled, random);
    }

    /** Records that the call succeeded, returning tokens to the quota as the AWS SDK does. */
    public void onSuccess() {
        if (quota != null) {
            quota.release(Math.max(lastCost, 1));
        }
    }
}
