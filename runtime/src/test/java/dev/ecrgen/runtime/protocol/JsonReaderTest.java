package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static JsonReader reader(String json) {
        return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Each token of a whole document as {@code TOKEN text}, the name in brackets where there is one. */
    private static List<String> tokens(String json) throws JsonReadException {
        JsonReader reader = reader(json);
        List<String> tokens = new ArrayList<>();
        for (JsonToken token = reader.nextToken(); token != null; token = reader.nextToken()) {
            String name = reader.currentName();
            tokens.add(token + " " + reader.getText() + (name == null ? "" : " [" + name + "]"));
        }
        assertNull(reader.currentToken());
        return tokens;
    }

    /** The message of the error that reading the whole document ends with. */
    private static String failure(byte[] json) {
        JsonReader reader = new JsonReader(json);
        return assertThrows(JsonReadException.class, () -> {
            while (reader.nextToken() != null) {
                // read on
            }
        }).getMessage();
    }

    private static String failure(String json) {
        return failure(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A reader on the first token of {@code json}. */
    private static JsonReader on(String json) throws JsonReadException {
        JsonReader reader = reader(json);
        reader.nextToken();
        return reader;
    }

    // ---- tokens

    @Test
    void readsEveryKindOfToken() throws JsonReadException {
        assertEquals(List.of(
                "START_OBJECT {",
                "FIELD_NAME a [a]",
                "START_ARRAY [ [a]",
                "VALUE_NUMBER_INT 1",
                "VALUE_NUMBER_FLOAT -2.5e3",
                "VALUE_STRING s",
                "VALUE_TRUE true",
                "VALUE_FALSE false",
                "VALUE_NULL null",
                "START_OBJECT {",
                "END_OBJECT }",
                "START_ARRAY [",
                "END_ARRAY ]",
                "END_ARRAY ] [a]",
                "FIELD_NAME b [b]",
                "VALUE_STRING  [b]",
                "FIELD_NAME c [c]",
                "START_OBJECT { [c]",
                "FIELD_NAME d [d]",
                "VALUE_NULL null [d]",
                "END_OBJECT } [c]",
                "END_OBJECT }"),
                tokens("{\"a\":[1,-2.5e3,\"s\",true,false,null,{},[]],\"b\":\"\",\"c\":{\"d\":null}}"));
    }

    @Test
    void readsAnyValueAtTheRoot() throws JsonReadException {
        assertEquals(List.of("VALUE_NUMBER_INT 1"), tokens("1"));
        assertEquals(List.of("VALUE_NUMBER_INT -0"), tokens(" -0 "));
        assertEquals(List.of("VALUE_NUMBER_FLOAT 0.5"), tokens("0.5\n"));
        assertEquals(List.of("VALUE_STRING x"), tokens("\"x\""));
        assertEquals(List.of("VALUE_TRUE true"), tokens("true"));
        assertEquals(List.of("VALUE_FALSE false"), tokens("\tfalse"));
        assertEquals(List.of("VALUE_NULL null"), tokens("null\r\n"));
        assertEquals(List.of("START_ARRAY [", "END_ARRAY ]"), tokens("[ ]"));
    }

    @Test
    void endsWithNullAfterTheRootValue() throws JsonReadException {
        JsonReader reader = reader("{} \n");
        assertNull(reader.currentToken());
        assertNull(reader.getText());
        assertEquals(JsonToken.START_OBJECT, reader.nextToken());
        assertEquals(JsonToken.END_OBJECT, reader.nextToken());
        assertNull(reader.nextToken());
        assertNull(reader.currentToken());
        assertNull(reader.getText());
        assertNull(reader.currentName());
        assertNull(reader.nextToken());
    }

    @Test
    void takesOnlySpaceTabLineFeedAndCarriageReturnAsWhitespace() throws JsonReadException {
        assertEquals(List.of("START_OBJECT {", "FIELD_NAME a [a]", "VALUE_NUMBER_INT 1 [a]", "END_OBJECT }"),
                tokens(" \t\r\n{ \"a\" \n:\t1\r}\r\n "));
        assertEquals("Expected a value but found byte 0x0C (line 1, column 1)", failure("\f1"));
        assertEquals("Expected a value but found byte 0xC2 (line 1, column 1)", failure("\u00A01"));
        assertEquals("Expected a value but found byte 0xEF (line 1, column 1)", failure("\uFEFF1"));
    }

    @Test
    void rejectsContentAfterTheRootValue() {
        assertEquals("Expected end of input after the root value but found '{' (line 1, column 4)", failure("{} {}"));
        assertEquals("Expected end of input after the root value but found '2' (line 1, column 3)", failure("1 2"));
        assertEquals("Expected end of input after the root value but found ']' (line 1, column 3)", failure("[]]"));
        assertEquals("Expected end of input after the root value but found 'x' (line 2, column 1)", failure("\"a\"\nx"));
        assertEquals("Expected end of input after the root value but found 'x' (line 1, column 6)", failure("true x"));
        assertEquals("Expected end of input after the root value but found ',' (line 1, column 2)", failure("1,2"));
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertEquals("Expected a value but found end of input (line 1, column 1)", failure(""));
        assertEquals("Expected a value but found end of input (line 2, column 2)", failure(" \n "));
    }

    // ---- structure errors

    @Test
    void saysWhatWasExpectedInObjects() {
        assertEquals("Expected ':' after a field name but found '1' (line 1, column 6)", failure("{\"a\" 1}"));
        assertEquals("Expected a field name or '}' but found '1' (line 1, column 2)", failure("{1:2}"));
        assertEquals("Expected a field name or '}' but found ''' (line 1, column 2)", failure("{'a':1}"));
        assertEquals("Expected a field name or '}' but found 'a' (line 1, column 2)", failure("{a:1}"));
        assertEquals("Expected a field name after ',' but found '}' (line 1, column 8)", failure("{\"a\":1,}"));
        assertEquals("Expected ',' or '}' after an object field but found '\"' (line 1, column 8)",
                failure("{\"a\":1 \"b\":2}"));
        assertEquals("Expected ',' or '}' after an object field but found 'x' (line 1, column 8)",
                failure("{\"a\":\"\"x}"));
        assertEquals("Expected ',' or '}' after an object field but found ']' (line 1, column 7)", failure("{\"a\":1]"));
        assertEquals("Expected a value after ':' but found '}' (line 1, column 6)", failure("{\"a\":}"));
        assertEquals("Expected a value after ':' but found end of input (line 1, column 6)", failure("{\"a\":"));
        assertEquals("Expected ':' after a field name but found end of input (line 1, column 5)", failure("{\"a\""));
        assertEquals("Expected a field name or '}' but found end of input (line 1, column 2)", failure("{"));
    }

    @Test
    void saysWhatWasExpectedInArrays() {
        assertEquals("Expected a value after ',' but found ']' (line 1, column 4)", failure("[1,]"));
        assertEquals("Expected a value or ']' but found ',' (line 1, column 2)", failure("[,1]"));
        assertEquals("Expected ',' or ']' after an array element but found '2' (line 1, column 4)", failure("[1 2]"));
        assertEquals("Expected ',' or ']' after an array element but found '}' (line 1, column 3)", failure("[1}"));
        assertEquals("Expected ',' or ']' after an array element but found end of input (line 1, column 3)",
                failure("[1"));
        assertEquals("Expected a value or ']' but found end of input (line 1, column 2)", failure("["));
        assertEquals("Expected ',' or ']' after an array element but found ':' (line 1, column 5)",
                failure("[\"a\":1]"));
    }

    @Test
    void rejectsWhatOnlyLenientParsersAccept() {
        assertEquals("Expected a value but found '/' (line 1, column 1)", failure("// note\n1"));
        assertEquals("Expected a value or ']' but found '/' (line 1, column 2)", failure("[/* note */1]"));
        assertEquals("Expected a value or ']' but found ''' (line 1, column 2)", failure("['a']"));
        assertEquals("Expected a value but found 'N' (line 1, column 1)", failure("NaN"));
        assertEquals("Expected a value but found 'I' (line 1, column 1)", failure("Infinity"));
        assertEquals("Expected a digit after '-' but found 'I' (line 1, column 2)", failure("-Infinity"));
        assertEquals("Expected a value but found '+' (line 1, column 1)", failure("+1"));
        assertEquals("Expected a value but found '.' (line 1, column 1)", failure(".5"));
        assertEquals("Expected a value or ']' but found 'T' (line 1, column 2)", failure("[True]"));
    }

    @Test
    void rejectsMisspelledLiterals() {
        assertEquals("Expected 'true' but found 'tru' (line 1, column 1)", failure("tru"));
        assertEquals("Expected 'true' but found 'truex' (line 1, column 1)", failure("truex"));
        assertEquals("Expected 'false' but found 'fals' (line 1, column 2)", failure("[fals]"));
        assertEquals("Expected 'null' but found 'nul' (line 1, column 6)", failure("{\"a\":nul}"));
        assertEquals("Expected 'null' but found 'null1' (line 1, column 1)", failure("null1"));
        assertEquals("Expected ',' or ']' after an array element but found '-' (line 1, column 6)",
                failure("[true-]"));
    }

    // ---- strings

    @Test
    void decodesEscapes() throws JsonReadException {
        assertEquals("\" \\ / \b \f \n \r \t", on("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"").getText());
        assertEquals("A\u00e9\u20ac\uabcd\uABCD", on("\"\\u0041\\u00e9\\u20AC\\uabcd\\uABCD\"").getText());
        assertEquals("\u0000\u001f", on("\"\\u0000\\u001F\"").getText());
        assertEquals("\uD83D\uDE00", on("\"\\uD83D\\uDE00\"").getText());
        assertEquals("x\uD800y\uDC00", on("\"x\\uD800y\\udc00\"").getText());
        assertEquals("\u00e9\"\uD83D\uDE00\n\u20ac", on("\"\u00e9\\\"\uD83D\uDE00\\n\u20ac\"").getText());
    }

    @Test
    void decodesUtf8() throws JsonReadException {
        assertEquals("caf\u00e9 \u20ac \u4e2d \uD83D\uDE00 \u007f", on("\"caf\u00e9 \u20ac \u4e2d \uD83D\uDE00 \u007f\"")
                .getText());
        assertEquals("\u0080\u07ff\u0800\uffff\uDBFF\uDFFF",
                new String(utf8Text(bytes('"', 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xEF, 0xBF, 0xBF,
                        0xF4, 0x8F, 0xBF, 0xBF, '"'))));
    }

    private static char[] utf8Text(byte[] json) throws JsonReadException {
        JsonReader reader = new JsonReader(json);
        reader.nextToken();
        return reader.getText().toCharArray();
    }

    @Test
    void rejectsUnpairedSurrogatesInFieldNames() throws JsonReadException {
        assertEquals(List.of("START_OBJECT {", "FIELD_NAME \uD83D\uDE00 [\uD83D\uDE00]", "VALUE_NUMBER_INT 1 [\uD83D\uDE00]",
                "END_OBJECT }"), tokens("{\"\\ud83d\\uDE00\":1}"));
        assertEquals("Unpaired surrogate \\ud800 in a field name (line 1, column 3)", failure("{\"\\ud800\":1}"));
        assertEquals("Unpaired surrogate \\uDC00 in a field name (line 1, column 4)", failure("{\"a\\uDC00\":1}"));
        assertEquals("Unpaired surrogate \\ud800 in a field name (line 1, column 3)", failure("{\"\\ud800\\ud800\":1}"));
        assertEquals("Unpaired surrogate \\ud800 in a field name (line 1, column 3)", failure("{\"\\ud800\\n\":1}"));
        assertEquals("Expected a hex digit in a \\u escape but found 'x' (line 1, column 13)",
                failure("{\"\\ud800\\udcx0\":1}"));
        assertEquals(List.of("START_OBJECT {", "FIELD_NAME x [x]", "VALUE_STRING \uDC00 [x]", "END_OBJECT }"),
                tokens("{\"x\":\"\\udc00\"}"));
    }

    @Test
    void givesTheSameStringForRepeatedGetText() throws JsonReadException {
        JsonReader reader = on("\"abc\"");
        assertSame(reader.getText(), reader.getText());
        JsonReader number = on("12.5");
        assertSame(number.getText(), number.getText());
        JsonReader name = on("{\"n\\u0061me\":1}");
        name.nextToken();
        assertSame(name.getText(), name.currentName());
        assertEquals("name", name.getText());
    }

    @Test
    void rejectsControlCharactersInStrings() {
        assertEquals("Unescaped control character 0x0A in a string (line 1, column 3)", failure("\"a\nb\""));
        assertEquals("Unescaped control character 0x09 in a string (line 2, column 3)", failure("[\n\"a\tb\"]"));
        assertEquals("Unescaped control character 0x00 in a string (line 1, column 3)", failure(bytes('{', '"', 0, '"')));
        assertEquals("Unescaped control character 0x1F in a string (line 1, column 2)", failure(bytes('"', 0x1F, '"')));
    }

    @Test
    void rejectsBadEscapes() {
        assertEquals("Expected one of \" \\ / b f n r t u after '\\' but found 'x' (line 1, column 4)",
                failure("\"a\\x\""));
        assertEquals("Expected one of \" \\ / b f n r t u after '\\' but found ''' (line 1, column 3)",
                failure("\"\\'\""));
        assertEquals("Expected one of \" \\ / b f n r t u after '\\' but found byte 0xC3 (line 1, column 3)",
                failure("\"\\\u00e9\""));
        assertEquals("Expected a hex digit in a \\u escape but found 'G' (line 1, column 6)", failure("\"\\u12G4\""));
        assertEquals("Expected a hex digit in a \\u escape but found '\"' (line 1, column 5)", failure("\"\\u1\""));
        assertEquals("Unexpected end of input inside a string (line 1, column 5)", failure("\"\\u1"));
        assertEquals("Unexpected end of input inside a string (line 1, column 3)", failure("\"\\"));
    }

    @Test
    void rejectsUnterminatedStrings() {
        assertEquals("Unexpected end of input inside a string (line 1, column 5)", failure("\"abc"));
        assertEquals("Unexpected end of input inside a string (line 1, column 6)", failure("{\"abc"));
        assertEquals("Unexpected end of input inside a string (line 1, column 3)", failure(bytes('"', 0xC3)));
        assertEquals("Unexpected end of input inside a string (line 1, column 4)", failure(bytes('"', 0xF0, 0x9F)));
    }

    @Test
    void rejectsInvalidUtf8() {
        assertEquals("Invalid UTF-8 byte 0x80 (line 1, column 3)", failure(bytes('"', 'a', 0x80, '"')));
        assertEquals("Invalid UTF-8 byte 0xBF (line 1, column 2)", failure(bytes('"', 0xBF, '"')));
        assertEquals("Invalid UTF-8 byte 0xFF (line 1, column 2)", failure(bytes('"', 0xFF, '"')));
        assertEquals("Invalid UTF-8 byte 0xF5 (line 1, column 2)", failure(bytes('"', 0xF5, 0x80, 0x80, 0x80, '"')));
        // overlong forms
        assertEquals("Invalid UTF-8 byte 0xC0 (line 1, column 2)", failure(bytes('"', 0xC0, 0xAF, '"')));
        assertEquals("Invalid UTF-8 byte 0xC1 (line 1, column 2)", failure(bytes('"', 0xC1, 0xBF, '"')));
        assertEquals("Invalid UTF-8 sequence 0xE0 0x80 (line 1, column 2)",
                failure(bytes('"', 0xE0, 0x80, 0xAF, '"')));
        assertEquals("Invalid UTF-8 sequence 0xF0 0x8F (line 1, column 2)",
                failure(bytes('"', 0xF0, 0x8F, 0xBF, 0xBF, '"')));
        // surrogates, and beyond U+10FFFF
        assertEquals("Invalid UTF-8 sequence 0xED 0xA0 (line 1, column 2)",
                failure(bytes('"', 0xED, 0xA0, 0x80, '"')));
        assertEquals("Invalid UTF-8 sequence 0xF4 0x90 (line 1, column 2)",
                failure(bytes('"', 0xF4, 0x90, 0x80, 0x80, '"')));
        // a sequence cut short
        assertEquals("Invalid UTF-8 sequence 0xC3 0x22 (line 1, column 2)", failure(bytes('"', 0xC3, '"')));
        assertEquals("Invalid UTF-8 sequence 0xE2 0x82 0x41 (line 1, column 3)",
                failure(bytes('[', '"', 0xE2, 0x82, 'A', '"', ']')));
        assertEquals("Invalid UTF-8 sequence 0xF0 0x9F 0x98 0x20 (line 1, column 3)",
                failure(bytes('{', '"', 0xF0, 0x9F, 0x98, ' ', '"', ':', '1', '}')));
        // outside strings, any byte above 0x7F is simply unexpected
        assertEquals("Expected a value or ']' but found byte 0xC3 (line 1, column 2)",
                failure(bytes('[', 0xC3, 0xA9, ']')));
    }

    // ---- numbers

    @Test
    void readsIntegersAtTheEdgesOfIntAndLong() throws JsonReadException {
        assertEquals(Integer.MAX_VALUE, on("2147483647").getIntValue());
        assertEquals(Integer.MIN_VALUE, on("-2147483648").getIntValue());
        assertEquals(2147483648L, on("2147483648").getLongValue());
        assertEquals(Long.MAX_VALUE, on("9223372036854775807").getLongValue());
        assertEquals(Long.MIN_VALUE, on("-9223372036854775808").getLongValue());
        assertEquals(999999999999999999L, on("999999999999999999").getLongValue());
        assertEquals(-1000000000000000000L, on("-1000000000000000000").getLongValue());
        assertEquals(0, on("-0").getIntValue());
        assertEquals(0, on("0").getLongValue());
    }

    @Test
    void rejectsIntegersOutOfRange() {
        assertEquals("Number 2147483648 is out of the range of an int (line 1, column 2)",
                assertThrows(JsonReadException.class, () -> numberIn("[2147483648]").getIntValue()).getMessage());
        assertEquals("Number -2147483649 is out of the range of an int (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("-2147483649").getIntValue()).getMessage());
        assertEquals("Number 9223372036854775808 is out of the range of a long (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("9223372036854775808").getLongValue()).getMessage());
        assertEquals("Number -9223372036854775809 is out of the range of a long (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("-9223372036854775809").getLongValue()).getMessage());
        assertEquals("Number 18446744073709551616 is out of the range of a long (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("18446744073709551616").getLongValue()).getMessage());
        assertEquals("Number 12345678901234567890... (50 characters) is out of the range of an int (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("1234567890".repeat(5)).getIntValue()).getMessage());
    }

    private static JsonReader numberIn(String json) throws JsonReadException {
        JsonReader reader = on(json);
        reader.nextToken();
        return reader;
    }

    @Test
    void readsBigIntegers() throws JsonReadException {
        String big = "-123456789012345678901234567890";
        assertEquals(new BigInteger(big), on(big).getBigIntegerValue());
        assertEquals(new BigInteger(big), on(big).getNumberValue());
        assertEquals(new BigInteger(big), on(big).getDecimalValue().toBigIntegerExact());
        assertEquals(Double.parseDouble(big), on(big).getDoubleValue());
        assertEquals(BigInteger.valueOf(42), on("42").getBigIntegerValue());
        assertEquals(new BigInteger("9223372036854775808"), on("9223372036854775808").getBigIntegerValue());
    }

    @Test
    void givesTheSmallestNumberTypeThatHoldsTheValue() throws JsonReadException {
        assertEquals(Integer.valueOf(-2147483648), on("-2147483648").getNumberValue());
        assertEquals(Integer.valueOf(7), on("7").getNumberValue());
        assertEquals(Long.valueOf(2147483648L), on("2147483648").getNumberValue());
        assertEquals(Long.valueOf(Long.MIN_VALUE), on("-9223372036854775808").getNumberValue());
        assertEquals(new BigInteger("9223372036854775808"), on("9223372036854775808").getNumberValue());
        assertEquals(Double.valueOf(1.0), on("1.0").getNumberValue());
        assertEquals(Double.valueOf(100.0), on("1e2").getNumberValue());
    }

    @Test
    void readsDecimalsAndExponents() throws JsonReadException {
        for (String text : List.of("0.1", "-0.0", "1e2", "1E+2", "1e-2", "-2.5E-3", "0e0", "123.456e7", "1e22", "1e23",
                "9007199254740993", "9007199254740993.0", "0.30000000000000004", "4.9e-324", "2.4e-324", "1e400",
                "-1e400", "1.7976931348623157e308", "1.7976931348623159e308", "123456789012345678901234567890e-10",
                "0.0000000000000000000000000001", "1e-22", "1.5e-22", "1e00000000000000000000002")) {
            JsonReader reader = on(text);
            assertEquals(Double.parseDouble(text), reader.getDoubleValue(), text);
            assertEquals(Float.parseFloat(text), reader.getFloatValue(), text);
            assertEquals(new BigDecimal(text), reader.getDecimalValue(), text);
            assertEquals(text, reader.getText());
        }
        assertEquals(-0.0, on("-0").getDoubleValue());
        assertEquals(new BigDecimal("1.50"), on("1.50").getDecimalValue());
        assertEquals(2, on("1.50").getDecimalValue().scale());
    }

    @Test
    void truncatesDecimalsForIntegerGetters() throws JsonReadException {
        assertEquals(1, on("1.9").getIntValue());
        assertEquals(-1, on("-1.9").getIntValue());
        assertEquals(2147483647, on("2147483647.0").getIntValue());
        assertEquals(1000000000000000000L, on("1e18").getLongValue());
        assertEquals(Long.MAX_VALUE, on("9.223372036854775807e18").getLongValue());
        assertEquals(BigInteger.valueOf(1500), on("1.5e3").getBigIntegerValue());
        assertEquals(BigInteger.valueOf(-2), on("-2.7").getBigIntegerValue());
        assertEquals(BigInteger.ZERO, on("1e-999999999").getBigIntegerValue());
        assertEquals(BigInteger.TEN.pow(400), on("1e400").getBigIntegerValue());
        assertEquals("Number 2147483647.5 is out of the range of an int (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("2147483647.5").getIntValue()).getMessage());
        assertEquals("Number 1e19 is out of the range of a long (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("1e19").getLongValue()).getMessage());
        assertEquals("Number 1e1000 is out of the range of a BigInteger of at most 1000 digits (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("1e1000").getBigIntegerValue()).getMessage());
        assertEquals("Number 1e9999999999 is out of the BigDecimal range (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("1e9999999999").getDecimalValue()).getMessage());
    }

    @Test
    void rejectsMalformedNumbers() {
        assertEquals("Leading zeros are not allowed in a number (line 1, column 1)", failure("01"));
        assertEquals("Leading zeros are not allowed in a number (line 1, column 2)", failure("[-00]"));
        assertEquals("Expected a digit after '-' but found end of input (line 1, column 2)", failure("-"));
        assertEquals("Expected a digit after '-' but found 'a' (line 1, column 3)", failure("[-a]"));
        assertEquals("Expected a digit after the decimal point but found end of input (line 1, column 3)", failure("1."));
        assertEquals("Expected a digit after the decimal point but found 'e' (line 1, column 3)", failure("1.e3"));
        assertEquals("Expected a digit in the exponent but found end of input (line 1, column 3)", failure("1e"));
        assertEquals("Expected a digit in the exponent but found ']' (line 1, column 5)", failure("[1e+]"));
        assertEquals("Expected end of input after the root value but found '.' (line 1, column 4)", failure("1.5.3"));
        assertEquals("Expected end of input after the root value but found 'x' (line 1, column 2)", failure("0x10"));
        assertEquals("Expected ',' or '}' after an object field but found 'a' (line 1, column 7)",
                failure("{\"n\":1a}"));
    }

    @Test
    void limitsTheLengthOfNumbers() throws JsonReadException {
        String longest = "1".repeat(1000);
        assertEquals(longest, on(longest).getText());
        assertEquals(new BigInteger(longest), on(longest).getBigIntegerValue());
        assertEquals("0." + "5".repeat(998), on("0." + "5".repeat(998)).getText());
        assertEquals("Number longer than 1000 characters (line 1, column 2)", failure("[" + "1".repeat(1001) + "]"));
        assertEquals("Number longer than 1000 characters (line 1, column 1)", failure("-" + "1".repeat(1000)));
        assertEquals("Number longer than 1000 characters (line 1, column 1)", failure("1e" + "0".repeat(999)));
    }

    @Test
    void namesTheTokenWhenItIsNotANumber() {
        assertEquals("Expected a number but found a string (line 1, column 2)",
                assertThrows(JsonReadException.class, () -> numberIn("[\"1\"]").getIntValue()).getMessage());
        assertEquals("Expected a number but found 'null' (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("null").getLongValue()).getMessage());
        assertEquals("Expected a number but found '{' (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("{}").getDoubleValue()).getMessage());
        assertEquals("Expected a number but found a field name (line 1, column 2)",
                assertThrows(JsonReadException.class, () -> numberIn("{\"a\":1}").getDecimalValue()).getMessage());
        assertEquals("Expected a number but found no token (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> reader("1").getNumberValue()).getMessage());
        assertEquals("Expected a number but found 'true' (line 1, column 1)",
                assertThrows(JsonReadException.class, () -> on("true").getFloatValue()).getMessage());
        assertEquals("Expected a number but found ']' (line 1, column 2)",
                assertThrows(JsonReadException.class, () -> numberIn("[]").getBigIntegerValue()).getMessage());
    }

    // ---- nesting

    @Test
    void nestsUpToOneThousandLevels() throws JsonReadException {
        String deepest = "[".repeat(1000) + "]".repeat(1000);
        assertEquals(2000, tokens(deepest).size());
        String objects = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
        assertEquals(3001, tokens(objects).size());
        assertEquals("Objects and arrays nested more than 1000 deep (line 1, column 1001)",
                failure("[".repeat(1001) + "]".repeat(1001)));
        assertEquals("Objects and arrays nested more than 1000 deep (line 1, column 5001)",
                failure("{\"a\":".repeat(1000) + "{}" + "}".repeat(1000)));
        assertEquals("Objects and arrays nested more than 1000 deep (line 1, column 1001)", failure("[".repeat(1_000_000)));
    }

    @Test
    void namesTheFieldOfEachValue() throws JsonReadException {
        JsonReader reader = reader("{\"a\":{\"b\":[1,{\"c\":2}]},\"d\":3}");
        List<String> names = new ArrayList<>();
        while (reader.nextToken() != null) {
            names.add(reader.currentToken() + "=" + reader.currentName());
        }
        assertEquals(List.of("START_OBJECT=null", "FIELD_NAME=a", "START_OBJECT=a", "FIELD_NAME=b", "START_ARRAY=b",
                "VALUE_NUMBER_INT=null", "START_OBJECT=null", "FIELD_NAME=c", "VALUE_NUMBER_INT=c", "END_OBJECT=null",
                "END_ARRAY=b", "END_OBJECT=a", "FIELD_NAME=d", "VALUE_NUMBER_INT=d", "END_OBJECT=null"), names);
    }

    @Test
    void skipsChildren() throws JsonReadException {
        JsonReader reader = reader("{\"a\":{\"b\":[1,{\"c\":[]}],\"e\":{}},\"d\":[[2],3],\"f\":4}");
        assertEquals(JsonToken.START_OBJECT, reader.nextToken());
        assertEquals(JsonToken.FIELD_NAME, reader.nextToken());
        reader.skipChildren(); // nothing to skip on a name
        assertEquals(JsonToken.FIELD_NAME, reader.currentToken());
        assertEquals(JsonToken.START_OBJECT, reader.nextToken());
        reader.skipChildren();
        assertEquals(JsonToken.END_OBJECT, reader.currentToken());
        assertEquals("a", reader.currentName());
        assertTrue(reader.nextFieldName("d".getBytes(StandardCharsets.UTF_8)));
        assertEquals(JsonToken.START_ARRAY, reader.nextToken());
        reader.skipChildren();
        assertEquals(JsonToken.END_ARRAY, reader.currentToken());
        assertTrue(reader.nextFieldName("f".getBytes(StandardCharsets.UTF_8)));
        assertEquals(JsonToken.VALUE_NUMBER_INT, reader.nextToken());
        reader.skipChildren();
        assertEquals(4, reader.getIntValue());
        assertEquals(JsonToken.END_OBJECT, reader.nextToken());
        assertNull(reader.nextToken());
    }

    @Test
    void skipsDeepChildrenAndFailsOnTheirErrors() throws JsonReadException {
        JsonReader deep = on("[" + "[".repeat(999) + "]".repeat(999) + ",1]");
        deep.nextToken();
        deep.skipChildren();
        assertEquals(JsonToken.END_ARRAY, deep.currentToken());
        assertEquals(JsonToken.VALUE_NUMBER_INT, deep.nextToken());

        JsonReader broken = on("{\"a\":[1,2,}]}");
        assertEquals("Expected a value after ',' but found '}' (line 1, column 11)",
                assertThrows(JsonReadException.class, broken::skipChildren).getMessage());
    }

    @Test
    void matchesFieldNamesByTheirBytes() throws JsonReadException {
        JsonReader reader = reader("{\"imageId\":1,\"imageIds\":2,\"imageIx\":3,\"n\\u0061me\":4,\"caf\u00e9\":5,"
                + "\"\\ud83d\\ude00\":6}");
        byte[] imageId = "imageId".getBytes(StandardCharsets.UTF_8);
        assertFalse(reader.nextFieldName(imageId)); // the start of the object
        assertEquals(JsonToken.START_OBJECT, reader.currentToken());
        assertTrue(reader.nextFieldName(imageId));
        assertFalse(reader.nextFieldName(imageId)); // a value
        assertEquals(1, reader.getIntValue());
        assertFalse(reader.nextFieldName(imageId)); // longer
        assertEquals("imageIds", reader.currentName());
        reader.nextToken();
        assertFalse(reader.nextFieldName(imageId)); // as long, differs
        assertEquals(JsonToken.FIELD_NAME, reader.currentToken());
        reader.nextToken();
        assertTrue(reader.nextFieldName("name".getBytes(StandardCharsets.UTF_8))); // escaped in the input
        reader.nextToken();
        assertTrue(reader.nextFieldName("caf\u00e9".getBytes(StandardCharsets.UTF_8)));
        reader.nextToken();
        assertTrue(reader.nextFieldName("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));
        reader.nextToken();
        assertFalse(reader.nextFieldName(imageId));
        assertEquals(JsonToken.END_OBJECT, reader.currentToken());
        assertFalse(reader.nextFieldName(imageId));
        assertNull(reader.currentToken());
    }

    @Test
    void findsWhatEndsOrInterruptsAStringAtEveryPlaceOfAWord() throws JsonReadException {
        // strings are scanned eight bytes at a time: put each kind of stop at each place of the first two words
        for (int at = 0; at < 18; at++) {
            String before = "abcdefghijklmnopqr".substring(0, at);
            String after = "stuvwxyz01234567";
            assertEquals(before, on("\"" + before + "\"").getText(), "quote at " + at);
            assertEquals(before + "\"" + after, on("\"" + before + "\\\"" + after + "\"").getText(), "escape at " + at);
            assertEquals(before + "\u00e9" + after, on("\"" + before + "\u00e9" + after + "\"").getText(), "UTF-8 at " + at);
            assertEquals("Unescaped control character 0x09 in a string (line 1, column " + (at + 2) + ")",
                    failure("\"" + before + "\t" + after + "\""), "control character at " + at);
            assertEquals("Invalid UTF-8 byte 0xFF (line 1, column " + (at + 2) + ")",
                    failure(("\"" + before + "\u00ff" + after + "\"").getBytes(StandardCharsets.ISO_8859_1)),
                    "bad byte at " + at);
            assertEquals("Unexpected end of input inside a string (line 1, column " + (at + 2) + ")",
                    failure("\"" + before), "end of input at " + at);
        }
    }

    @Test
    void matchesLongFieldNamesWordByWord() throws JsonReadException {
        // 8, 14 and 24 bytes long: whole words, and a last word that overlaps the one before
        for (String name : List.of("imageIds", "repositoryName", "imageScanFindingsSummary")) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < name.length(); at++) {
                String other = name.substring(0, at) + (char) (name.charAt(at) ^ 1) + name.substring(at + 1);
                JsonReader reader = reader("{\"" + other + "\":1,\"" + name + "\":2}");
                reader.nextToken();
                assertFalse(reader.nextFieldName(utf8), other);
                assertEquals(other, reader.currentName());
                reader.nextToken();
                assertTrue(reader.nextFieldName(utf8), name);
                assertEquals(name, reader.currentName());
                assertEquals(name, reader.getText());
            }
        }
    }

    @Test
    void matchesNamesThatNeedEscapesByTheirValue() throws JsonReadException {
        byte[] backslashB = "a\\b".getBytes(StandardCharsets.UTF_8); // a, backslash, b
        JsonReader reader = reader("{\"a\\b\":1,\"a\\\\b\":2}"); // a + backspace, then a + backslash + b
        reader.nextToken();
        assertFalse(reader.nextFieldName(backslashB));
        assertEquals("a\b", reader.currentName());
        reader.nextToken();
        assertTrue(reader.nextFieldName(backslashB));
        assertEquals("a\\b", reader.currentName());
    }

    @Test
    void givesTheFixedTextOfStructuralTokens() throws JsonReadException {
        assertEquals(List.of("START_ARRAY [", "START_OBJECT {", "END_OBJECT }", "VALUE_TRUE true", "VALUE_FALSE false",
                "VALUE_NULL null", "END_ARRAY ]"), tokens("[{},true,false,null]"));
    }

    // ---- places

    @Test
    void placesErrorsByLineAndByteColumn() {
        JsonReader reader = reader("{\n  \"a\": 1,\r\n  \"b\": [\r    true,\n    \u00e9\n  ]\n}");
        JsonReadException e = assertThrows(JsonReadException.class, () -> {
            while (reader.nextToken() != null) {
                // read on
            }
        });
        assertEquals(5, e.line());
        assertEquals(5, e.column());
        assertEquals("Expected a value after ',' but found byte 0xC3 (line 5, column 5)", e.getMessage());
        // the column counts bytes: the two-byte é before the error
        assertEquals("Expected ',' or ']' after an array element but found 'x' (line 2, column 8)",
                failure("[\n\"\u00e9\u00e9\" x]"));
    }

    @Test
    void placesCallerErrorsAtTheStartOfTheCurrentToken() throws JsonReadException {
        JsonReader reader = reader("{\n  \"when\": \"yesterday\"\n}");
        JsonReadException before = reader.error("Nothing yet");
        assertEquals("Nothing yet (line 1, column 1)", before.getMessage());
        reader.nextToken();
        reader.nextToken();
        reader.nextToken();
        JsonReadException e = reader.error("Expected a timestamp");
        assertEquals("Expected a timestamp (line 2, column 11)", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(11, e.column());
        reader.nextToken();
        assertEquals("Late (line 3, column 1)", reader.error("Late").getMessage());
        reader.nextToken();
        assertEquals("After (line 3, column 2)", reader.error("After").getMessage());
    }

    @Test
    void throwsNothingButJsonReadExceptionWhateverTheInputAndCalls() {
        byte[] alphabet = "{}[],:\"\\ \nu0123456789abcdefABCDEF-+.eEtruefalsnl\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] name = "a".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(77);
        for (int i = 0; i < 20_000; i++) {
            byte[] json = new byte[random.nextInt(40)];
            for (int k = 0; k < json.length; k++) {
                json[k] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            JsonReader reader = new JsonReader(json);
            boolean broken = false;
            for (int step = 0; step < 40 && !broken; step++) {
                int call = random.nextInt(12);
                try {
                    switch (call) {
                        case 0 -> reader.nextFieldName(name);
                        case 1 -> reader.skipChildren();
                        case 2 -> reader.getIntValue();
                        case 3 -> reader.getLongValue();
                        case 4 -> reader.getDoubleValue();
                        case 5 -> reader.getFloatValue();
                        case 6 -> reader.getDecimalValue();
                        case 7 -> reader.getBigIntegerValue();
                        case 8 -> reader.getNumberValue();
                        default -> reader.nextToken();
                    }
                    reader.getText();
                    reader.currentName();
                } catch (JsonReadException e) {
                    assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
                    broken = call < 2 || call > 8; // the input is bad here: try the next one
                }
            }
        }
    }

    @Test
    void keepsTheCauseOfAnException() {
        IllegalStateException cause = new IllegalStateException("inner");
        JsonReadException e = new JsonReadException("Outer", 3, 7, cause);
        assertSame(cause, e.getCause());
        assertEquals("Outer (line 3, column 7)", e.getMessage());
        assertNull(new JsonReadException("Plain", 1, 1).getCause());
    }
}
