package dev.ecrgen.runtime.waiter;

import static dev.ecrgen.runtime.waiter.WaiterRunnerTest.FAST;
import static dev.ecrgen.runtime.waiter.WaiterRunnerTest.SCAN_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.waiter.WaiterRunnerTest.Scan;
import dev.ecrgen.runtime.waiter.WaiterRunnerTest.Script;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
    void usesTheGivenScheduler() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Script script = new Script(new Scan("IN_PROGRESS", List.of()), new Scan("COMPLETE", List.of()));
            WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                    .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20))).build();
            WaiterResponse<Scan> result = AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, scheduler,
                    () -> async(script)).get(5, TimeUnit.SECONDS);
            assertEquals(2, result.attemptsExecuted());
        } finally {
            scheduler.shutdownNow();
        }
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
        Script script = new Script(new Scan("IN_PROGRESS", List.of()));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(30)))
                .waitTimeout(Duration.ofMillis(80)).build();
        CompletableFuture<WaiterResponse<Scan>> wait =
                AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, null, () -> async(script));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> wait.get(5, TimeUnit.SECONDS));
        WaiterFailedException cause = assertInstanceOf(WaiterFailedException.class, failure.getCause());
        assertEquals(WaiterFailedException.Reason.TIMEOUT, cause.reason());
        assertTrue(cause.attemptsExecuted() >= 1 && cause.attemptsExecuted() <= 3, cause.getMessage());
        assertEquals(cause.attemptsExecuted(), script.calls);
        assertTrue(cause.getMessage().endsWith("would come after the wait timeout of 80 ms"), cause.getMessage());
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
    void cancellingStopsThePolling() throws Exception {
        Script script = new Script(new Scan("IN_PROGRESS", List.of()));
        WaiterOverrideConfiguration override = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20))).build();
        CompletableFuture<WaiterResponse<Scan>> wait =
                AsyncWaiterRunner.run(SCAN_COMPLETE, null, override, null, () -> async(script));
        Thread.sleep(50);
        wait.cancel(true);
        int calls = script.calls;
        Thread.sleep(100);
        assertTrue(script.calls <= calls + 1, "at most the poll already under way: " + calls + " then " + script.calls);
    }
}
