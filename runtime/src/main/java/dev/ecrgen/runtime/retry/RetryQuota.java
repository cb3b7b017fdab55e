package dev.ecrgen.runtime.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client-wide token bucket that limits retries when a service keeps failing: each retry takes tokens, each success
 * puts some back. When the bucket cannot pay for a retry, the failure is returned to the caller at once.
 */
public final class RetryQuota {

    private final int capacity;
    private final AtomicInteger available;

    /**
     * Creates a full bucket.
     *
     * @param capacity the number of tokens, positive
     */
    public RetryQuota(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("retry quota capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.available = new AtomicInteger(capacity);
    }

    /**
     * Takes tokens if enough are left.
     *
     * @param amount tokens to take, not negative
     * @return true when they were taken
     */
    public boolean tryAcquire(int amount) {
        if (amount <= 0) {
            return true;
        }
        while (true) {
            int current = available.get();
            if (current < amount) {
                return false;
            }
            if (available.compareAndSet(current, current - amount)) {
                return true;
            }
        }
    }

    /**
     * Returns tokens, never beyond the capacity.
     *
     * @param amount tokens to return, not negative
     */
    public void release(int amount) {
        if (amount <= 0) {
            return;
        }
        while (true) {
            int current = available.get();
            int next = (int) Math.min((long) current + amount, capacity);
            if (current == next || available.compareAndSet(current, next)) {
                return;
            }
        }
    }

    /**
     * Returns the tokens left.
     *
     * @return the available tokens
     */
    public int available() {
        return available.get();
    }

    /**
     * Returns the bucket's size.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }
}
