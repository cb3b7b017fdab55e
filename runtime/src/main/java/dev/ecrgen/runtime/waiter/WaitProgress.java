package dev.ecrgen.runtime.waiter;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import software.amazon.awssdk.core.internal.waiters.ResponseOrException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The bookkeeping of one wait, shared by the blocking and the async runner: which poll this is, what its outcome
 * means, and how long to wait before the next one. Not thread-safe; the runners use it from one step at a time.
 */
final class WaitProgress<R> {

    private final WaiterDefinition<R> definition;
    private final int maxAttempts;
    private final BackoffStrategy backoff;
    private final Duration waitTimeout;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private int attempts;
    private long nextDelayMillis;

    WaitProgress(WaiterDefinition<R> definition, WaiterOverrideConfiguration waiterOverride,
            WaiterOverrideConfiguration callOverride) {
        this(definition, waiterOverride, callOverride, System::nanoTime);
    }

    /** A wait timed by {@code nanoClock} (a {@link System#nanoTime()}-like reading), so tests can control time. */
    WaitProgress(WaiterDefinition<R> definition, WaiterOverrideConfiguration waiterOverride,
            WaiterOverrideConfiguration callOverride, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        if (definition == null) {
            throw new IllegalArgumentException("A waiter needs its WaiterDefinition, got null");
        }
        this.definition = definition;
        Integer attemptsOverride = pick(callOverride == null ? null : callOverride.maxAttempts().orElse(null),
                waiterOverride == null ? null : waiterOverride.maxAttempts().orElse(null));
        if (attemptsOverride != null && attemptsOverride < 1) {
            throw new IllegalArgumentException(definition.label() + ": maxAttempts must be at least 1, was "
                    + attemptsOverride);
        }
        this.maxAttempts = attemptsOverride != null ? attemptsOverride : definition.maxAttempts();
        BackoffStrategy backoffOverride = pick(
                callOverride == null ? null : callOverride.backoffStrategyV2().orElse(null),
                waiterOverride == null ? null : waiterOverride.backoffStrategyV2().orElse(null));
        if (backoffOverride != null) {
            this.backoff = backoffOverride;
        } else if (definition.delay().isZero()) {
            this.backoff = BackoffStrategy.retryImmediately();
        } else {
            this.backoff = BackoffStrategy.fixedDelayWithoutJitter(definition.delay());
        }
        Duration timeout = pick(callOverride == null ? null : callOverride.waitTimeout().orElse(null),
                waiterOverride == null ? null : waiterOverride.waitTimeout().orElse(null));
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException(definition.label() + ": waitTimeout must be positive, was " + timeout);
        }
        this.waitTimeout = timeout;
    }

    /** Refuses to start a waiter none of whose acceptors leads to success. */
    void checkCanSucceed() {
        if (!definition.canSucceed()) {
            List<Acceptor<R>> acceptors = definition.acceptors();
            throw new WaiterFailedException(WaiterFailedException.Reason.CANNOT_SUCCEED, definition.waiterName(), 0,
                    null, definition.label() + " can never succeed: none of its " + acceptors.size()
                            + " acceptors has the success state " + acceptors, null);
        }
    }

    /**
     * Judges the outcome of a poll: returns the result when an acceptor reached success, throws when the wait failed,
     * and returns null when another poll is due after {@link #nextDelayMillis()}.
     */
    WaiterResult<R> onPoll(R response, Throwable error) {
        attempts++;
        Acceptor<R> matched = match(response, error);
        if (matched != null) {
            switch (matched.state()) {
                case SUCCESS:
                    return new WaiterResult<>(error == null ? ResponseOrException.response(response)
                            : ResponseOrException.exception(error), attempts, matched.description(), elapsed());
                case FAILURE:
                    throw failure(WaiterFailedException.Reason.FAILURE_STATE, response, error,
                            "failed on attempt " + attempts + ": the acceptor '" + matched.description()
                                    + "' matched, which means the wanted state will not be reached");
                default:
                    break;
            }
        } else if (error != null) {
            throw failure(WaiterFailedException.Reason.UNEXPECTED_EXCEPTION, null, error,
                    "failed on attempt " + attempts + ": " + definition.operationName()
                            + " failed with an error no acceptor expects: " + describe(error));
        }
        if (attempts >= maxAttempts) {
            throw failure(WaiterFailedException.Reason.MAX_ATTEMPTS_EXCEEDED, response, error,
                    "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                            + " (maxAttempts): no acceptor reached success; the last attempt "
                            + (matched == null ? "matched no acceptor" : "matched '" + matched.description() + "'"));
        }
        Duration delay = backoff.computeDelay(attempts);
        nextDelayMillis = delay == null || delay.isNegative() ? 0 : delay.toMillis();
        if (waitTimeout != null && elapsed().toMillis() + nextDelayMillis > waitTimeout.toMillis()) {
            throw failure(WaiterFailedException.Reason.TIMEOUT, response, error,
                    "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " and "
                            + seconds(elapsed()) + ": the next attempt, " + seconds(Duration.ofMillis(nextDelayMillis))
                            + " later, would come after the wait timeout of " + seconds(waitTimeout));
        }
        return null;
    }

    /** Milliseconds to wait before the next poll, as decided by the last {@link #onPoll}. */
    long nextDelayMillis() {
        return nextDelayMillis;
    }

    WaiterFailedException interrupted(InterruptedException cause) {
        return failure(WaiterFailedException.Reason.INTERRUPTED, null, cause,
                "was interrupted after " + attempts + (attempts == 1 ? " attempt" : " attempts"));
    }

    int attempts() {
        return attempts;
    }

    private Acceptor<R> match(R response, Throwable error) {
        for (Acceptor<R> acceptor : definition.acceptors()) {
            if (error == null ? acceptor.matches(response) : acceptor.matchesError(error)) {
                return acceptor;
            }
        }
        return null;
    }

    private WaiterFailedException failure(WaiterFailedException.Reason reason, R response, Throwable error,
            String what) {
        return new WaiterFailedException(reason, definition.waiterName(), attempts, response,
                definition.label() + " " + what, error);
    }

    private Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isEmpty() ? error.getClass().getSimpleName() : message;
    }

    private static <T> T pick(T first, T second) {
        return first != null ? first : second;
    }
}
