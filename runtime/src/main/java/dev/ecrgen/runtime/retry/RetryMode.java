package dev.ecrgen.runtime.retry;

import java.util.Locale;

/**
 * The retry modes of the AWS SDK for Java v2, as its {@code aws.retryMode} / {@code AWS_RETRY_MODE} /
 * {@code retry_mode} setting names them: {@code legacy}, {@code standard} and {@code adaptive} (which the SDK maps to
 * its {@code ADAPTIVE_V2} strategy; no other spelling is accepted).
 */
public enum RetryMode {
    /** The SDK's own default: 4 attempts, throttled retries free of quota. */
    LEGACY,
    /** The cross-SDK standard mode: 3 attempts. */
    STANDARD,
    /** Standard retries plus a client-side rate limiter that slows down after throttling. */
    ADAPTIVE;

    /**
     * Reads a configured value, ignoring case.
     *
     * @param value the configured text
     * @return the mode, or null when the text names none
     */
    public static RetryMode fromValue(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "legacy":
                return LEGACY;
            case "standard":
                return STANDARD;
            case "adaptive":
                return ADAPTIVE;
            default:
                return null;
        }
    }

    /**
     * Returns the configuration spelling.
     *
     * @return {@code legacy}, {@code standard} or {@code adaptive}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns how many attempts the mode makes when no maximum is configured.
     *
     * @return 4 for legacy, 3 otherwise
     */
    public int defaultMaxAttempts() {
        return this == LEGACY ? 4 : 3;
    }
}
