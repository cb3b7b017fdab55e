package dev.ecrgen.runtime.retry;

/** The {@link Sleeper} behind {@link Sleeper#system()}. */
enum ThreadSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
