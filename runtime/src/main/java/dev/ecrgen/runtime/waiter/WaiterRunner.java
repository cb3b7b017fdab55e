package dev.ecrgen.runtime.waiter;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/** Runs a waiter on the calling thread: poll, judge, sleep, poll again. */
public final class WaiterRunner {

    private WaiterRunner() {
    }

    /**
     * Polls until an acceptor reaches success or the wait fails.
     *
     * @param definition the waiter
     * @param waiterOverride the waiter's own overrides of the model's delay and attempts, or null
     * @param callOverride overrides for this wait, taking precedence, or null
     * @param poll makes one call of the polled operation
     * @param <R> the response type
     * @return how the wait succeeded
     * @throws WaiterFailedException when it did not, saying why
     */
    public static <R> WaiterResult<R> run(WaiterDefinition<R> definition, WaiterOverrideConfiguration waiterOverride,
            WaiterOverrideConfiguration callOverride, Supplier<? extends R> poll) {
        return run(definition, waiterOverride, callOverride, poll, System::nanoTime, Thread::sleep);
    }

    /** Sleeps between polls; {@link Thread#sleep(long)} outside tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** {@link #run} on a given clock and sleeper, so tests see every delay without waiting. */
    static <R> WaiterResult<R> run(WaiterDefinition<R> definition, WaiterOverrideConfiguration waiterOverride,
            WaiterOverrideConfiguration callOverride, Supplier<? extends R> poll, LongSupplier nanoClock,
            Sleeper sleeper) {
        WaitProgress<R> progress = new WaitProgress<>(definition, waiterOverride, callOverride, nanoClock);
        progress.checkCanSucceed();
        while (true) {
            R response = null;
            Throwable error = null;
            try {
                response = poll.get();
            } catch (RuntimeException e) {
                error = e;
            }
            WaiterResult<R> result = progress.onPoll(response, error);
            if (result != null) {
                return result;
            }
            try {
                sleeper.sleep(progress.nextDelayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw progress.interrupted(e);
            }
        }
    }
}
