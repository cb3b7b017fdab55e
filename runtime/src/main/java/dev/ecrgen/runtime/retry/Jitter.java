package dev.ecrgen.runtime.retry;

import java.util.Random;

/** How a backoff ceiling becomes the actual wait. */
public enum Jitter {
    /** Anywhere from zero up to (not including) the ceiling. */
    FULL,
    /** Half the ceiling plus anywhere up to the other half (inclusive). */
    EQUAL,
    /** Exactly the ceiling. */
    NONE;

    /**
     * Picks the wait for a ceiling.
     *
     * @param ceilingMillis the exponential ceiling in milliseconds
     * @param random the random source
     * @return the wait in milliseconds
     */
    public long apply(long ceilingMillis, Random random) {
        if (ceilingMillis <= 0) {
            return 0;
        }
        int ceiling = (int) Math.min(Integer.MAX_VALUE - 1, ceilingMillis);
        switch (this) {
            case FULL:
                return random.nextInt(ceiling);
            case EQUAL:
                return ceiling / 2 + random.nextInt(ceiling / 2 + 1);
            default:
                return ceiling;
        }
    }
}
