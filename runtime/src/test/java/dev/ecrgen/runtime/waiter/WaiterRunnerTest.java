package dev.ecrgen.runtime.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.jmespath.Jmes;
import dev.ecrgen.runtime.testing.ManualClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.core.waiters.WaiterState;
import software.amazon.awssdk.retries.api.BackoffStrategy;

class WaiterRunnerTest {

    record Scan(String status, List<String> parts) {}

    static final class NotFound extends AwsServiceException {
        private static final long serialVersionUID = 1L;

        NotFound(String code, int status) {
            super(AwsErrorDetails.builder().errorCode(code).errorMessage("no such scan").serviceName("Svc")
                    .statusCode(status).build(), null);
        }
    }

    static final Acceptor<Scan> COMPLETE = Acceptor.path(WaiterState.SUCCESS, "status", "COMPLETE",
            (Scan scan) -> Jmes.get(scan, Scan::status));
    static final Acceptor<Scan> FAILED = Acceptor.path(WaiterState.FAILURE, "status", "FAILED",
            (Scan scan) -> Jmes.get(scan, Scan::status));

    static final WaiterDefinition<Scan> SCAN_COMPLETE = WaiterDefinition.of("Svc", "ScanComplete", "DescribeScan",
            5, 60, List.of(COMPLETE, FAILED));

