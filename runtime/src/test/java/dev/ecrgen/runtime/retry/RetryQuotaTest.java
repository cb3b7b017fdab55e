package dev.ecrgen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryQuotaTest {

    @Test
    void takesUntilEmptyAndRefillsUpToCapacity() {
        RetryQuota quota = new RetryQuota(12);
        assertTrue(quota.tryAcquire(5));
        assertTrue(quota.tryAcquire(5));
        assertEquals(2, quota.available());
        assertFalse(quota.tryAcquire(5));
        assertEquals(2, quota.available());
        assertTrue(quota.tryAcquire(0));
        quota.release(1);
        assertEquals(3, quota.available());
        quota.release(100);
        assertEquals(12, quota.available());
        assertEquals(12, quota.capacity());
    }

    @Test
    void staysConsistentUnderConcurrentUse() throws InterruptedException {
        RetryQuota quota = new RetryQuota(1000);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    if (quota.tryAcquire(5)) {
                        quota.release(5);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1000, quota.available());
    }

    @Test
    void rejectsAnEmptyCapacity() {
        assertEquals("retry quota capacity must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> new RetryQuota(0)).getMessage());
    }
}
