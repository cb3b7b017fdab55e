package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

class JsonReadTest {

    /** A reader that cannot throw checked exceptions in lambdas. */
    interface Reader<T> {
        T read(JsonReader parser) throws IOException;
    }

    /** Parses {@code json} and reads the first value with {@code reader}. */
    static <T> T read(String json, Reader<T> reader) throws IOException {
        JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        parser.nextToken();
        return reader.read(parser);
    }

    @Test
    void readsStrings() throws IOException {
        assertEquals("héllo \"x\"", read("\"héllo \\\"x\\\"\"", Json::readString));
        assertNull(read("null", Json::readString));
    }

    @Test
    void readsBooleans() throws IOException {
        assertEquals(Boolean.TRUE, read("true", Json::readBoolean));
        assertEquals(Boolean.FALSE, read("false", Json::readBoolean));
        assertNull(read("null", Json::readBoolean));
    }

    @Test
    void readsIntegralNumbers() throws IOException {
        assertEquals(-2147483648, read("-2147483648", Json::readInteger));
        assertEquals(9007199254740993L, read("9007199254740993", Json::readLong));
        assertEquals((short) -32768, read("-32768", Json::readShort));
        assertEquals((byte) 127, read("127", Json::readByte));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                read("123456789012345678901234567890", Json::readBigInteger));
        assertNull(read("null", Json::readInteger));
        assertNull(read("null", Json::readLong));
        assertNull(read("null", Json::readShort));
        assertNull(read("null", Json::readByte));
        assertNull(read("null", Json::readBigInteger));
    }

    @Test
    void rejectsIntegersThatDoNotFit() {
        assertThrows(IOException.class, () -> read("2147483648", Json::readInteger));
        JsonReadException shortOverflow = assertThrows(JsonReadException.class, () -> read("40000", Json::readShort));
        assertTrue(shortOverflow.getMessage().startsWith("Value 40000 does not fit in a short"));
        JsonReadException byteOverflow = assertThrows(JsonReadException.class, () -> read("200", Json::readByte));
        assertTrue(byteOverflow.getMessage().startsWith("Value 200 does not fit in a byte"));
    }

    @Test
    void readsFloatingPointIncludingSpecialStrings() throws IOException {
        assertEquals(1.5f, read("1.5", Json::readFloat));
        assertEquals(3.0f, read("3", Json::readFloat));
        assertEquals(Float.NaN, read("\"NaN\"", Json::readFloat));
        assertEquals(Float.POSITIVE_INFINITY, read("\"Infinity\"", Json::readFloat));
        assertEquals(Float.NEGATIVE_INFINITY, read("\"-Infinity\"", Json::readFloat));
        assertEquals(-0.125d, read("-0.125", Json::readDouble));
        assertEquals(1.0e300d, read("1e300", Json::readDouble));
        assertEquals(Double.NaN, read("\"NaN\"", Json::readDouble));
        assertEquals(Double.POSITIVE_INFINITY, read("\"Infinity\"", Json::readDouble));
        assertEquals(Double.NEGATIVE_INFINITY, read("\"-Infinity\"", Json::readDouble));
        assertNull(read("null", Json::readFloat));
        assertNull(read("null", Json::readDouble));
    }

    @Test
    void rejectsOtherStringsForFloatingPoint() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> read("\"nan\"", Json::readDouble));
        assertTrue(e.getMessage().startsWith(
                "Expected a number, \"NaN\", \"Infinity\" or \"-Infinity\" but found another string"), e.getMessage());
    }

    @Test
    void readsBigDecimalsExactly() throws IOException {
        assertEquals(new BigDecimal("0.10000000000000000000000000001"),
                read("0.10000000000000000000000000001", Json::readBigDecimal));
        assertEquals(new BigDecimal("12"), read("12", Json::readBigDecimal));
        assertNull(read("null", Json::readBigDecimal));
    }

    @Test
    void readsBlobsFromBase64() throws IOException {
        SdkBytes bytes = read("\"aGVsbG8=\"", Json::readBlob);
        assertEquals("hello", bytes.asUtf8String());
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, read("\"+/8\"", Json::readBlob).asByteArray());
        assertNull(read("null", Json::readBlob));
        JsonReadException bad = assertThrows(JsonReadException.class, () -> read("\"not base64!\"", Json::readBlob));
        assertTrue(bad.getMessage().startsWith("Expected base64 text"), bad.getMessage());
    }

    @Test
    void readsDocumentsOfEveryKind() throws IOException {
        Document document = read(
                "{\"s\":\"x\",\"i\":12345678901234567890,\"d\":1.50,\"t\":true,\"f\":false,\"n\":null,"
                        + "\"l\":[1,\"a\",[]],\"m\":{\"k\":{}}}",
                Json::readDocument);
        Map<String, Document> members = document.asMap();
        assertEquals(List.of("s", "i", "d", "t", "f", "n", "l", "m"), List.copyOf(members.keySet()));
        assertEquals("x", members.get("s").asString());
        assertEquals("12345678901234567890", members.get("i").asNumber().stringValue());
        assertEquals("1.50", members.get("d").asNumber().stringValue());
        assertTrue(members.get("t").asBoolean());
        assertEquals(false, members.get("f").asBoolean());
        assertTrue(members.get("n").isNull());
        List<Document> list = members.get("l").asList();
        assertEquals(3, list.size());
        assertEquals(1, list.get(0).asNumber().intValue());
        assertEquals("a", list.get(1).asString());
        assertTrue(list.get(2).asList().isEmpty());
        assertTrue(members.get("m").asMap().get("k").asMap().isEmpty());
        assertNull(read("null", Json::readDocument));
        assertEquals("solo", read("\"solo\"", Json::readDocument).asString());
    }

    @Test
    void aNumberOrABooleanWhereAStringBelongsIsReadAsItsText() throws Exception {
        assertEquals("12", read("12", Json::readString));
        assertEquals("-1.50e3", read("-1.50e3", Json::readString));
        assertEquals("true", read("true", Json::readString));
        assertEquals("false", read("false", Json::readString));
        JsonReadException object = assertThrows(JsonReadException.class, () -> read("{}", Json::readString));
        assertTrue(object.getMessage().startsWith("Expected a string but found an object"), object.getMessage());
    }

    @Test
    void wrongTokenSaysWhatWasExpectedAndWhere() {
        JsonReadException string = assertThrows(JsonReadException.class, () -> read("  [42]", Json::readString));
        assertTrue(string.getMessage().startsWith("Expected a string but found an array"), string.getMessage());
        assertEquals(1, string.line());
        assertEquals(3, string.column());
        assertTrue(string.getMessage().endsWith("(line 1, column 3)"), string.getMessage());

        JsonReadException bool = assertThrows(JsonReadException.class, () -> read("\"true\"", Json::readBoolean));
        assertTrue(bool.getMessage().startsWith("Expected a boolean but found a string"), bool.getMessage());
        JsonReadException integer = assertThrows(JsonReadException.class, () -> read("1.5", Json::readInteger));
        assertTrue(integer.getMessage().startsWith("Expected an integer but found a decimal number"));
        JsonReadException array = assertThrows(JsonReadException.class, () -> read("[1]", Json::readLong));
        assertTrue(array.getMessage().startsWith("Expected an integer but found an array"));
        JsonReadException object = assertThrows(JsonReadException.class, () -> read("{}", Json::readDouble));
        assertTrue(object.getMessage().startsWith("Expected a number but found an object"));
        JsonReadException decimal = assertThrows(JsonReadException.class,
                () -> read("\"1.5\"", Json::readBigDecimal));
        assertTrue(decimal.getMessage().startsWith("Expected a number but found a string"));
        JsonReadException big = assertThrows(JsonReadException.class, () -> read("true", Json::readBigInteger));
        assertTrue(big.getMessage().startsWith("Expected an integer but found a boolean"));
        JsonReadException blob = assertThrows(JsonReadException.class, () -> read("7", Json::readBlob));
        assertTrue(blob.getMessage().startsWith("Expected a base64 string but found an integer"));
    }

    @Test
    void skipValueSkipsNestedStructures() throws IOException {
        JsonReader parser = new JsonReader("{\"a\":{\"b\":[1,{\"c\":2}]},\"z\":9}".getBytes(StandardCharsets.UTF_8));
        assertEquals(JsonToken.START_OBJECT, parser.nextToken());
        assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
        parser.nextToken();
        Json.skipValue(parser);
        assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
        assertEquals("z", parser.currentName());
        parser.nextToken();
        Json.skipValue(parser);
        assertEquals(JsonToken.VALUE_NUMBER_INT, parser.currentToken());
        assertEquals(9, parser.getIntValue());
    }
}
