package dev.ecrgen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The adaptive mode's rate limiter on a hand-driven clock. Expected figures are worked out from the algorithm: the
 * measured rate folds each half-second bucket in with weight 0.8; a throttle cuts the rate to 0.7 x the measured rate;
 * a success sets it to 0.4 (t - lastThrottle - W)^3 + lastMax with W = cbrt(lastMax x 0.3 / 0.4), capped at twice the
 * measured rate and never below 0.5.
 */
class ClientRateLimiterTest {
    private long nanos;
    private final ClientRateLimiter limiter = new ClientRateLimiter(() -> nanos);

    private void at(double seconds) {
        nanos = Math.round(seconds * 1_000_000_000L);
    }

    @Test
    void staysOffUntilTheFirstThrottlingResponse() {
        at(10.0);
        limiter.onAttemptResult(false);
        assertFalse(limiter.enabled());
        assertEquals(0, limiter.acquireDelayMillis());
        assertEquals(0, limiter.acquireDelayMillis());
        // first bucket: 1 request over the 10 s since bucket 0 gives 0.1/s, smoothed to 0.08
        assertEquals(0.08, limiter.measuredRate(), 1e-12);
        // success before any throttle: min(0.4 x 10^3, 2 x 0.08) = 0.16, raised to the 0.5 floor
        assertEquals(0.5, limiter.fillRate(), 1e-12);
    }

    @Test
    void throttlingCutsTheRateAndSpacesAttempts() {
        at(1.0);
        limiter.onAttemptResult(false); // bucket 1.0: rate 1/1 = 1, smoothed 0.8
        at(1.5);
        limiter.onAttemptResult(false); // bucket 1.5: 1/0.5 = 2; 2 x 0.8 + 0.8 x 0.2 = 1.76
        assertEquals(1.76, limiter.measuredRate(), 1e-12);
        at(2.0);
        limiter.onAttemptResult(true); // bucket 2.0: 2 x 0.8 + 1.76 x 0.2 = 1.952; throttled: 1.952 x 0.7
        assertTrue(limiter.enabled());
        assertEquals(1.952, limiter.measuredRate(), 1e-12);
        assertEquals(1.952 * 0.7, limiter.fillRate(), 1e-12);
        // the bucket: 0.25 refilled at 0.5/s by t=1.5 (rate then 1.35), plus 0.5 s x 1.35 by t=2.0 = 0.925
        assertEquals(0.925, limiter.capacity(), 1e-12);
        // the first attempt takes a token on credit: the missing 0.075 at 1.3664/s is 54.9 ms, rounded up
        assertEquals(55, limiter.acquireDelayMillis());
        // a second one at the same instant waits for 1.075 tokens: 786.7 ms
        assertEquals(787, limiter.acquireDelayMillis());
        at(2.787);
        // 0.787 s x 1.3664 = 1.07536 tokens repaid both credits with 0.00036 to spare, so the next waits 731.6 ms
        assertEquals(732, limiter.acquireDelayMillis());
    }

    @Test
    void successAfterThrottlingGrowsAlongTheCubic() {
        at(1.0);
        limiter.onAttemptResult(false);
        at(1.5);
        limiter.onAttemptResult(false);
        at(2.0);
        limiter.onAttemptResult(true); // lastMax = 1.952, rate 1.3664
        at(4.0);
        limiter.onAttemptResult(false);
        // bucket 4.0: 1 request over 2 s = 0.5; 0.5 x 0.8 + 1.952 x 0.2 = 0.7904
        double measured = 0.5 * 0.8 + 1.952 * 0.2;
        assertEquals(measured, limiter.measuredRate(), 1e-12);
        double window = Math.pow(1.952 * 0.3 / 0.4, 1.0 / 3);
        double cubic = 0.4 * Math.pow(2.0 - window, 3) + 1.952;
        // the cubic (about 1.95) is above twice the measured rate (1.5808), which caps it
        assertTrue(cubic > 2 * measured);
        assertEquals(2 * measured, limiter.fillRate(), 1e-12);
    }

    @Test
    void theFillRateNeverDropsBelowHalfARequestPerSecond() {
        at(0.5);
        limiter.onAttemptResult(true); // 1 request over 0.5 s: measured 1.6, throttled rate 1.12
        assertEquals(1.12, limiter.fillRate(), 1e-12);
        at(100.0);
        // a quiet 99.5 s: measured 1/99.5 x 0.8 + 1.6 x 0.2 = 0.328; 0.328 x 0.7 = 0.23, raised to the 0.5 floor
        limiter.onAttemptResult(true);
        assertEquals(0.5, limiter.fillRate(), 1e-12);
        // the bucket refilled to its new capacity of 1 (the floor), so one attempt goes at once
        assertEquals(1.0, limiter.capacity(), 1e-12);
        assertEquals(0, limiter.acquireDelayMillis());
        assertEquals(2000, limiter.acquireDelayMillis(), "the next token at 0.5/s is two seconds away");
    }
}
