package dev.ecrgen.runtime.config;

import java.util.Locale;

/**
 * The account-ID endpoint mode ({@code aws.accountIdEndpointMode} / {@code AWS_ACCOUNT_ID_ENDPOINT_MODE} /
 * {@code account_id_endpoint_mode}), the value of the {@code AWS::Auth::AccountIdEndpointMode} builtIn of rule sets
 * that route by account ID. The AWS SDK reads it only for services whose rule set has that builtIn.
 */
public enum AccountIdEndpointMode {
    /** Use an account-ID endpoint when the credentials carry an account ID (the default). */
    PREFERRED,
    /** Never use account-ID endpoints. */
    DISABLED,
    /** Fail when the credentials carry no account ID. */
    REQUIRED;

    /**
     * Reads a configured value, ignoring case.
     *
     * @param text the configured text
     * @return the mode, or null when the text names none
     */
    public static AccountIdEndpointMode fromValue(String text) {
        for (AccountIdEndpointMode mode : values()) {
            if (mode.value().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        return null;
    }

    /**
     * Returns the configuration spelling, which the rule set compares with.
     *
     * @return {@code preferred}, {@code disabled} or {@code required}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
