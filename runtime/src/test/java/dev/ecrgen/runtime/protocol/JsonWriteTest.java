package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

class JsonWriteTest {

    interface Writer {
        void write(JsonWriter writer) throws IOException;
    }

    static String write(Writer writer) throws IOException {
        JsonOutput out = new JsonOutput(64);
        writer.write(new JsonWriter(out));
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void writesEpochSecondsAsPlainNumbers() throws IOException {
        assertEquals("1714566896",
                write(g -> Json.writeTimestamp(g, Instant.ofEpochSecond(1714566896L), TimestampFormat.EPOCH_SECONDS)));
        assertEquals("1714566896.5", write(g -> Json.writeTimestamp(g,
                Instant.ofEpochSecond(1714566896L, 500_000_000), TimestampFormat.EPOCH_SECONDS)));
        assertEquals("1714566896.123", write(g -> Json.writeTimestamp(g,
                Instant.ofEpochSecond(1714566896L, 123_456_789), TimestampFormat.EPOCH_SECONDS)));
        assertEquals("0", write(g -> Json.writeTimestamp(g, Instant.ofEpochSecond(0, 1),
                TimestampFormat.EPOCH_SECONDS)));
        assertEquals("-1.25", write(g -> Json.writeTimestamp(g, Instant.ofEpochSecond(-2, 750_000_000),
                TimestampFormat.EPOCH_SECONDS)));
    }

    @Test
    void epochSecondsRoundTripAtMillisecondPrecision() throws IOException {
        Instant value = Instant.ofEpochSecond(1714566896L, 7_000_000);
        String json = write(g -> Json.writeTimestamp(g, value, TimestampFormat.EPOCH_SECONDS));
        assertEquals(value, JsonReadTest.read(json, p -> Json.readTimestamp(p, TimestampFormat.EPOCH_SECONDS)));
    }

    @Test
    void writesIsoAndRfc822Strings() throws IOException {
        Instant value = Instant.parse("2024-05-01T02:03:04.500Z");
        assertEquals("\"2024-05-01T02:03:04.500Z\"", write(g -> Json.writeTimestamp(g, value, TimestampFormat.ISO_8601)));
        assertEquals("\"Wed, 01 May 2024 02:03:04 GMT\"",
                write(g -> Json.writeTimestamp(g, value, TimestampFormat.RFC_822)));
        assertEquals("null", write(g -> Json.writeTimestamp(g, null, TimestampFormat.ISO_8601)));
    }

    @Test
    void writesBlobsAsBase64() throws IOException {
        assertEquals("\"aGVsbG8=\"", write(g -> Json.writeBlob(g, SdkBytes.fromUtf8String("hello"))));
        assertEquals("\"\"", write(g -> Json.writeBlob(g, SdkBytes.fromByteArray(new byte[0]))));
        assertEquals("null", write(g -> Json.writeBlob(g, null)));
    }

    @Test
    void writesFloatsWithSpecialValuesAsStrings() throws IOException {
        assertEquals("1.5", write(g -> Json.writeFloat(g, 1.5f)));
        assertEquals("\"NaN\"", write(g -> Json.writeFloat(g, Float.NaN)));
        assertEquals("\"Infinity\"", write(g -> Json.writeFloat(g, Float.POSITIVE_INFINITY)));
        assertEquals("\"-Infinity\"", write(g -> Json.writeFloat(g, Float.NEGATIVE_INFINITY)));
        assertEquals("null", write(g -> Json.writeFloat(g, null)));
        assertEquals("-0.125", write(g -> Json.writeDouble(g, -0.125)));
        assertEquals("\"NaN\"", write(g -> Json.writeDouble(g, Double.NaN)));
        assertEquals("\"Infinity\"", write(g -> Json.writeDouble(g, Double.POSITIVE_INFINITY)));
        assertEquals("\"-Infinity\"", write(g -> Json.writeDouble(g, Double.NEGATIVE_INFINITY)));
        assertEquals("null", write(g -> Json.writeDouble(g, null)));
    }

    @Test
    void writesBigNumbersExactly() throws IOException {
        assertEquals("0.10000000000000000000000000001",
                write(g -> Json.writeBigDecimal(g, new BigDecimal("0.10000000000000000000000000001"))));
        assertEquals("123456789012345678901234567890",
                write(g -> Json.writeBigInteger(g, new BigInteger("123456789012345678901234567890"))));
        assertEquals("null", write(g -> Json.writeBigDecimal(g, null)));
        assertEquals("null", write(g -> Json.writeBigInteger(g, null)));
    }

    @Test
    void writesDocumentsOfEveryKind() throws IOException {
        Map<String, Document> members = new LinkedHashMap<>();
        members.put("s", Document.fromString("x"));
        members.put("n", Document.fromNumber("1.50"));
        members.put("b", Document.fromBoolean(true));
        members.put("z", Document.fromNull());
        members.put("l", Document.fromList(List.of(Document.fromNumber(1), Document.fromMap(Map.of()))));
        assertEquals("{\"s\":\"x\",\"n\":1.50,\"b\":true,\"z\":null,\"l\":[1,{}]}",
                write(g -> Json.writeDocument(g, Document.fromMap(members))));
        assertEquals("null", write(g -> Json.writeDocument(g, null)));
    }

    @Test
    void documentsRoundTrip() throws IOException {
        String json = "{\"a\":[1,2.5,\"x\",null,{\"b\":false}]}";
        Document document = JsonReadTest.read(json, Json::readDocument);
        assertEquals(json, write(g -> Json.writeDocument(g, document)));
        assertNull(JsonReadTest.read("null", Json::readDocument));
    }

    @Test
    void writesEveryLongWithItsSeparators() throws IOException {
        long[] values = {0, 1, 5, 9, 10, 11, 99, -1, -9, -10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long value : values) {
            assertEquals(Long.toString(value), write(g -> g.writeNumber(value)));
        }
        assertEquals("[0,9,10,-1,7]", write(g -> {
            g.writeStartArray();
            g.writeNumber(0L);
            g.writeNumber(9L);
            g.writeNumber(10L);
            g.writeNumber(-1L);
            g.writeNumber(7L);
            g.writeEndArray();
        }));
        assertEquals("{\"a\":3,\"b\":42,\"c\":[8]}", write(g -> {
            g.writeStartObject();
            g.writeFieldName("a");
            g.writeNumber(3L);
            g.writeFieldName("b");
            g.writeNumber(42L);
            g.writeFieldName("c");
            g.writeStartArray();
            g.writeNumber(8L);
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
