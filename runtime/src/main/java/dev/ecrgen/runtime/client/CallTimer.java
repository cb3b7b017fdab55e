package dev.ecrgen.runtime.client;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The clock of one call: how much time each attempt may take, given the attempt and whole-call limits, and what a
 * socket timeout means once it happens. Not thread-safe; one per call.
 */
final class CallTimer {

    /** Socket timers may fire a hair before the limit measured here. */
    private static final long TOLERANCE_NANOS = 5_000_000L;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long callLimitNanos;
    private final long attemptLimitNanos;
    private long attemptStartNanos;

    /** Limits in nanoseconds; 0 means none. */
    CallTimer(long callLimitNanos, long attemptLimitNanos) {
        this(callLimitNanos, attemptLimitNanos, System::nanoTime);
    }

    /** A timer on a given {@link System#nanoTime()}-like clock, for tests. */
    CallTimer(long callLimitNanos, long attemptLimitNanos, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.callLimitNanos = callLimitNanos;
        this.attemptLimitNanos = attemptLimitNanos;
    }

    /** Starts an attempt and returns how long it may take, or null when neither limit applies. */
    Duration beginAttempt() {
        attemptStartNanos = nanoClock.getAsLong();
        long budget = attemptLimitNanos;
        if (callLimitNanos > 0) {
            long remaining = remainingCallNanos();
            budget = budget == 0 ? remaining : Math.min(budget, remaining);
            // a call with a limit never sends an unlimited attempt, even when its time ran out just now
            return Duration.ofNanos(Math.max(1, budget));
        }
        return budget == 0 ? null : Duration.ofNanos(budget);
    }

    boolean callExpired() {
        return callLimitNanos > 0 && remainingCallNanos() <= 0;
    }

    /** Milliseconds left for the call, or Long.MAX_VALUE without a call limit. */
    long remainingCallMillis() {
        return callLimitNanos == 0 ? Long.MAX_VALUE : Math.max(0, remainingCallNanos() / 1_000_000L);
    }

    private long remainingCallNanos() {
        return callLimitNanos - (nanoClock.getAsLong() - startNanos);
    }

    /** Turns a transport failure into the exception the caller sees, telling our timeouts from other failures. */
    SdkClientException failure(IOException cause, CallLabel label) {
        if (cause instanceof SocketTimeoutException) {
            long now = nanoClock.getAsLong();
            if (callLimitNanos > 0 && now - startNanos >= callLimitNanos - TOLERANCE_NANOS) {
                return callTimeout(label, cause);
            }
            if (attemptLimitNanos > 0 && now - attemptStartNanos >= attemptLimitNanos - TOLERANCE_NANOS) {
                return ApiCallAttemptTimeoutException.create(
                        label.timeoutMessage("call attempt", "apiCallAttemptTimeout", attemptLimitNanos), cause);
            }
        }
        return SdkClientException.create(label.transportMessage(cause), cause);
    }

    ApiCallTimeoutException callTimeout(CallLabel label, Throwable cause) {
        return ApiCallTimeoutException.create(label.timeoutMessage("call", "apiCallTimeout", callLimitNanos), cause);
    }
}