    /** No real waiting between polls. */
    static final WaiterOverrideConfiguration FAST = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).build();

    /** Serves scripted outcomes in order; the last repeats. */
    static final class Script implements Supplier<Scan> {
        private final Deque<Object> outcomes = new ArrayDeque<>();
        int calls;

        Script(Object... outcomes) {
            this.outcomes.addAll(List.of(outcomes));
        }

        @Override
        public Scan get() {
            calls++;
            Object next = outcomes.size() > 1 ? outcomes.pollFirst() : outcomes.peekFirst();
            if (next instanceof RuntimeException) {
                throw (RuntimeException) next;
            }
            return (Scan) next;
        }
    }

    private static Scan scan(String status) {
        return new Scan(status, List.of());
    }

    /** Runs a waiter on a manual clock where each poll takes 10 ms. */
    private static WaiterResult<Scan> runTimed(ManualClock clock, WaiterDefinition<Scan> definition,
            WaiterOverrideConfiguration waiterOverride, WaiterOverrideConfiguration callOverride, Script script) {
        return WaiterRunner.run(definition, waiterOverride, callOverride, () -> {
            clock.advance(10);
            return script.get();
        }, clock::nanoTime, clock::sleep);
    }

    @Test
    void sleepsTheModelDelayBetweenPollsAndReportsTheElapsedTime() {
        ManualClock clock = new ManualClock();
        Script script = new Script(scan("IN_PROGRESS"), scan(null), scan("COMPLETE"));
        WaiterResult<Scan> result = runTimed(clock, SCAN_COMPLETE, null, null, script);
        assertEquals(List.of(5_000L, 5_000L), clock.delays);
        assertEquals(Duration.ofMillis(10_030), result.elapsed());
        assertEquals(3, result.attemptsExecuted());
    }

    @Test
    void pollsUntilSuccessAndSaysHowItEnded() {
        Script script = new Script(scan("IN_PROGRESS"), scan(null), scan("COMPLETE"));
        WaiterResult<Scan> result = WaiterRunner.run(SCAN_COMPLETE, FAST, null, script);
        assertEquals(3, result.attemptsExecuted());
        assertEquals(3, script.calls);
        assertEquals(scan("COMPLETE"), result.matched().response().orElseThrow());
        assertFalse(result.matched().exception().isPresent());
        assertEquals("path status == \"COMPLETE\"", result.acceptor());
        WaiterResponse<Scan> asAws = result;
        assertEquals(3, asAws.attemptsExecuted());
    }

    @Test
    void aFailureAcceptorEndsTheWaitWithTheReason() {
        Script script = new Script(scan("IN_PROGRESS"), scan("FAILED"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(SCAN_COMPLETE, FAST, null, script));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
        assertEquals(2, failure.attemptsExecuted());
        assertEquals("ScanComplete", failure.waiterName());
        assertEquals(scan("FAILED"), failure.lastResponse());
        assertEquals("Svc waiter ScanComplete failed on attempt 2: the acceptor 'path status == \"FAILED\"' matched,"
                + " which means the wanted state will not be reached", failure.getMessage());
    }

    @Test
    void anUnexpectedErrorEndsTheWaitAtOnce() {
        NotFound error = new NotFound("ScanNotFoundException", 400);
        Script script = new Script(error);
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(SCAN_COMPLETE, FAST, null, script));
        assertEquals(WaiterFailedException.Reason.UNEXPECTED_EXCEPTION, failure.reason());
        assertSame(error, failure.getCause());
        assertEquals(1, script.calls);
        assertTrue(failure.getMessage().startsWith("Svc waiter ScanComplete failed on attempt 1: DescribeScan failed"
                + " with an error no acceptor expects: no such scan"), failure.getMessage());
    }

    @Test
    void errorAcceptorsMatchByCodeAndCanSucceed() {
        WaiterDefinition<Scan> deleted = WaiterDefinition.of("Svc", "ScanDeleted", "DescribeScan", 1, 5, List.of(
                Acceptor.<Scan>error(WaiterState.SUCCESS, "ScanNotFoundException"),
                Acceptor.<Scan>error(WaiterState.RETRY, "ThrottlingException")));
        NotFound gone = new NotFound("ScanNotFoundException", 400);
        Script script = new Script(scan("ACTIVE"), new NotFound("ThrottlingException", 400), gone);
        WaiterResult<Scan> result = WaiterRunner.run(deleted, FAST, null, script);
        assertEquals(3, result.attemptsExecuted());
        assertSame(gone, result.matched().exception().orElseThrow());
        assertFalse(result.matched().response().isPresent());
        assertEquals("error ScanNotFoundException", result.acceptor());
    }

    @Test
    void statusAndBooleanErrorAcceptors() {
        WaiterDefinition<Scan> exists = WaiterDefinition.of("Svc", "ScanExists", "DescribeScan", 1, 5, List.of(
                Acceptor.<Scan>status(WaiterState.RETRY, 404),
                Acceptor.<Scan>error(WaiterState.SUCCESS, false)));
        Script script = new Script(new NotFound("NotFound", 404), scan("ANY"));
        WaiterResult<Scan> result = WaiterRunner.run(exists, FAST, null, script);
        assertEquals(2, result.attemptsExecuted());
        assertEquals("no error", result.acceptor());

        WaiterDefinition<Scan> ok = WaiterDefinition.of("Svc", "Ok", "DescribeScan", 1, 5, List.of(
                Acceptor.<Scan>status(WaiterState.SUCCESS, 200)));
        assertEquals("status 200", WaiterRunner.run(ok, FAST, null, new Script(scan("x"))).acceptor());

        WaiterDefinition<Scan> anyError = WaiterDefinition.of("Svc", "Broken", "DescribeScan", 1, 5, List.of(
                Acceptor.<Scan>error(WaiterState.SUCCESS, true)));
        assertEquals("any error", WaiterRunner.run(anyError, FAST, null,
                new Script(scan("x"), new NotFound("Boom", 500))).acceptor());
    }

    @Test
    void pathAllAndPathAnyLookAtEveryElement() {
        WaiterDefinition<Scan> all = WaiterDefinition.of("Svc", "AllDone", "DescribeScan", 1, 5, List.of(
                Acceptor.pathAll(WaiterState.SUCCESS, "parts[]", "done", (Scan s) -> Jmes.get(s, Scan::parts)),
                Acceptor.pathAny(WaiterState.FAILURE, "parts[]", "broken", (Scan s) -> Jmes.get(s, Scan::parts))));
        Script script = new Script(new Scan("", List.of()), new Scan("", List.of("done", "busy")),
                new Scan("", List.of("done", "done")));
        assertEquals(3, WaiterRunner.run(all, FAST, null, script).attemptsExecuted(),
                "an empty list is not 'all done'");
        WaiterFailedException failure = assertThrows(WaiterFailedException.class, () -> WaiterRunner.run(all, FAST,
                null, new Script(new Scan("", List.of("done", "broken")))));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
    }

    @Test
    void givesUpAfterMaxAttempts() {
        Script script = new Script(scan("IN_PROGRESS"));
        WaiterOverrideConfiguration three = FAST.toBuilder().maxAttempts(3).build();
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(SCAN_COMPLETE, three, null, script));
        assertEquals(WaiterFailedException.Reason.MAX_ATTEMPTS_EXCEEDED, failure.reason());
        assertEquals(3, failure.attemptsExecuted());
        assertEquals(3, script.calls);
        assertEquals("Svc waiter ScanComplete gave up after 3 attempts (maxAttempts): no acceptor reached success;"
                + " the last attempt matched no acceptor", failure.getMessage());
    }

    @Test
    void givesUpWhenTheNextPollWouldPassTheWaitTimeout() {
        ManualClock clock = new ManualClock();
        Script script = new Script(scan("IN_PROGRESS"));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(60)))
                .waitTimeout(Duration.ofMillis(150))
                .build();
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> runTimed(clock, SCAN_COMPLETE, null, override, script));
        assertEquals(WaiterFailedException.Reason.TIMEOUT, failure.reason());
        // polls end at 10, 80 and 150 ms; a fourth would start at 210 ms, past the 150 ms timeout
        assertEquals(List.of(60L, 60L), clock.delays);
        assertEquals(3, failure.attemptsExecuted());
        assertEquals(3, script.calls);
        assertEquals("Svc waiter ScanComplete gave up after 3 attempts and 150 ms: the next attempt, 60 ms later, would"
                + " come after the wait timeout of 150 ms", failure.getMessage());
    }

    @Test
    void aPollThatLandsExactlyOnTheWaitTimeoutIsStillMade() {
        ManualClock clock = new ManualClock();
        Script script = new Script(scan("IN_PROGRESS"), scan("IN_PROGRESS"), scan("COMPLETE"));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(60)))
                .waitTimeout(Duration.ofMillis(140))
                .build();
        // 10 + 60 = 70 and 80 + 60 = 140: both next polls start at or before the timeout
        WaiterResult<Scan> result = runTimed(clock, SCAN_COMPLETE, override, null, script);
        assertEquals(3, result.attemptsExecuted());
        assertEquals(List.of(60L, 60L), clock.delays);
        assertEquals(Duration.ofMillis(150), result.elapsed());
    }

    @Test
    void aTimeoutAfterOnePollSaysSoInTheSingular() {
        ManualClock clock = new ManualClock();
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1_500)))
                .waitTimeout(Duration.ofMillis(1_000))
                .build();
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> runTimed(clock, SCAN_COMPLETE, override, null, new Script(scan("IN_PROGRESS"))));
        assertEquals("Svc waiter ScanComplete gave up after 1 attempt and 10 ms: the next attempt, 1.5 s later, would"
                + " come after the wait timeout of 1.0 s", failure.getMessage());
        assertEquals(List.of(), clock.delays);
    }

    @Test
    void anInterruptedSleepStopsTheWait() {
        Script script = new Script(scan("IN_PROGRESS"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class, () -> WaiterRunner.run(SCAN_COMPLETE,
                null, null, script, () -> 0L, millis -> {
                    throw new InterruptedException("stop");
                }));
        try {
            assertEquals(WaiterFailedException.Reason.INTERRUPTED, failure.reason());
            assertEquals("Svc waiter ScanComplete was interrupted after 1 attempt", failure.getMessage());
            assertEquals(1, script.calls);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void callOverridesWinOverWaiterOverridesWhichWinOverTheModel() {
        WaiterOverrideConfiguration waiterLevel = FAST.toBuilder().maxAttempts(5).build();
        WaiterOverrideConfiguration callLevel = WaiterOverrideConfiguration.builder().maxAttempts(2).build();
        Script script = new Script(scan("IN_PROGRESS"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(SCAN_COMPLETE, waiterLevel, callLevel, script));
        assertEquals(2, failure.attemptsExecuted());
        Script again = new Script(scan("IN_PROGRESS"));
        assertEquals(5, assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(SCAN_COMPLETE, waiterLevel, null, again)).attemptsExecuted());
    }

    @Test
    void theModelDelayIsUsedWithoutOverride() {
        WaiterDefinition<Scan> quick = WaiterDefinition.of("Svc", "Quick", "DescribeScan", 0, 2, List.of(COMPLETE));
        assertEquals(Duration.ZERO, quick.delay());
        assertEquals(2, WaiterRunner.run(quick, null, null,
                new Script(scan("IN_PROGRESS"), scan("COMPLETE"))).attemptsExecuted());
        assertEquals(Duration.ofSeconds(5), SCAN_COMPLETE.delay());
        assertEquals(60, SCAN_COMPLETE.maxAttempts());
    }

    @Test
    void aWaiterThatCanNeverSucceedIsNotStarted() {
        WaiterDefinition<Scan> hopeless = WaiterDefinition.of("Svc", "Hopeless", "DescribeScan", 1, 5,
                List.of(FAILED, Acceptor.<Scan>error(WaiterState.RETRY, "Busy")));
        Script script = new Script(scan("COMPLETE"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> WaiterRunner.run(hopeless, FAST, null, script));
        assertEquals(WaiterFailedException.Reason.CANNOT_SUCCEED, failure.reason());
        assertEquals(0, script.calls);
        assertEquals(0, failure.attemptsExecuted());
        assertEquals("Svc waiter Hopeless can never succeed: none of its 2 acceptors has the success state"
                + " [failure when path status == \"FAILED\", retry when error Busy]", failure.getMessage());
        assertNull(failure.lastResponse());
    }

    @Test
    void badDefinitionsAreRejectedClearly() {
        IllegalArgumentException attempts = assertThrows(IllegalArgumentException.class,
                () -> WaiterDefinition.of("Svc", "Never", "DescribeScan", 1, 0, List.of(COMPLETE)));
        assertEquals("Svc waiter Never needs at least one attempt, got 0", attempts.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> WaiterDefinition.<Scan>of("Svc", "Empty", "DescribeScan", 1, 1, List.of()));
        assertEquals("Svc waiter Empty needs at least one acceptor", none.getMessage());
    }

    @Test
    void anInterruptStopsTheWait() {
        WaiterOverrideConfiguration slow = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(30))).build();
        Thread.currentThread().interrupt();
        try {
            WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                    () -> WaiterRunner.run(SCAN_COMPLETE, slow, null, new Script(scan("IN_PROGRESS"))));
            assertEquals(WaiterFailedException.Reason.INTERRUPTED, failure.reason());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void acceptorsWhoseExpressionFailsDoNotMatch() {
        Acceptor<Scan> broken = Acceptor.path(WaiterState.SUCCESS, "status", "x", (Scan s) -> {
            throw new IllegalStateException("boom");
        });
        assertFalse(broken.matches(scan("x")));
        assertFalse(COMPLETE.matchesError(new NotFound("X", 400)), "path acceptors never match errors");
        assertEquals("success when path status == \"COMPLETE\"", COMPLETE.toString());
    }
}
