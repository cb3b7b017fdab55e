package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.retry.ClientRateLimiter;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.retry.RetryQuota;
import dev.ecrgen.runtime.retry.RetryState;
import dev.ecrgen.runtime.retry.RetryableFailures;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A client's retry policy with the quota and (in adaptive mode) the rate limiter its calls share, and its time limits;
 * the sync and async invokers hold one.
 */
final class CallLimits {
    private final RetryPolicy retryPolicy;
    private final RetryQuota retryQuota;
    private final ClientRateLimiter rateLimiter;
    private final long callTimeoutNanos;
    private final long attemptTimeoutNanos;

    CallLimits(CommonSettings settings) {
        this.retryPolicy = settings.retryPolicy();
        this.retryQuota = retryPolicy.newQuota();
        this.rateLimiter = retryPolicy.newRateLimiter();
        this.callTimeoutNanos = nanos(settings.apiCallTimeout().orElse(null));
        this.attemptTimeoutNanos = nanos(settings.apiCallAttemptTimeout().orElse(null));
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    RetryQuota retryQuota() {
        return retryQuota;
    }

    /** The rate limiter of the adaptive retry mode, or null when attempts are not paced. */
    ClientRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Tells the rate limiter, if any, how an attempt ended: succeeded, or throttled when {@code failure} is. */
    void recordAttempt(SdkException failure) {
        if (rateLimiter == null) {
            return;
        }
        if (failure == null) {
            rateLimiter.onAttemptResult(false);
        } else if (RetryableFailures.isThrottling(failure)) {
            rateLimiter.onAttemptResult(true);
        }
    }

    /** The retry bookkeeping of one new call. */
    RetryState newRetryState() {
        return new RetryState(retryPolicy, retryQuota);
    }

    /** The clock of one new call, started now. */
    CallTimer newTimer() {
        return new CallTimer(callTimeoutNanos, attemptTimeoutNanos);
    }

    /** The clock of one new call, started now, with the limits its request's override configuration sets instead. */
    CallTimer newTimer(PreparedCall call) {
        AwsRequestOverrideConfiguration override = call.override;
        if (override == null) {
            return newTimer();
        }
        Duration callTimeout = override.apiCallTimeoutOrNull();
        Duration attemptTimeout = override.apiCallAttemptTimeoutOrNull();
        return new CallTimer(callTimeout != null ? nanos(callTimeout) : callTimeoutNanos,
                attemptTimeout != null ? nanos(attemptTimeout) : attemptTimeoutNanos);
    }

    private static long nanos(Duration duration) {
        if (duration == null) {
            return 0;
        }
        return duration.getSeconds() >= 1_000_000_000L ? 1_000_000_000L * 1_000_000_000L : duration.toNanos();
    }
}
