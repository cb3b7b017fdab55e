package dev.ecrgen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The policies the configured retry modes stand for, with and without AWS_NEW_RETRIES_2026. */
class RetryModeTest {

    @Test
    void readsTheSpellingsTheSdkAccepts() {
        assertEquals(RetryMode.LEGACY, RetryMode.fromValue("legacy"));
        assertEquals(RetryMode.STANDARD, RetryMode.fromValue("STANDARD"));
        assertEquals(RetryMode.ADAPTIVE, RetryMode.fromValue("Adaptive"));
        assertNull(RetryMode.fromValue("adaptive_v2"));
        assertNull(RetryMode.fromValue("fast"));
        assertNull(RetryMode.fromValue(""));
    }

    @Test
    void eachModeHasItsPolicy() {
        assertSame(RetryPolicy.defaults(), RetryPolicy.forMode(RetryMode.LEGACY, false));
        assertSame(RetryPolicy.standard(), RetryPolicy.forMode(RetryMode.STANDARD, false));
        assertSame(RetryPolicy.adaptive(), RetryPolicy.forMode(RetryMode.ADAPTIVE, false));
        assertEquals(4, RetryMode.LEGACY.defaultMaxAttempts());
        assertEquals(3, RetryMode.ADAPTIVE.defaultMaxAttempts());
        RetryPolicy adaptive = RetryPolicy.adaptive();
        assertTrue(adaptive.clientRateLimiting());
        assertEquals(3, adaptive.maxAttempts());
        assertEquals(RetryPolicy.standard().throttlingBaseDelay(), adaptive.throttlingBaseDelay());
        assertTrue(adaptive.newRateLimiter() != adaptive.newRateLimiter(), "one limiter per client");
        assertFalse(RetryPolicy.standard().clientRateLimiting());
        assertNull(RetryPolicy.standard().newRateLimiter());
    }

    @Test
    void newRetries2026ChangesStandardAndAdaptiveOnly() {
        assertSame(RetryPolicy.defaults(), RetryPolicy.forMode(RetryMode.LEGACY, true));
        RetryPolicy standard = RetryPolicy.forMode(RetryMode.STANDARD, true);
        assertEquals(Duration.ofMillis(50), standard.baseDelay());
        assertEquals(Duration.ofSeconds(1), standard.throttlingBaseDelay());
        assertEquals(14, standard.retryCost());
        assertEquals(5, standard.throttlingRetryCost());
        assertEquals(3, standard.maxAttempts());
        assertFalse(standard.clientRateLimiting());
        RetryPolicy adaptive = RetryPolicy.forMode(RetryMode.ADAPTIVE, true);
        assertEquals(Duration.ofMillis(50), adaptive.baseDelay());
        assertEquals(14, adaptive.retryCost());
        assertTrue(adaptive.clientRateLimiting());
    }
}
