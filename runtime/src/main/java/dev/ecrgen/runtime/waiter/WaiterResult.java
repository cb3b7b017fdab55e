package dev.ecrgen.runtime.waiter;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.core.internal.waiters.ResponseOrException;
import software.amazon.awssdk.core.waiters.WaiterResponse;

/**
 * How a successful wait ended: the response (or, for waiters that succeed on an error, the exception) that matched,
 * how many polls it took, which acceptor matched and how long it took. Immutable.
 *
 * @param <R> the response type of the polled operation
 */
public final class WaiterResult<R> implements WaiterResponse<R> {

    private final ResponseOrException<R> matched;
    private final int attemptsExecuted;
    private final String acceptor;
    private final Duration elapsed;

    WaiterResult(ResponseOrException<R> matched, int attemptsExecuted, String acceptor, Duration elapsed) {
        this.matched = Objects.requireNonNull(matched, "matched");
        this.attemptsExecuted = attemptsExecuted;
        this.acceptor = acceptor;
        this.elapsed = elapsed;
    }

    @Override
    public ResponseOrException<R> matched() {
        return matched;
    }

    @Override
    public int attemptsExecuted() {
        return attemptsExecuted;
    }

    /**
     * Describes the acceptor that ended the wait, e.g. {@code path imageScanStatus.status == "COMPLETE"}.
     *
     * @return the description
     */
    public String acceptor() {
        return acceptor;
    }

    /**
     * Returns the time from the first poll to the end of the last.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "WaiterResult(attemptsExecuted=" + attemptsExecuted + ", acceptor=" + acceptor + ", matched="
                + (matched.response().isPresent() ? matched.response().get() : matched.exception().orElse(null))
                + ")";
    }
}
