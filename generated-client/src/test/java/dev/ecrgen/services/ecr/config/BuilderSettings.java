package dev.ecrgen.services.ecr.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builder settings a case passes to a child as {@code key=value} arguments, in the names of the official builder.
 * Values: {@code region} a region id; {@code endpointOverride} a URI; {@code fipsEnabled} and {@code dualstackEnabled}
 * {@code true}/{@code false}; {@code retryMode} a {@code RetryMode} constant ({@code LEGACY}, {@code STANDARD},
 * {@code ADAPTIVE_V2}); {@code defaultsMode} a defaults mode value ({@code standard}, {@code in-region}, ...).
 */
final class BuilderSettings {
    static final String REGION = "region";
    static final String ENDPOINT_OVERRIDE = "endpointOverride";
    static final String FIPS = "fipsEnabled";
    static final String DUALSTACK = "dualstackEnabled";
    static final String RETRY_MODE = "retryMode";
    static final String DEFAULTS_MODE = "defaultsMode";

    static final String ACCESS_KEY = "AKIDCONFIGCASE";
    static final String SECRET_KEY = "config-case-secret";

    private BuilderSettings() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a builder setting is key=value, got " + arg);
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return settings;
    }
}
