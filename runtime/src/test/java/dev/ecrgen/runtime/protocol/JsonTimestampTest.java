package dev.ecrgen.runtime.protocol;

import static dev.ecrgen.runtime.protocol.JsonReadTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonTimestampTest {

    private static Instant timestamp(String json) throws IOException {
        return read(json, parser -> Json.readTimestamp(parser, TimestampFormat.EPOCH_SECONDS));
    }

    @Test
    void epochSecondsKeepTheFractionToTheNanosecond() throws IOException {
        assertEquals(Instant.ofEpochSecond(1714566896L), timestamp("1714566896"));
        assertEquals(Instant.ofEpochSecond(1714566896L, 123_000_000), timestamp("1714566896.123456789"));
        assertEquals(Instant.ofEpochSecond(1714566896L, 500_000_000), timestamp("1714566896.5"));
        assertEquals(Instant.ofEpochSecond(1_500_000_000L), timestamp("1.5E9"));
        assertEquals(Instant.ofEpochSecond(-2L, 750_000_000), timestamp("-1.25"));
        assertEquals(Instant.ofEpochSecond(1L, 999_000_000), timestamp("1.9999999999"));
        assertEquals(Instant.ofEpochMilli(-500), timestamp("-0.5"));
        assertEquals(Instant.ofEpochMilli(0), timestamp("0.0009"));
        assertEquals(Instant.ofEpochMilli(1483476253830L), timestamp("1483476253.83"));
        assertEquals(Instant.ofEpochMilli(1483476253831L), timestamp("1483476253.831322739"));
        assertEquals(Instant.ofEpochMilli(-999_999_999_999_999_500L), timestamp("-999999999999999.5"));
        assertEquals(Instant.ofEpochSecond(1_000_000_000_000_000L, 250_000_000),
                timestamp("1000000000000000.25"));
        assertEquals(Instant.ofEpochMilli(2500), timestamp("25e-1"));
        assertEquals(Instant.ofEpochMilli(2500), timestamp("0.25E1"));
    }

    @Test
    void epochSecondsFromDigitsAndFromTextAgree() throws IOException {
        String[] numbers = {"0e400", "-0.0001", "1e15", "9.22e15", "9223372036854775.807", "123456789012345678e-3",
            "1234567890123456789e-3", "0.000000000000000000001", "-1483476253.8319", "17E-1"};
        for (String number : numbers) {
            assertEquals(JsonTimestamps.fromEpochText(number), timestamp(number), number);
        }
    }

    @Test
    void epochSecondsAreReadFromTheirText() {
        assertEquals(Instant.ofEpochMilli(1714566896125L), JsonTimestamps.fromEpochText("1714566896.125"));
        assertEquals(Instant.ofEpochMilli(-1714566896125L), JsonTimestamps.fromEpochText("-1714566896.125"));
    }

    @Test
    void aNumberIsEpochSecondsWhateverTheDeclaredFormat() throws IOException {
        assertEquals(Instant.ofEpochSecond(10, 5_000_000), read("10.005000001",
                parser -> Json.readTimestamp(parser, TimestampFormat.ISO_8601)));
    }

    @Test
    void readsIso8601WithZoneOrOffset() throws IOException {
        assertEquals(Instant.parse("2024-05-01T12:34:56Z"), timestamp("\"2024-05-01T12:34:56Z\""));
        assertEquals(Instant.parse("2024-05-01T12:34:56.789Z"), timestamp("\"2024-05-01T12:34:56.789Z\""));
        assertEquals(Instant.parse("2024-05-01T10:34:56Z"), timestamp("\"2024-05-01T12:34:56+02:00\""));
        assertEquals(Instant.parse("2024-05-01T17:34:56.000000001Z"),
                timestamp("\"2024-05-01T12:34:56.000000001-05:00\""));
        assertEquals(Instant.parse("2024-05-01T12:34:56Z"), timestamp("\"2024-05-01T12:34:56\""));
    }

    @Test
    void readsRfc822() throws IOException {
        assertEquals(Instant.parse("2024-05-01T12:34:56Z"), timestamp("\"Wed, 01 May 2024 12:34:56 GMT\""));
        assertEquals(Instant.parse("2008-06-03T11:05:30Z"), timestamp("\"Tue, 3 Jun 2008 11:05:30 GMT\""));
        assertEquals(Instant.parse("2024-05-01T10:34:56Z"), timestamp("\"01 May 2024 12:34:56 +0200\""));
    }

    @Test
    void readsEpochSecondsWrittenAsAString() throws IOException {
        assertEquals(Instant.ofEpochSecond(1714566896L, 250_000_000), timestamp("\"1714566896.25\""));
    }

    @Test
    void nullReadsAsNull() throws IOException {
        assertNull(timestamp("null"));
    }

    @Test
    void rejectsUnreadableTimestamps() {
        JsonReadException text = assertThrows(JsonReadException.class, () -> timestamp("\"yesterday\""));
        assertTrue(text.getMessage().startsWith("Expected a timestamp (epoch seconds, ISO-8601 or RFC-822)"),
                text.getMessage());
        JsonReadException huge = assertThrows(JsonReadException.class, () -> timestamp("1e1000000000"));
        assertTrue(huge.getMessage().contains("out of range"), huge.getMessage());
        JsonReadException bool = assertThrows(JsonReadException.class, () -> timestamp("true"));
        assertTrue(bool.getMessage().startsWith("Expected a timestamp but found a boolean"), bool.getMessage());
    }

    @Test
    void modelFormatsMap() {
        assertEquals(TimestampFormat.EPOCH_SECONDS, TimestampFormat.fromModel(null));
        assertEquals(TimestampFormat.EPOCH_SECONDS, TimestampFormat.fromModel("unixTimestamp"));
        assertEquals(TimestampFormat.ISO_8601, TimestampFormat.fromModel("iso8601"));
        assertEquals(TimestampFormat.RFC_822, TimestampFormat.fromModel("rfc822"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampFormat.fromModel("httpDate"));
        assertEquals("Unknown timestampFormat 'httpDate': expected unixTimestamp, iso8601 or rfc822", e.getMessage());
    }

    @Test
    void isoTextWithALowerCaseZoneOrAroundSpacesReads() throws IOException {
        assertEquals(Instant.parse("2024-05-01T12:34:56.5Z"), timestamp("\"2024-05-01T12:34:56.5z\""));
        assertEquals(Instant.parse("2024-05-01T12:34:56Z"), timestamp("\"  2024-05-01T12:34:56Z \""));
        assertEquals(Instant.parse("2024-05-01T14:34:56Z"), timestamp("\"2024-05-01T12:34:56-02:00\""));
        assertEquals(Instant.parse("2024-05-01T12:34:56Z"), JsonTimestamps.parseText("2024-05-01T12:34:56"));
    }

    @Test
    void epochSecondsTextOfEveryShape() {
        assertEquals(Instant.ofEpochMilli(12_000), JsonTimestamps.fromEpochText("12."));
        assertEquals(Instant.ofEpochMilli(500), JsonTimestamps.fromEpochText(".5"));
        assertEquals(Instant.ofEpochMilli(-500), JsonTimestamps.fromEpochText("-.5"));
        assertEquals(Instant.ofEpochMilli(12_000), JsonTimestamps.fromEpochText("12"));
        assertEquals(Instant.ofEpochMilli(1_200), JsonTimestamps.fromEpochText("1.2"));
        assertEquals(Instant.ofEpochMilli(1_230), JsonTimestamps.fromEpochText("1.23"));
        assertEquals(Instant.ofEpochMilli(1_234), JsonTimestamps.fromEpochText("1.2345"));
        assertEquals(Instant.ofEpochMilli(1_009), JsonTimestamps.fromEpochText("1.009"));
        assertEquals(Instant.ofEpochMilli(9_999), JsonTimestamps.fromEpochText("9.9999"));
        assertEquals(Instant.ofEpochMilli(999_999_999_999_999_500L),
                JsonTimestamps.fromEpochText("999999999999999.5"));
        assertEquals(Instant.ofEpochSecond(1_234_567_890_123_456L, 500_000_000),
                JsonTimestamps.fromEpochText("1234567890123456.5"));
        assertEquals(Instant.ofEpochSecond(1_234_567_890_123_456L),
                JsonTimestamps.fromEpochText("1234567890123456"));
        assertEquals(Instant.ofEpochMilli(1_500), JsonTimestamps.fromEpochText("1.5e0"));
        assertThrows(NumberFormatException.class, () -> JsonTimestamps.fromEpochText("1.2x"));
        assertThrows(NumberFormatException.class, () -> JsonTimestamps.fromEpochText("1/2"));
        assertThrows(NumberFormatException.class, () -> JsonTimestamps.fromEpochText("1.:"));
        assertThrows(NumberFormatException.class, () -> JsonTimestamps.fromEpochText(""));
        assertThrows(NumberFormatException.class, () -> JsonTimestamps.fromEpochText("-"));
    }

    @Test
    void epochSecondsAsTextAndTheirRange() {
        assertEquals(Instant.ofEpochMilli(-1_500), JsonTimestamps.parseText("-1.5"));
        assertEquals(Instant.ofEpochMilli(3_000), JsonTimestamps.parseText("3"));
        assertEquals(Instant.ofEpochMilli(1_500), JsonTimestamps.fromEpochSeconds(new java.math.BigDecimal("1.5009")));
        assertEquals(Instant.ofEpochMilli(-1_500),
                JsonTimestamps.fromEpochSeconds(new java.math.BigDecimal("-1.5009")));
        java.math.BigDecimal largest = new java.math.BigDecimal("9223372036854775.807");
        java.math.BigDecimal smallest = new java.math.BigDecimal("-9223372036854775.808");
        assertEquals(Instant.ofEpochMilli(Long.MAX_VALUE), JsonTimestamps.fromEpochSeconds(largest));
        assertEquals(Instant.ofEpochMilli(Long.MIN_VALUE), JsonTimestamps.fromEpochSeconds(smallest));
        java.math.BigDecimal oneMilli = new java.math.BigDecimal("0.001");
        assertThrows(java.time.DateTimeException.class,
                () -> JsonTimestamps.fromEpochSeconds(largest.add(oneMilli)));
        assertThrows(java.time.DateTimeException.class,
                () -> JsonTimestamps.fromEpochSeconds(smallest.subtract(oneMilli)));
        assertEquals("empty string", assertThrows(java.time.DateTimeException.class,
                () -> JsonTimestamps.parseText("")).getMessage());
    }

    @Test
    void epochSecondsBeyondALongOfMillisecondsAreRejectedNotWrapped() {
        for (String number : new String[] {"1e16", "9223372036854775.808", "\"1e16\"", "-1e16"}) {
            JsonReadException e = assertThrows(JsonReadException.class, () -> timestamp(number), number);
            assertTrue(e.getMessage().contains("epoch seconds out of range"), e.getMessage());
        }
    }

    @Test
    void rejectsTextThatIsNoTimestampWithTheReason() {
        for (String text : new String[] {"\"\"", "\"   \"", "\"12:00\"", "\"T12\"", "\"1.5.5\"", "\"Wed 01 May\""}) {
            JsonReadException e = assertThrows(JsonReadException.class, () -> timestamp(text), text);
            assertTrue(e.getMessage().startsWith("Expected a timestamp (epoch seconds, ISO-8601 or RFC-822): "),
                    e.getMessage());
        }
        JsonReadException object = assertThrows(JsonReadException.class, () -> timestamp("{}"));
        assertTrue(object.getMessage().startsWith("Expected a timestamp but found"), object.getMessage());
    }
}
