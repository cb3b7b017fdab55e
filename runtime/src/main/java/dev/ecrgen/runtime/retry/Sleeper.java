package dev.ecrgen.runtime.retry;

/** Waits between attempts; tests replace it to avoid real sleeping. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @param millis milliseconds to wait, never negative
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(long millis) throws InterruptedException;

    /**
     * Returns the sleeper that uses {@link Thread#sleep(long)}.
     *
     * @return the real sleeper
     */
    static Sleeper system() {
        return ThreadSleeper.INSTANCE;
    }
}
