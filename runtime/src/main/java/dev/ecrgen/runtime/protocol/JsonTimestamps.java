package dev.ecrgen.runtime.protocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Timestamp reading and writing for {@link Json}; epoch seconds stay exact to the nanosecond. */
final class JsonTimestamps {

    /** Epoch seconds whose milliseconds fit the long an instant is built from. */
    private static final BigDecimal LARGEST_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE, 3);
    private static final BigDecimal SMALLEST_SECONDS = BigDecimal.valueOf(Long.MIN_VALUE, 3);

    private JsonTimestamps() {
    }

    static Instant read(JsonReader parser) throws IOException {
        JsonToken token = parser.currentToken();
        try {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(parser.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                // The number's digits or text, not a double: a double cannot hold milliseconds exactly at today's
                // epoch values.
                long millis = parser.thousandthsOrMinValue();
                return millis != Long.MIN_VALUE ? Instant.ofEpochMilli(millis) : fromEpochText(parser.getText());
            }
            if (token == JsonToken.VALUE_STRING) {
                return parseText(parser.getText().trim());
            }
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw parser.error("Expected a timestamp (epoch seconds, ISO-8601 or RFC-822): " + e.getMessage(), e);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw Json.unexpected(parser, "a timestamp");
    }

    /**
     * Parses ISO-8601 ({@code 2024-05-01T12:34:56.5Z}, {@code ...+02:00}; no offset means UTC), RFC-822
     * ({@code Wed, 01 May 2024 12:34:56 GMT}) or epoch seconds written as a string.
     */
    static Instant parseText(String text) {
        if (text.isEmpty()) {
            throw new DateTimeException("empty string");
        }
        if (Character.isLetter(text.charAt(0)) || text.indexOf(' ') > 0) {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        }
        if (text.indexOf('T') > 0 || text.indexOf(':') > 0) {
            return parseIso(text);
        }
        return fromEpochSeconds(new BigDecimal(text));
    }

    private static Instant parseIso(String text) {
        char last = text.charAt(text.length() - 1);
        boolean hasOffset = last == 'Z' || last == 'z' || hasNumericOffset(text);
        if (hasOffset) {
            return OffsetDateTime.parse(text.replace('z', 'Z')).toInstant();
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private static boolean hasNumericOffset(String text) {
        int time = text.indexOf('T');
        if (time < 0) {
            return false;
        }
        return text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0;
    }

    /**
     * Epoch seconds written as a plain decimal ({@code 1483476253.831}) to an instant, without a {@code BigDecimal}
     * on the common path; exponents and very long numbers take the exact route.
     */
    static Instant fromEpochText(String text) {
        int end = text.length();
        boolean negative = end > 0 && text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int dot = start;
        long seconds = 0;
        // at most 15 digits before the dot, so the seconds cannot overflow
        for (; dot < end && dot - start < 16; dot++) {
            char c = text.charAt(dot);
            if (c < '0' || c > '9') {
                break;
            }
            seconds = seconds * 10 + (c - '0');
        }
        if (dot == start || dot == end || text.charAt(dot) != '.' || dot - start > 15) {
            return fromEpochSeconds(new BigDecimal(text)); // exponents, long or malformed numbers
        }
        int millis = 0;
        int digits = 0;
        for (int i = dot + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return fromEpochSeconds(new BigDecimal(text));
            }
            if (digits++ < 3) {
                millis = millis * 10 + (c - '0');
            }
        }
        for (; digits < 3; digits++) {
            millis *= 10;
        }
        long total = seconds * 1000L + millis;
        return Instant.ofEpochMilli(negative ? -total : total);
    }

    /**
     * Epoch seconds to an instant at millisecond precision, the precision AWS services use; extra digits are cut
     * toward zero, as the AWS SDK for Java does.
     */
    static Instant fromEpochSeconds(BigDecimal seconds) {
        // beyond a long of milliseconds, longValue() would keep only the low 64 bits: a wrong instant, not an error
        if (seconds.compareTo(LARGEST_SECONDS) > 0 || seconds.compareTo(SMALLEST_SECONDS) < 0) {
            throw new DateTimeException("epoch seconds out of range: " + seconds);
        }
        return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }

    static void write(JsonWriter writer, Instant value, TimestampFormat format) {
        if (format == null || format == TimestampFormat.EPOCH_SECONDS) {
            writeEpochSeconds(writer, value);
        } else if (format == TimestampFormat.ISO_8601) {
            writer.writeString(value.toString());
        } else {
            writer.writeString(Rfc822.FORMAT.format(value.atOffset(ZoneOffset.UTC)));
        }
    }

    /** Epoch seconds at millisecond precision: a whole number when there are no milliseconds. */
    private static void writeEpochSeconds(JsonWriter writer, Instant value) {
        long millis = value.toEpochMilli();
        if (millis % 1000 == 0) {
            writer.writeNumber(millis / 1000);
            return;
        }
        writer.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
    }

    /** Holds the RFC-822 formatter so it is only built when a member uses that format. */
    private static final class Rfc822 {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    }
}
