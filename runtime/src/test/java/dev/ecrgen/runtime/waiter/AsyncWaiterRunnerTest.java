package dev.ecrgen.runtime.waiter;

import static dev.ecrgen.runtime.waiter.WaiterRunnerTest.FAST;
import static dev.ecrgen.runtime.waiter.WaiterRunnerTest.SCAN_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.ManualClock;
import dev.ecrgen.runtime.waiter.WaiterRunnerTest.Scan;
import dev.ecrgen.runtime.waiter.WaiterRunnerTest.Script;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

class AsyncWaiterRunnerTest {

    private static CompletableFuture<Scan> async(Script script) {
        return CompletableFuture.supplyAsync(script::get);
    }

    @Test
    void pollsWithoutBlockingUntilSuccess() throws Exception {
        Script script = new Script(new Scan("IN_PROGRESS", List.of()), new Scan("COMPLETE", List.of()));
        WaiterResponse<Scan> result = AsyncWaiterRunner.run(SCAN_COMPLETE, FAST, null, null, () -> async(script))
                .get(5, TimeUnit.SECONDS);
        assertEquals(2, result.attemptsExecuted());
        assertEquals("COMPLETE", result.matched().response().orElseThrow().status());
    }

    @Test
    void schedulesEachPollAfterTheDelayOnTheGivenScheduler() throws Exception {
        ManualClock clock = new ManualClock();
        Script script = new Script(new Scan("IN_PROGRESS", List.of()), new Scan("IN_PROGRESS", List.of()),
                new Scan("COMPLETE", List.of()));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20))).build();
        CompletableFuture<WaiterResponse<Scan>> wait = AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, clock,
                () -> CompletableFuture.completedFuture(script.get()), clock::nanoTime);
        assertEquals(1, script.calls, "the first poll starts at once");
        clock.advance(19);
        assertEquals(1, script.calls, "not before the delay");
        clock.advance(1);
        assertEquals(2, script.calls);
        assertFalse(wait.isDone());
        clock.advance(20);
        assertEquals(3, script.calls);
        assertEquals(3, wait.getNow(null).attemptsExecuted());
        assertEquals(List.of(20L, 20L), clock.delays);
        assertEquals(0, clock.pending());
    }

    @Test
    void failuresCompleteTheFutureWithTheReason() {
        Script script = new Script(new Scan("FAILED", List.of()));
        CompletableFuture<WaiterResponse<Scan>> wait =
                AsyncWaiterRunner.run(SCAN_COMPLETE, FAST, null, null, () -> async(script));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> wait.get(5, TimeUnit.SECONDS));
        WaiterFailedException cause = assertInstanceOf(WaiterFailedException.class, failure.getCause());
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, cause.reason());
        assertEquals(1, cause.attemptsExecuted());
    }

    @Test
    void timesOutLikeTheBlockingRunner() {
        ManualClock clock = new ManualClock();
        Script script = new Script(new Scan("IN_PROGRESS", List.of()));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(30)))
                .waitTimeout(Duration.ofMillis(80)).build();
        CompletableFuture<WaiterResponse<Scan>> wait = AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, clock,
                () -> CompletableFuture.completedFuture(script.get()), clock::nanoTime);
        clock.runAll();
        // polls at 0, 30 and 60 ms; the next, at 90 ms, would pass the 80 ms timeout
        ExecutionException failure = assertThrows(ExecutionException.class, () -> wait.get(0, TimeUnit.SECONDS));
        WaiterFailedException cause = assertInstanceOf(WaiterFailedException.class, failure.getCause());
        assertEquals(WaiterFailedException.Reason.TIMEOUT, cause.reason());
        assertEquals(3, cause.attemptsExecuted());
        assertEquals(3, script.calls);
        assertEquals(List.of(30L, 30L), clock.delays);
        assertEquals("Svc waiter ScanComplete gave up after 3 attempts and 60 ms: the next attempt, 30 ms later, would"
                + " come after the wait timeout of 80 ms", cause.getMessage());
    }

    @Test
    void pollsThatThrowAreErrorsToo() {
        CompletableFuture<WaiterResponse<Scan>> wait = AsyncWaiterRunner.run(SCAN_COMPLETE, FAST, null, null, () -> {
            throw new IllegalStateException("cannot even start");
        });
        ExecutionException failure = assertThrows(ExecutionException.class, () -> wait.get(5, TimeUnit.SECONDS));
        WaiterFailedException cause = assertInstanceOf(WaiterFailedException.class, failure.getCause());
        assertEquals(WaiterFailedException.Reason.UNEXPECTED_EXCEPTION, cause.reason());
        assertEquals("cannot even start", cause.getCause().getMessage());
    }

    @Test
    void cancellingStopsThePolling() {
        ManualClock clock = new ManualClock();
        Script script = new Script(new Scan("IN_PROGRESS", List.of()));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20))).build();
        CompletableFuture<WaiterResponse<Scan>> wait = AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, clock,
                () -> CompletableFuture.completedFuture(script.get()), clock::nanoTime);
        clock.advance(20);
        assertEquals(2, script.calls);
        wait.cancel(true);
        clock.advance(1_000);
        assertEquals(2, script.calls, "no poll after the cancel");
        assertEquals(List.of(20L, 20L), clock.delays, "the poll already scheduled finds the wait cancelled");
    }
}
