package dev.ecrgen.runtime.config;

/**
 * A resolved setting and where it came from, in words: {@code the environment variable AWS_USE_FIPS_ENDPOINT},
 * {@code use_fips_endpoint in profile 'dev' of /home/me/.aws/config}, {@code the default}.
 *
 * @param value the value
 * @param source where it came from
 * @param <T> the value's type
 */
public record ConfigValue<T>(T value, String source) {

    /** The source of a value nobody configured. */
    public static final String DEFAULT = "the default";

    /** Checks that both parts are present. */
    public ConfigValue {
        if (value == null || source == null) {
            throw new IllegalArgumentException("ConfigValue needs a value and a source, got " + value + " from " + source);
        }
    }

    /**
     * Tells whether the value was configured rather than defaulted.
     *
     * @return false for {@link #DEFAULT}
     */
    public boolean configured() {
        return !DEFAULT.equals(source);
    }
}
