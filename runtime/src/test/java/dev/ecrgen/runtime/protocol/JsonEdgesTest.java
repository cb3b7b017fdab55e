package dev.ecrgen.runtime.protocol;

import static dev.ecrgen.runtime.protocol.JsonReadTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Boundaries of the number readers and writers, and field tables built while reading. */
class JsonEdgesTest {

    private static long thousandths(String json) throws IOException {
        return read(json, JsonReader::thousandthsOrMinValue);
    }

    @Test
    void thousandthsOfEveryNumberThatFitsAndNoneOfTheRest() throws IOException {
        assertEquals(12_000, thousandths("12"));
        assertEquals(1_500, thousandths("1.5"));
        assertEquals(-1_500, thousandths("-1.5"));
        assertEquals(1_234, thousandths("1.2345"));
        assertEquals(0, thousandths("0.0009"));
        assertEquals(123_456_789_012_345_678L, thousandths("123456789012345.678"), "18 digits still fit");
        assertEquals(Long.MIN_VALUE, thousandths("1234567890123456.789"), "19 digits are worked out from the text");
        assertEquals(1_000_000_000_000_000_000L, thousandths("1e15"));
        assertEquals(Long.MIN_VALUE, thousandths("1e16"));
        assertEquals(0, thousandths("0e16"));
        assertEquals(9_223_372_036_854_775_000L, thousandths("9223372036854775"));
        assertEquals(Long.MIN_VALUE, thousandths("9223372036854776"));
        assertEquals(0, thousandths("5e-21"));
        assertEquals(0, thousandths("5e-30"));
        assertEquals(Long.MIN_VALUE, thousandths("\"12\""));
        assertEquals(Long.MIN_VALUE, thousandths("true"));
    }

    @Test
    void shortsAndBytesAtTheirLimits() throws IOException {
        assertEquals((short) 32767, read("32767", Json::readShort));
        assertEquals((short) -32768, read("-32768", Json::readShort));
        assertThrows(JsonReadException.class, () -> read("32768", Json::readShort));
        assertThrows(JsonReadException.class, () -> read("-32769", Json::readShort));
        assertEquals((byte) 127, read("127", Json::readByte));
        assertEquals((byte) -128, read("-128", Json::readByte));
        assertEquals("Value 128 does not fit in a byte",
                assertThrows(JsonReadException.class, () -> read("128", Json::readByte)).getMessage()
                        .substring(0, 32));
        assertThrows(JsonReadException.class, () -> read("-129", Json::readByte));
    }

    @Test
    void writesTwoDigitNumbersWhole() throws IOException {
        assertEquals("[9,10,0,-1]", JsonWriteTest.write(g -> {
            g.writeStartArray();
            g.writeNumber(9L);
            g.writeNumber(10L);
            g.writeNumber(0L);
            g.writeNumber(-1L);
            g.writeEndArray();
        }));
    }

    @Test
    void fieldTablesBuiltAtRunTimeNumberTheirFields() throws IOException {
        JsonFields none = JsonFields.of();
        JsonReader empty = new JsonReader("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        empty.nextToken();
        assertEquals(0, none.next(empty, -1), "a field not among no names numbers 0, the count of names");
        empty.skipChildren();
        assertEquals(-1, none.next(empty, 0));

        JsonFields two = JsonFields.of("b", "a");
        JsonReader parser = new JsonReader("{\"a\":1,\"b\":2,\"c\":3}".getBytes(StandardCharsets.UTF_8));
        parser.nextToken();
        StringBuilder seen = new StringBuilder();
        for (int field = two.next(parser, -1); field >= 0; field = two.next(parser, field)) {
            seen.append(field).append('=').append(parser.getText()).append(' ');
            parser.skipChildren();
        }
        assertEquals("1=1 0=2 2=3 ", seen.toString());
    }

    private static String failure(String json) {
        JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.ISO_8859_1));
        JsonReadException e = assertThrows(JsonReadException.class, () -> {
            while (parser.nextToken() != null) {
                parser.getText();
            }
        }, json);
        return e.getMessage();
    }

    private static void assertFailure(String expectedStart, String json) {
        String message = failure(json);
        assertTrue(message.startsWith(expectedStart), () -> json + ": " + message);
    }

    @Test
    void aBadByteIsShownAsItselfWhenPrintableAndInHexOtherwise() {
        assertFailure("Expected a digit after '-' but found ' '", "- 1");
        assertFailure("Expected a digit after '-' but found '~'", "-~");
        assertFailure("Expected a digit after '-' but found byte 0x7F", "-\u007F");
        assertFailure("Expected a digit after '-' but found byte 0x00", "-\u0000");
        assertFailure("Expected a digit after '-' but found byte 0x1F", "-\u001F");
        assertFailure("Expected a digit after '-' but found end of input", "-");
    }

    @Test
    void aMisspelledLiteralIsQuotedWordForWord() {
        assertFailure("Expected 'true' but found 'tazAZ09_'", "[tazAZ09_`]");
        assertFailure("Expected 'true' but found 'true_'", "[true_]");
        assertFailure("Expected 'null' but found 'nul'", " ".repeat(40) + "nul");
        assertFailure("Expected 'false' but found 'f" + "x".repeat(31) + "'", "[f" + "x".repeat(50) + "]");
        for (char c : new char[] {'`', '{', '@', '[', '/', ':'}) {
            String message = failure("[fals" + c + "]");
            assertTrue(message.startsWith("Expected 'false' but found 'fals'"), message);
        }
    }
}
