package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonReader} against jackson-core's parser with its default features, on generated documents and on broken
 * copies of them. Where a document is valid both must give the same tokens, texts, names and number values; where
 * jackson rejects one the reader must too.
 *
 * <p>Deliberate differences, each checked where it shows:
 * <ul>
 *   <li>jackson reads whitespace-separated root values one after another and returns no token at all for an empty
 *       document; the reader takes exactly one root value, so both are errors (as with databind's
 *       FAIL_ON_TRAILING_TOKENS). Here jackson counts as rejecting a document with no or more than one root value.
 *   <li>jackson decodes some ill-formed UTF-8 in strings, overlong forms and sequences beyond U+10FFFF (lead bytes
 *       up to 0xF7), into other characters; the reader rejects all ill-formed UTF-8.
 *   <li>jackson guesses UTF-16 or UTF-32 from zero bytes among the first two, and skips a UTF-8 byte order mark; the
 *       reader takes only UTF-8 and rejects both.
 *   <li>jackson gives the integer {@code -0} as the double 0.0 (it converts the int 0); the reader follows the text
 *       and gives -0.0, as {@link Double#parseDouble} does.
 *   <li>jackson limits a number to 1000 digits, not counting sign, point and exponent marker; the reader limits it to
 *       1000 characters.
 *   <li>jackson turns a decimal like {@code 1e5000} into a BigInteger of thousands of digits; the reader gives at most
 *       1000 digits (as many as an integer can have) and fails beyond.
 * </ul>
 */
class JsonReaderDifferentialTest {

    private static final JsonFactory JACKSON = new JsonFactory();

    /** jackson's number getter results by number text, each found once. */
    private static final Map<String, String> JACKSON_NUMBERS = new HashMap<>();

    /** What reading a document gave: the tokens read, and the error that ended it if one did. */
    private record Outcome(List<String> tokens, Exception error) {

        boolean accepted() {
            return error == null;
        }
    }

    @Test
    void agreesWithJacksonOnValidDocuments() throws IOException {
        Random random = new Random(20240611);
        int tokens = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] json = new Generator(random, 1 + random.nextInt(5)).document();
            Outcome jackson = jackson(json);
            Outcome reader = reader(json);
            assertNull(jackson.error(), () -> "jackson rejects a generated document: " + show(json));
            assertNull(reader.error(), () -> "rejects " + show(json) + ": " + reader.error().getMessage());
            assertEquals(jackson.tokens(), reader.tokens(), () -> show(json));
            tokens += reader.tokens().size();
        }
        assertTrue(tokens > 15_000, "tokens read: " + tokens);
    }

    @Test
    void rejectsWhatJacksonRejectsInBrokenDocuments() throws IOException {
        Random random = new Random(4417);
        int bothAccept = 0;
        int bothReject = 0;
        int strictUtf8 = 0;
        for (int i = 0; i < 8000; i++) {
            byte[] json = mutate(new Generator(random, 1 + random.nextInt(3)).document(), random);
            Outcome jackson = jackson(json);
            Outcome reader = reader(json);
            if (!jackson.accepted()) {
                assertNotNull(reader.error(), () -> "accepts what jackson rejects (" + jackson.error().getMessage()
                        + "): " + show(json));
                bothReject++;
            } else if (reader.accepted()) {
                assertEquals(jackson.tokens(), reader.tokens(), () -> show(json));
                bothAccept++;
            } else if (json.length < 2 || json[0] != 0 && json[1] != 0) { // else jackson reads UTF-16 or UTF-32
                String message = reader.error().getMessage();
                assertTrue(!isUtf8(json) && message.contains("UTF-8"),
                        () -> "rejects what jackson accepts (" + message + "): " + show(json));
                strictUtf8++;
            }
        }
        System.out.printf("[json] reader against jackson-core: 8000 broken documents, %d rejected by both, %d accepted"
                + " by both with the same tokens, %d ill-formed UTF-8 only jackson accepts%n", bothReject, bothAccept,
                strictUtf8);
        assertTrue(bothAccept > 500 && bothReject > 3000, "accepted " + bothAccept + ", rejected " + bothReject);
        assertTrue(strictUtf8 > 0, "no ill-formed UTF-8 that jackson accepts came up");
    }

    @Test
    void differsFromJacksonOnlyAsDocumented() throws IOException {
        // one root value
        assertTrue(jacksonReadsTwoRoots("{} {}"));
        assertTrue(reader(utf8("{} {}")).error() instanceof JsonReadException);
        assertEquals(List.of(), jackson(utf8(" ")).tokens());
        assertTrue(reader(utf8(" ")).error() instanceof JsonReadException);
        // ill-formed UTF-8
        byte[] overlong = {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'};
        byte[] tooLarge = {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'};
        for (byte[] json : List.of(overlong, tooLarge)) {
            assertTrue(jackson(json).accepted(), show(json));
            assertTrue(reader(json).error() instanceof JsonReadException, show(json));
        }
        // encodings other than UTF-8
        byte[] utf16 = "[1]".getBytes(StandardCharsets.UTF_16BE);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'};
        for (byte[] json : List.of(utf16, bom)) {
            assertTrue(jackson(json).accepted(), show(json));
            assertTrue(reader(json).error() instanceof JsonReadException, show(json));
        }
        // -0 as a double
        try (JsonParser parser = JACKSON.createParser(utf8("-0"))) {
            parser.nextToken();
            assertEquals(0.0, parser.getDoubleValue());
        }
        JsonReader reader = new JsonReader(utf8("-0"));
        reader.nextToken();
        assertEquals(-0.0, reader.getDoubleValue());
        // the number limit
        byte[] signed = utf8("-" + "1".repeat(1000));
        assertTrue(jackson(signed).accepted());
        assertTrue(reader(signed).error() instanceof JsonReadException);
        // a decimal as a BigInteger
        try (JsonParser parser = JACKSON.createParser(utf8("1e5000"))) {
            parser.nextToken();
            assertEquals(BigInteger.TEN.pow(5000), parser.getBigIntegerValue());
        }
        JsonReader decimal = new JsonReader(utf8("1e5000"));
        decimal.nextToken();
        assertThrows(JsonReadException.class, decimal::getBigIntegerValue);
    }

    @Test
    void limitsLikeJackson() throws IOException {
        for (int depth : new int[] {1000, 1001}) {
            byte[] json = utf8("[".repeat(depth) + "]".repeat(depth));
            assertEquals(jackson(json).accepted(), reader(json).accepted(), "depth " + depth);
            assertEquals(depth == 1000, reader(json).accepted());
        }
        for (int length : new int[] {1000, 1001}) {
            byte[] json = utf8("[" + "7".repeat(length) + "]");
            assertEquals(jackson(json).accepted(), reader(json).accepted(), "length " + length);
            assertEquals(length == 1000, reader(json).accepted());
        }
    }

    // ---- the two parsers

    /** The reader's outcome; any exception but a JsonReadException escapes and fails the test. */
    private static Outcome reader(byte[] json) {
        JsonReader reader = new JsonReader(json);
        List<String> tokens = new ArrayList<>();
        try {
            for (JsonToken token = reader.nextToken(); token != null; token = reader.nextToken()) {
                String values = "";
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    values = numbers(token == JsonToken.VALUE_NUMBER_INT, getter -> switch (getter) {
                        case 0 -> reader.getNumberValue();
                        case 1 -> reader.getIntValue();
                        case 2 -> reader.getLongValue();
                        case 3 -> reader.getDoubleValue();
                        case 4 -> reader.getFloatValue();
                        case 5 -> reader.getDecimalValue();
                        default -> reader.getBigIntegerValue();
                    });
                }
                tokens.add(token + " " + reader.getText() + " @" + reader.currentName() + values);
            }
            return new Outcome(tokens, null);
        } catch (JsonReadException e) {
            return new Outcome(tokens, e);
        }
    }

    private static Outcome jackson(byte[] json) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (JsonParser parser = JACKSON.createParser(json)) {
            int depth = 0;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                    token = parser.nextToken()) {
                if (depth == 0 && !tokens.isEmpty()) {
                    return new Outcome(tokens, new IOException("a second root value"));
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                String values = "";
                if (token.isNumeric()) {
                    String number = parser.getText();
                    boolean integer = token == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
                    values = JACKSON_NUMBERS.computeIfAbsent(number,
                            text -> numbers(integer, getter -> jacksonNumber(text, getter)));
                }
                tokens.add(token + " " + parser.getText() + " @" + parser.currentName() + values);
            }
            if (tokens.isEmpty()) {
                return new Outcome(tokens, new IOException("no root value"));
            }
            return new Outcome(tokens, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(tokens, e);
        }
    }

    private static boolean jacksonReadsTwoRoots(String json) throws IOException {
        try (JsonParser parser = JACKSON.createParser(utf8(json))) {
            int roots = 0;
            int depth = 0;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                    token = parser.nextToken()) {
                roots += depth == 0 ? 1 : 0;
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            }
            return roots == 2;
        }
    }

    /** The number getters of either parser, by index: number, int, long, double, float, decimal, big integer. */
    private interface Getters {
        Object get(int getter) throws IOException;
    }

    /**
     * A jackson number getter on a parser of its own: jackson converts from whichever type an earlier getter left, so
     * after getIntValue on 653.4 getFloatValue gives 653.0. Some of its errors here are unchecked (a BigDecimal
     * exponent beyond the int range): they count as errors all the same.
     */
    private static Object jacksonNumber(String number, int getter) throws IOException {
        try (JsonParser parser = JACKSON.createParser(number)) {
            parser.nextToken();
            return switch (getter) {
                case 0 -> parser.getNumberValue();
                case 1 -> parser.getIntValue();
                case 2 -> parser.getLongValue();
                case 3 -> parser.getDoubleValue();
                case 4 -> parser.getFloatValue();
                case 5 -> parser.getDecimalValue();
                default -> parser.getBigIntegerValue();
            };
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    /**
     * Every number getter's result, or "error"; the integer -0 as a double counted as 0, and a BigInteger of more than
     * 1000 digits as an error (see the class comment).
     */
    private static String numbers(boolean integer, Getters getters) {
        StringBuilder s = new StringBuilder();
        for (int getter = 0; getter < 7; getter++) {
            s.append(' ');
            try {
                Object value = getters.get(getter);
                if (integer && value instanceof Double && (Double) value == 0) {
                    value = 0.0;
                } else if (integer && value instanceof Float && (Float) value == 0) {
                    value = 0.0f;
                } else if (value instanceof BigInteger && ((BigInteger) value).abs().toString().length() > 1000) {
                    throw new IOException("too many digits");
                }
                s.append(value.getClass().getSimpleName()).append(':').append(value);
            } catch (IOException e) {
                s.append("error");
            }
        }
        return s.toString();
    }

    // ---- documents

    /** Random valid JSON: nested objects and arrays, strings with escapes and all kinds of characters, numbers. */
    private static final class Generator {

        private static final String[] SIMPLE_ESCAPES = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
        private static final String[] NUMBERS = {"0", "-0", "0.0", "-0.0", "2147483647", "-2147483648", "2147483648",
            "-2147483649", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "-9223372036854775809", "18446744073709551615", "1e400", "-1e400", "4.9e-324", "2.4e-324", "1e-400",
            "1.7976931348623157e308", "9007199254740993", "0.1", "1e22", "1e23", "2147483647.5", "-2147483648.9",
            "9.223372036854775807e18", "123456789012345678901234567890e-10", "1E+2", "1e-0", "5e0000003",
            "1.5e300", "1700000000.123", "1.700000000123E9", "3.4028235e38", "3.4028236e38", "1.4e-45"};

        private final Random random;
        private final int maxDepth;
        private final StringBuilder out = new StringBuilder();

        Generator(Random random, int maxDepth) {
            this.random = random;
            this.maxDepth = maxDepth;
        }

        byte[] document() {
            whitespace();
            value(0);
            whitespace();
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private void value(int depth) {
            int kind = random.nextInt(depth < maxDepth ? 10 : 6);
            switch (kind) {
                case 0 -> out.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
                case 1, 2 -> string(false);
                case 3, 4, 5 -> number();
                case 6, 7 -> object(depth);
                default -> array(depth);
            }
        }

        private void object(int depth) {
            out.append('{');
            int fields = random.nextInt(6);
            for (int i = 0; i < fields; i++) {
                if (i > 0) {
                    out.append(',');
                }
                whitespace();
                string(true);
                whitespace();
                out.append(':');
                whitespace();
                value(depth + 1);
                whitespace();
            }
            whitespace();
            out.append('}');
        }

        private void array(int depth) {
            out.append('[');
            int elements = random.nextInt(6);
            for (int i = 0; i < elements; i++) {
                if (i > 0) {
                    out.append(',');
                }
                whitespace();
                value(depth + 1);
                whitespace();
            }
            whitespace();
            out.append(']');
        }

        private void whitespace() {
            while (random.nextInt(4) == 0) {
                out.append(" \t\n\r".charAt(random.nextInt(4)));
            }
        }

        /** A string; in a name, where jackson rejects them, no unpaired surrogates. */
        private void string(boolean name) {
            out.append('"');
            int length = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(10);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(20);
                if (kind < 9) {
                    char c = (char) (0x20 + random.nextInt(0x60));
                    out.append(c == '"' || c == '\\' ? 'q' : c);
                } else if (kind == 9) {
                    out.append(SIMPLE_ESCAPES[random.nextInt(SIMPLE_ESCAPES.length)]);
                } else if (kind == 10) {
                    int c = random.nextInt(0x10000);
                    escape(name && Character.isSurrogate((char) c) ? c - 0x2000 : c); // else unpaired ones too
                } else if (kind == 11) {
                    int codePoint = 0x10000 + random.nextInt(0x100000);
                    escape(Character.highSurrogate(codePoint));
                    escape(Character.lowSurrogate(codePoint));
                } else if (kind < 14) {
                    out.append((char) (0x80 + random.nextInt(0x780))); // two UTF-8 bytes
                } else if (kind < 16) {
                    char c = (char) (0x800 + random.nextInt(0xF800));
                    out.append(Character.isSurrogate(c) ? '\u20ac' : c); // three
                } else if (kind < 18) {
                    out.appendCodePoint(0x10000 + random.nextInt(0x100000)); // four
                } else {
                    out.append((char) 0x7F);
                }
            }
            out.append('"');
        }

        private void escape(int c) {
            String hex = String.format("%04x", c);
            out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase());
        }

        private void number() {
            int kind = random.nextInt(8);
            if (kind == 0) {
                out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            } else if (kind == 1) {
                out.append(random.nextInt(2001) - 1000);
            } else if (kind == 2) {
                out.append(random.nextLong() >> random.nextInt(64));
            } else if (kind == 3) {
                double value = Double.longBitsToDouble(random.nextLong());
                out.append(Double.isFinite(value) ? Double.toString(value) : "1.5");
            } else if (kind == 4) {
                out.append(random.nextDouble() * Math.pow(10, random.nextInt(20) - 10));
            } else {
                decimal();
            }
        }

        /** A number built from its parts: sign, integer digits, fraction, exponent. */
        private void decimal() {
            if (random.nextInt(3) == 0) {
                out.append('-');
            }
            digits(1 + (random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(8)), false);
            if (random.nextBoolean()) {
                out.append('.');
                digits(1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 6), true);
            }
            if (random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? 'e' : 'E');
                int sign = random.nextInt(3);
                out.append(sign == 0 ? "" : sign == 1 ? "+" : "-");
                if (random.nextInt(5) == 0) {
                    out.append('0');
                }
                out.append(random.nextInt(random.nextInt(4) == 0 ? 400 : 25));
            }
        }

        private void digits(int count, boolean leadingZero) {
            for (int i = 0; i < count; i++) {
                int digit = random.nextInt(10);
                if (i == 0 && !leadingZero && count > 1 && digit == 0) {
                    digit = 1;
                }
                out.append((char) ('0' + digit));
            }
        }
    }

    // ---- broken documents

    private static final byte[] INTERESTING = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', '1', '-', '+', '.', 'e',
        'E', 'u', 't', 'n', ' ', '\n', '\t', 0x00, 0x1F, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3,
        (byte) 0xE0, (byte) 0xE2, (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFF};

    /** One to three of: a byte replaced, inserted or removed, the end cut off, a piece repeated. */
    private static byte[] mutate(byte[] json, Random random) {
        byte[] bytes = json;
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            byte b = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    bytes = bytes.clone();
                    bytes[at] = b;
                }
                case 2 -> bytes = splice(bytes, at, at, new byte[] {b});
                case 3 -> bytes = splice(bytes, at, at + 1, new byte[0]);
                case 4 -> bytes = Arrays.copyOf(bytes, at);
                default -> {
                    int to = at + random.nextInt(Math.min(8, bytes.length - at) + 1);
                    bytes = splice(bytes, to, to, Arrays.copyOfRange(bytes, at, to));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    // ---- helpers

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String show(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        return json.length > 400 ? text.substring(0, Math.min(text.length(), 400)) + "..." : text + " ["
                + HexFormat.of().formatHex(json) + "]";
    }
}
