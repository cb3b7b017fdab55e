package dev.ecrgen.runtime.error;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the service's clock from a response Date header and measures how far the local clock is from it. */
public final class ClockSkew {

    /** A difference larger than this counts as skew, as in the AWS SDKs. */
    public static final long THRESHOLD_MILLIS = 4 * 60 * 1000L;

    private ClockSkew() {
    }

    /**
     * Returns server time minus client time, from the response's Date header.
     *
     * @param details the error response
     * @param clientMillis the client's time when the request was signed, in epoch milliseconds
     * @return the difference in milliseconds, or 0 when the Date header is missing or unreadable
     */
    public static long offsetMillis(AwsErrorDetails details, long clientMillis) {
        Instant server = serverTime(details);
        return server == null ? 0 : server.toEpochMilli() - clientMillis;
    }

    /**
     * Tells whether the response's Date header differs from the client's time by more than {@link #THRESHOLD_MILLIS}.
     *
     * @param details the error response
     * @param clientMillis the client's time in epoch milliseconds
     * @return true when the clocks disagree by more than the threshold
     */
    public static boolean isSkewed(AwsErrorDetails details, long clientMillis) {
        return Math.abs(offsetMillis(details, clientMillis)) > THRESHOLD_MILLIS;
    }

    private static Instant serverTime(AwsErrorDetails details) {
        String date = details.header("Date").orElse(null);
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
