package dev.ecrgen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaultsMatchTheAwsSdkLegacyMode() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertEquals(4, policy.maxAttempts());
        assertEquals(Duration.ofMillis(100), policy.baseDelay());
        assertEquals(Duration.ofMillis(500), policy.throttlingBaseDelay());
        assertEquals(Duration.ofSeconds(20), policy.maxBackoff());
        assertEquals(Jitter.FULL, policy.jitter());
        assertEquals(Jitter.EQUAL, policy.throttlingJitter());
        assertTrue(policy.retryQuotaEnabled());
        assertEquals(500, policy.retryQuotaCapacity());
        assertEquals(5, policy.retryCost());
        assertEquals(0, policy.throttlingRetryCost());
        assertSame(Sleeper.system(), policy.sleeper());
    }

    @Test
    void standardMatchesTheAwsSdkStandardMode() {
        RetryPolicy policy = RetryPolicy.standard();
        assertEquals(3, policy.maxAttempts());
        assertEquals(Duration.ofMillis(100), policy.baseDelay());
        assertEquals(Duration.ofSeconds(1), policy.throttlingBaseDelay());
        assertEquals(Jitter.FULL, policy.throttlingJitter());
        assertEquals(5, policy.retryCost());
        assertEquals(5, policy.throttlingRetryCost());
    }

    @Test
    void noneMakesOneAttemptWithoutQuota() {
        assertEquals(1, RetryPolicy.none().maxAttempts());
        assertFalse(RetryPolicy.none().retryQuotaEnabled());
        assertNull(RetryPolicy.none().newQuota());
    }

    @Test
    void ceilingsDoubleFromTheBaseUpToTheCap() {
        RetryPolicy policy = RetryPolicy.builder().jitter(Jitter.NONE).throttlingJitter(Jitter.NONE).build();
        Random random = new Random(1);
        assertEquals(0, policy.backoffMillis(1, false, random));
        assertEquals(100, policy.backoffMillis(2, false, random));
        assertEquals(200, policy.backoffMillis(3, false, random));
        assertEquals(400, policy.backoffMillis(4, false, random));
        assertEquals(500, policy.backoffMillis(2, true, random));
        assertEquals(1000, policy.backoffMillis(3, true, random));
        assertEquals(20_000, policy.backoffMillis(12, false, random));
        assertEquals(20_000, policy.backoffMillis(Integer.MAX_VALUE, true, random));
    }

    @Test
    void fullJitterStaysBelowTheCeilingAndEqualJitterInItsUpperHalf() {
        RetryPolicy policy = RetryPolicy.defaults();
        Random random = new Random(42);
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int i = 0; i < 2000; i++) {
            long full = policy.backoffMillis(3, false, random);
            assertTrue(full >= 0 && full < 200, "full jitter out of range: " + full);
            long equal = policy.backoffMillis(3, true, random);
            assertTrue(equal >= 500 && equal <= 1000, "equal jitter out of range: " + equal);
            smallest = Math.min(smallest, full);
            largest = Math.max(largest, full);
        }
        assertTrue(smallest < 20 && largest > 180, "full jitter should spread over the range");
    }

    @Test
    void jitterHandlesAZeroCeiling() {
        assertEquals(0, Jitter.FULL.apply(0, new Random()));
        assertEquals(0, Jitter.EQUAL.apply(-5, new Random()));
        assertEquals(7, Jitter.NONE.apply(7, new Random()));
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            long wait = Jitter.EQUAL.apply(2, random);
            assertTrue(wait == 1 || wait == 2, "equal jitter of 2 ms gave " + wait);
        }
    }

    @Test
    void toBuilderKeepsEverythingElse() {
        Sleeper sleeper = millis -> { };
        RetryPolicy custom = RetryPolicy.standard().toBuilder().maxAttempts(7).sleeper(sleeper).build();
        assertEquals(7, custom.maxAttempts());
        assertEquals(Duration.ofSeconds(1), custom.throttlingBaseDelay());
        assertEquals(5, custom.throttlingRetryCost());
        assertSame(sleeper, custom.sleeper());
        assertEquals(3, RetryPolicy.standard().maxAttempts());
    }

    @Test
    void rejectsBadSettingsByName() {
        assertEquals("maxAttempts must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().maxAttempts(0)).getMessage());
        assertEquals("baseDelay must be zero or positive, was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(-1))).getMessage());
        assertEquals("maxBackoff must be zero or positive, was null", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().maxBackoff(null)).getMessage());
        assertEquals("retryCost must be zero or positive, was -1", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().retryCost(-1)).getMessage());
        assertEquals("retryQuotaCapacity must be positive, was 0", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().retryQuotaCapacity(0)).getMessage());
        assertEquals("sleeper must not be null", assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().sleeper(null)).getMessage());
    }
}
