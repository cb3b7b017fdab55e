package dev.ecrgen.runtime.config;

import dev.ecrgen.runtime.retry.RetryMode;
import java.time.Duration;
import java.util.Locale;

/**
 * The AWS SDK's defaults modes ({@code aws.defaultsMode} / {@code AWS_DEFAULTS_MODE} / {@code defaults_mode}) and what
 * each changes in a client: every mode but {@code legacy} makes {@code standard} the default retry mode and sets the
 * connect and TLS negotiation timeouts of an SDK-built HTTP client. {@code auto} is resolved to one of the others
 * before use ({@link ClientConfigResolver}).
 */
public enum DefaultsMode {
    /** Nothing changes: the SDK's historic defaults. */
    LEGACY("legacy", null, null),
    /** Standard retries, 3.1 s connect and TLS timeouts. */
    STANDARD("standard", RetryMode.STANDARD, Duration.ofMillis(3100)),
    /** Standard retries, 30 s connect and TLS timeouts. */
    MOBILE("mobile", RetryMode.STANDARD, Duration.ofMillis(30_000)),
    /** Standard retries, 3.1 s connect and TLS timeouts. */
    CROSS_REGION("cross-region", RetryMode.STANDARD, Duration.ofMillis(3100)),
    /** Standard retries, 1.1 s connect and TLS timeouts. */
    IN_REGION("in-region", RetryMode.STANDARD, Duration.ofMillis(1100)),
    /** Chosen from the environment when the client is built. */
    AUTO("auto", null, null);

    private final String value;
    private final RetryMode retryMode;
    private final Duration connectTimeout;

    DefaultsMode(String value, RetryMode retryMode, Duration connectTimeout) {
        this.value = value;
        this.retryMode = retryMode;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Reads a configured value, ignoring case.
     *
     * @param text the configured text
     * @return the mode, or null when the text names none
     */
    public static DefaultsMode fromValue(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (DefaultsMode mode : values()) {
            if (mode.value.equals(lower)) {
                return mode;
            }
        }
        return null;
    }

    /**
     * Returns the configuration spelling.
     *
     * @return e.g. {@code in-region}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the retry mode this defaults mode makes the default.
     *
     * @return the retry mode, or null when the mode leaves the SDK's default alone
     */
    public RetryMode retryMode() {
        return retryMode;
    }

    /**
     * Returns the connect timeout (and TLS negotiation timeout) this mode gives an SDK-built HTTP client.
     *
     * @return the timeout, or null when the mode leaves the transport's default alone
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }
}
