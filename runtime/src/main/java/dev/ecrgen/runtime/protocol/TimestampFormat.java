package dev.ecrgen.runtime.protocol;

/** How a timestamp member is written on the wire. */
public enum TimestampFormat {
    /** Seconds since the epoch as a JSON number, with a fraction when needed. */
    EPOCH_SECONDS,
    /** An ISO-8601 date-time string in UTC, e.g. {@code 2024-05-01T12:34:56.789Z}. */
    ISO_8601,
    /** An RFC-822 date string, e.g. {@code Wed, 01 May 2024 12:34:56 GMT}. */
    RFC_822;

    /**
     * Maps a model's {@code timestampFormat} value.
     *
     * @param modelValue {@code unixTimestamp}, {@code iso8601}, {@code rfc822}, or null for the JSON default
     * @return the format
     * @throws IllegalArgumentException for any other value
     */
    public static TimestampFormat fromModel(String modelValue) {
        if (modelValue == null) {
            return EPOCH_SECONDS;
        }
        switch (modelValue) {
            case "unixTimestamp":
                return EPOCH_SECONDS;
            case "iso8601":
                return ISO_8601;
            case "rfc822":
                return RFC_822;
            default:
                throw new IllegalArgumentException("Unknown timestampFormat '" + modelValue
                        + "': expected unixTimestamp, iso8601 or rfc822");
        }
    }
}
