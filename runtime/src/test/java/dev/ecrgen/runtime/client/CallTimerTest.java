package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The call and attempt budgets, on a clock the test moves. */
class CallTimerTest {
    private static final long MS = 1_000_000L;
    private static final CallLabel LABEL = new CallLabel("Ecr", "ListImages");

    private long now = 5_000 * MS;

    private CallTimer timer(long callMillis, long attemptMillis) {
        return new CallTimer(callMillis * MS, attemptMillis * MS, () -> now);
    }

    @Test
    void withoutLimitsAnAttemptHasNoBudget() {
        CallTimer timer = timer(0, 0);
        assertNull(timer.beginAttempt());
        now += 1_000_000 * MS;
        assertFalse(timer.callExpired());
        assertEquals(Long.MAX_VALUE, timer.remainingCallMillis());
    }

    @Test
    void theAttemptBudgetIsTheAttemptLimitUntilTheCallLimitIsCloser() {
        CallTimer timer = timer(1_000, 300);
        assertEquals(Duration.ofMillis(300), timer.beginAttempt());
        now += 600 * MS;
        assertEquals(400, timer.remainingCallMillis());
        assertEquals(Duration.ofMillis(300), timer.beginAttempt());
        now += 250 * MS;
        assertEquals(Duration.ofMillis(150), timer.beginAttempt(), "only what is left of the call");
        assertEquals(150, timer.remainingCallMillis());
    }

    @Test
    void aCallLimitAloneBoundsEveryAttempt() {
        CallTimer timer = timer(500, 0);
        assertEquals(Duration.ofMillis(500), timer.beginAttempt());
        now += 499 * MS;
        assertFalse(timer.callExpired());
        assertEquals(Duration.ofMillis(1), timer.beginAttempt());
        now += MS;
        assertTrue(timer.callExpired(), "expired exactly at the limit");
        assertEquals(0, timer.remainingCallMillis());
        assertEquals(Duration.ofNanos(1), timer.beginAttempt(), "never a zero budget, which would mean none");
        now += 100 * MS;
        assertEquals(0, timer.remainingCallMillis(), "never negative");
    }

    @Test
    void anAttemptLimitAloneIsTheBudget() {
        CallTimer timer = timer(0, 250);
        assertEquals(Duration.ofMillis(250), timer.beginAttempt());
        assertFalse(timer.callExpired());
    }

    @Test
    void aSocketTimeoutAtTheCallLimitIsACallTimeout() {
        CallTimer timer = timer(1_000, 300);
        timer.beginAttempt();
        now += 996 * MS;
        SocketTimeoutException cause = new SocketTimeoutException("Read timed out");
        SdkClientException failure = timer.failure(cause, LABEL);
        assertInstanceOf(ApiCallTimeoutException.class, failure, "within the 5 ms tolerance of the limit");
        assertEquals("The Ecr ListImages call did not complete within apiCallTimeout (1000 ms)", failure.getMessage());
        assertSame(cause, failure.getCause());
    }

    @Test
    void aSocketTimeoutAtTheAttemptLimitIsAnAttemptTimeout() {
        CallTimer timer = timer(1_000, 300);
        now += 200 * MS;
        timer.beginAttempt();
        now += 295 * MS;
        SdkClientException failure = timer.failure(new SocketTimeoutException("Read timed out"), LABEL);
        assertInstanceOf(ApiCallAttemptTimeoutException.class, failure);
        assertEquals("The Ecr ListImages call attempt did not complete within apiCallAttemptTimeout (300 ms)",
                failure.getMessage());
    }

    @Test
    void anEarlierSocketTimeoutIsTheTransportsOwn() {
        CallTimer timer = timer(1_000, 300);
        timer.beginAttempt();
        now += 294 * MS;
        SdkClientException failure = timer.failure(new SocketTimeoutException("Read timed out"), LABEL);
        assertFalse(failure instanceof ApiCallAttemptTimeoutException || failure instanceof ApiCallTimeoutException);
        assertEquals("Unable to execute HTTP request for Ecr ListImages: Read timed out", failure.getMessage());
    }

    @Test
    void otherFailuresAreNeverTimeouts() {
        CallTimer timer = timer(100, 100);
        timer.beginAttempt();
        now += 1_000 * MS;
        SdkClientException failure = timer.failure(new IOException("Connection reset"), LABEL);
        assertFalse(failure instanceof ApiCallAttemptTimeoutException || failure instanceof ApiCallTimeoutException);
        assertEquals("Unable to execute HTTP request for Ecr ListImages: Connection reset", failure.getMessage());
        CallTimer unlimited = timer(0, 0);
        SdkClientException own = unlimited.failure(new SocketTimeoutException("x"), LABEL);
        assertFalse(own instanceof ApiCallTimeoutException || own instanceof ApiCallAttemptTimeoutException,
                "without limits a socket timeout is the transport's own");
    }

    @Test
    void theCallLimitsToleranceEndsExactlyFiveMillisecondsShortOfIt() {
        CallTimer timer = timer(1_000, 0);
        timer.beginAttempt();
        now += 995 * MS - 1;
        assertFalse(timer.failure(new SocketTimeoutException("x"), LABEL) instanceof ApiCallTimeoutException,
                "a nanosecond before the tolerance begins");
        now += 1;
        assertInstanceOf(ApiCallTimeoutException.class, timer.failure(new SocketTimeoutException("x"), LABEL));
    }
}
