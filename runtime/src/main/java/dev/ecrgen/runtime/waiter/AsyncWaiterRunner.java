package dev.ecrgen.runtime.waiter;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;

/** Runs a waiter without blocking: each poll is started when the delay after the previous one has passed. */
public final class AsyncWaiterRunner {

    private AsyncWaiterRunner() {
    }

    /**
     * Polls until an acceptor reaches success or the wait fails.
     *
     * @param definition the waiter
     * @param waiterOverride the waiter's own overrides of the model's delay and attempts, or null
     * @param callOverride overrides for this wait, taking precedence, or null
     * @param scheduler schedules the polls after the delay, or null for the JDK's shared delayed executor
     * @param poll starts one call of the polled operation
     * @param <R> the response type
     * @return completes with how the wait succeeded, or exceptionally with a {@link WaiterFailedException} saying
     *     why it did not; cancelling it stops the polling
     */
    public static <R> CompletableFuture<WaiterResponse<R>> run(WaiterDefinition<R> definition,
            WaiterOverrideConfiguration waiterOverride, WaiterOverrideConfiguration callOverride,
            ScheduledExecutorService scheduler, Supplier<? extends CompletableFuture<? extends R>> poll) {
        return run(definition, waiterOverride, callOverride, scheduler, poll, System::nanoTime);
    }

    /** {@link #run} timed by a given clock, so tests with a scheduler of their own control time entirely. */
    static <R> CompletableFuture<WaiterResponse<R>> run(WaiterDefinition<R> definition,
            WaiterOverrideConfiguration waiterOverride, WaiterOverrideConfiguration callOverride,
            ScheduledExecutorService scheduler, Supplier<? extends CompletableFuture<? extends R>> poll,
            LongSupplier nanoClock) {
        CompletableFuture<WaiterResponse<R>> result = new CompletableFuture<>();
        WaitProgress<R> progress;
        try {
            progress = new WaitProgress<>(definition, waiterOverride, callOverride, nanoClock);
            progress.checkCanSucceed();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return result;
        }
        poll(progress, scheduler, poll, result);
        return result;
    }

    private static <R> void poll(WaitProgress<R> progress, ScheduledExecutorService scheduler,
            Supplier<? extends CompletableFuture<? extends R>> poll, CompletableFuture<WaiterResponse<R>> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<? extends R> call;
        try {
            call = poll.get();
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((response, failure) -> {
            Throwable error = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            WaiterResult<R> done;
            try {
                done = progress.onPoll(error == null ? response : null, error);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (done != null) {
                result.complete(done);
                return;
            }
            after(scheduler, progress.nextDelayMillis()).execute(() -> poll(progress, scheduler, poll, result));
        });
    }

    private static Executor after(ScheduledExecutorService scheduler, long delayMillis) {
        if (scheduler == null) {
            return CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS);
        }
        return task -> scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
}
