package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonStrings} and {@link JsonWriter} against jackson-core's own string writer, byte for byte. */
class JsonStringsTest {

    /** Each piece at every offset within a word, and repeated past a word's length. */
    private static final String[] PIECES = {"\"", "\\", "/", "\b", "\t", "\n", "\f", "\r", "\u0000", "\u001F",
        "\u007F", "\u0080", "é", "ÿ", "\u07FF", "\u0800", "中", "\u2028", "\u2029", "\uFFFF", "😀", "\uD800",
        "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "a\uD83D", "\uDE00b", "plain text"};

    @Test
    void everyControlCharacterAndEveryAsciiCharacter() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        assertSameAsJackson(all.toString());
        assertSameAsJackson(all.toString().repeat(5));
        String value = "\u0000\u0001\u001F\b\t\n\f\r\"\\\u007F" + "x".repeat(200);
        assertEquals("\"\\u0000\\u0001\\u001F\\b\\t\\n\\f\\r\\\"\\\\\u007F" + "x".repeat(200) + "\"", ours(value));
    }

    @Test
    void eachPieceAtEveryOffsetOfAWord() throws IOException {
        for (String piece : PIECES) {
            for (int before = 0; before < 17; before++) {
                for (int after = 0; after < 9; after++) {
                    String value = "x".repeat(before) + piece + "y".repeat(after);
                    assertSameAsJackson(value);
                    assertSameAsJackson(value.repeat(200 / value.length() + 1));
                    assertSameAsJackson("z".repeat(130) + value);
                }
            }
        }
    }

    @Test
    void surrogatesAreEscapedOneByOneAsJacksonDoes() throws IOException {
        String value = "😀 \uD800 \uDC00".repeat(40);
        assertSameAsJackson(value);
        assertTrue(ours(value).startsWith("\"\\uD83D\\uDE00 \\uD800 \\uDC00\\uD83D"), ours(value));
    }

    @Test
    void longEscapeHeavyStringsGrowTheBuffer() throws IOException {
        assertSameAsJackson("\u0001".repeat(10_000));
        assertSameAsJackson("\"".repeat(10_001));
        assertSameAsJackson("\u0001中".repeat(5_000));
        assertSameAsJackson("\uD800".repeat(5_000));
    }

    @Test
    void randomStrings() throws IOException {
        Random random = new Random(20261126);
        char[] alphabet = String.join("", PIECES).toCharArray();
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(600)];
            for (int i = 0; i < chars.length; i++) {
                int kind = random.nextInt(10);
                chars[i] = kind < 6 ? (char) ('a' + random.nextInt(26))
                        : kind < 9 ? alphabet[random.nextInt(alphabet.length)] : (char) random.nextInt(0x10000);
            }
            assertSameAsJackson(new String(chars));
        }
    }

    @Test
    void writesAfterWhatTheOutputHolds() throws IOException {
        JsonOutput out = new JsonOutput(16);
        out.write('[');
        JsonStrings.writeQuoted("a\"b".repeat(3000), out);
        out.write(']');
        assertEquals("[\"" + "a\\\"b".repeat(3000) + "\"]", new String(out.toByteArray(), StandardCharsets.US_ASCII));
    }

    @Test
    void writesNullAndTheStringsOfAnObject() throws IOException {
        assertEquals("null", write(g -> Json.writeString(g, null)));
        String longValue = "v\"".repeat(100);
        assertEquals(jackson(g -> {
            g.writeStartObject();
            g.writeFieldName("a");
            g.writeString(longValue);
            g.writeFieldName("b");
            g.writeStartArray();
            g.writeString(longValue);
            g.writeString("short");
            g.writeEndArray();
            g.writeEndObject();
        }), write(g -> {
            g.writeStartObject();
            g.writeFieldName("a");
            Json.writeString(g, longValue);
            g.writeFieldName("b");
            g.writeStartArray();
            Json.writeString(g, longValue);
            Json.writeString(g, "short");
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    @Test
    void writesIntoAFullOrNearlyFullOutputOfEverySize() throws IOException {
        String[] pieces = {"a", "\u0001", "\"", "é", "中", "😀", "a\u0001"};
        for (String piece : pieces) {
            for (int count = 1; count < 90; count++) {
                String value = piece.repeat(count);
                String expected = jackson(g -> g.writeString(value));
                for (int before = 13; before <= 17; before++) {
                    JsonOutput out = new JsonOutput(16);
                    for (int k = 0; k < before; k++) {
                        out.write('x');
                    }
                    JsonStrings.writeQuoted(value, out);
                    assertEquals("x".repeat(before) + expected,
                            new String(out.toByteArray(), StandardCharsets.ISO_8859_1), piece + " x " + count);
                }
            }
        }
    }

    private static void assertSameAsJackson(String value) throws IOException {
        String expected = jackson(g -> g.writeString(value));
        assertEquals(expected, ours(value), () -> "for " + value.chars().limit(40)
                .mapToObj(c -> String.format("U+%04X", c)).toList());
        JsonOutput direct = new JsonOutput(1);
        JsonStrings.writeQuoted(value, direct);
        assertEquals(expected, new String(direct.toByteArray(), StandardCharsets.ISO_8859_1));
    }

    private static String ours(String value) throws IOException {
        return write(g -> Json.writeString(g, value));
    }

    /** What jackson-core's generator writes, in its default configuration. */
    static String jackson(JacksonWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            writer.write(generator);
        }
        // ISO-8859-1 keeps every byte as one char, so lone surrogates and invalid sequences compare exactly
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** What a {@link JsonWriter} writes to a {@link JsonOutput}, as request bodies are written. */
    private static String write(JsonWriteTest.Writer writer) throws IOException {
        JsonOutput out = new JsonOutput(512);
        writer.write(new JsonWriter(out));
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    /** Writes with jackson's generator. */
    interface JacksonWriter {
        void write(JsonGenerator generator) throws IOException;
    }
}
