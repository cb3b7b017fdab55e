package dev.ecrgen.runtime.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

/**
 * Static JSON helpers for generated codecs. Readers expect the parser to be positioned on the value's token and read
 * a JSON {@code null} as null; a token of the wrong type fails with a {@link JsonParseException} that says what was
 * expected and where. Writers write a null value as JSON {@code null}.
 */
public final class Json {

    /** The one factory all parsers and generators come from. */
    public static final JsonFactory FACTORY = new JsonFactory();

    /** Strings at least this long are escaped by {@link JsonStrings}; jackson's own loop is as quick for short ones. */
    private static final int LONG_STRING = 128;

    private Json() {
    }

    /**
     * Creates a parser over a whole document.
     *
     * @param json UTF-8 JSON bytes
     * @return a parser before the first token
     * @throws IOException when the parser cannot be created
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * Reads a string.
     *
     * @param parser positioned on the value
     * @return the string, or null for JSON null
     * @throws IOException when the value is not a string
     */
    public static String readString(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a string");
    }

    /**
     * Reads a boolean.
     *
     * @param parser positioned on the value
     * @return the boolean, or null for JSON null
     * @throws IOException when the value is not true or false
     */
    public static Boolean readBoolean(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a boolean");
    }

    /**
     * Reads a 32-bit integer.
     *
     * @param parser positioned on the value
     * @return the integer, or null for JSON null
     * @throws IOException when the value is not an integer or does not fit
     */
    public static Integer readInteger(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "an integer");
    }

    /**
     * Reads a 64-bit integer.
     *
     * @param parser positioned on the value
     * @return the integer, or null for JSON null
     * @throws IOException when the value is not an integer or does not fit
     */
    public static Long readLong(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "an integer");
    }

    /**
     * Reads a 16-bit integer.
     *
     * @param parser positioned on the value
     * @return the integer, or null for JSON null
     * @throws IOException when the value is not an integer or does not fit
     */
    public static Short readShort(JsonParser parser) throws IOException {
        Integer value = readInteger(parser);
        if (value == null) {
            return null;
        }
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new JsonParseException(parser, "Value " + value + " does not fit in a short");
        }
        return value.shortValue();
    }

    /**
     * Reads an 8-bit integer.
     *
     * @param parser positioned on the value
     * @return the integer, or null for JSON null
     * @throws IOException when the value is not an integer or does not fit
     */
    public static Byte readByte(JsonParser parser) throws IOException {
        Integer value = readInteger(parser);
        if (value == null) {
            return null;
        }
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new JsonParseException(parser, "Value " + value + " does not fit in a byte");
        }
        return value.byteValue();
    }

    /**
     * Reads a float; the strings {@code NaN}, {@code Infinity} and {@code -Infinity} stand for the special values.
     *
     * @param parser positioned on the value
     * @return the float, or null for JSON null
     * @throws IOException when the value is neither a number nor one of those strings
     */
    public static Float readFloat(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getFloatValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return (float) special(parser);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a number");
    }

    /**
     * Reads a double; the strings {@code NaN}, {@code Infinity} and {@code -Infinity} stand for the special values.
     *
     * @param parser positioned on the value
     * @return the double, or null for JSON null
     * @throws IOException when the value is neither a number nor one of those strings
     */
    public static Double readDouble(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return special(parser);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a number");
    }

    /**
     * Reads an arbitrary-precision decimal exactly as written.
     *
     * @param parser positioned on the value
     * @return the decimal, or null for JSON null
     * @throws IOException when the value is not a number
     */
    public static BigDecimal readBigDecimal(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a number");
    }

    /**
     * Reads an arbitrary-size integer.
     *
     * @param parser positioned on the value
     * @return the integer, or null for JSON null
     * @throws IOException when the value is not an integer
     */
    public static BigInteger readBigInteger(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getBigIntegerValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "an integer");
    }

    /**
     * Reads a timestamp: a number is epoch seconds (its fraction kept exactly, to the nanosecond) whatever the
     * declared format; a string may be ISO-8601 (with {@code Z} or an offset) or RFC-822.
     *
     * @param parser positioned on the value
     * @param format the member's declared format
     * @return the instant, or null for JSON null
     * @throws IOException when the value is not a readable timestamp
     */
    public static Instant readTimestamp(JsonParser parser, TimestampFormat format) throws IOException {
        return JsonTimestamps.read(parser);
    }

    /**
     * Reads base64 text as bytes.
     *
     * @param parser positioned on the value
     * @return the bytes, or null for JSON null
     * @throws IOException when the value is not a base64 string
     */
    public static SdkBytes readBlob(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            try {
                return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(parser.getText()));
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(parser, "Expected base64 text: " + e.getMessage(), e);
            }
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw unexpected(parser, "a base64 string");
    }

    /**
     * Reads any JSON value as a document; nulls inside objects and arrays become null documents.
     *
     * @param parser positioned on the value
     * @return the document, or null for a top-level JSON null
     * @throws IOException when the JSON is malformed
     */
    public static Document readDocument(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return JsonDocuments.read(parser);
    }

    /**
     * Skips the value the parser is on, including everything inside an object or array.
     *
     * @param parser positioned on the value
     * @throws IOException when the JSON is malformed
     */
    public static void skipValue(JsonParser parser) throws IOException {
        parser.skipChildren();
    }

    /**
     * Writes a string. A long one going to a {@link JsonOutput} is escaped here, a word at a time, straight into that
     * output; the bytes are the same as the generator's own.
     *
     * @param generator where to write
     * @param value the string, may be null
     * @throws IOException when the generator fails
     */
    public static void writeString(JsonGenerator generator, String value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value.length() >= LONG_STRING && generator instanceof UTF8JsonGenerator
                && generator.getOutputTarget() instanceof JsonOutput out) {
            generator.writeRawValue(""); // the separator before the value, and the value counted in its context
            generator.flush();
            JsonStrings.writeQuoted(value, out);
        } else {
            generator.writeString(value);
        }
    }

    /**
     * Writes a timestamp in the given format; epoch seconds are a plain number with up to nine fraction digits.
     *
     * @param generator where to write
     * @param value the instant, may be null
     * @param format the member's format
     * @throws IOException when the generator fails
     */
    public static void writeTimestamp(JsonGenerator generator, Instant value, TimestampFormat format)
            throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        JsonTimestamps.write(generator, value, format);
    }

    /**
     * Writes bytes as base64 text.
     *
     * @param generator where to write
     * @param value the bytes, may be null
     * @throws IOException when the generator fails
     */
    public static void writeBlob(JsonGenerator generator, SdkBytes value) throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        generator.writeString(Base64.getEncoder().encodeToString(value.asByteArrayUnsafe()));
    }

    /**
     * Writes a float; NaN and the infinities are written as the strings {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     *
     * @param generator where to write
     * @param value the value, may be null
     * @throws IOException when the generator fails
     */
    public static void writeFloat(JsonGenerator generator, Float value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value.isNaN() || value.isInfinite()) {
            generator.writeString(specialName(value.doubleValue()));
        } else {
            generator.writeNumber(value.floatValue());
        }
    }

    /**
     * Writes a double; NaN and the infinities are written as the strings {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     *
     * @param generator where to write
     * @param value the value, may be null
     * @throws IOException when the generator fails
     */
    public static void writeDouble(JsonGenerator generator, Double value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value.isNaN() || value.isInfinite()) {
            generator.writeString(specialName(value));
        } else {
            generator.writeNumber(value.doubleValue());
        }
    }

    /**
     * Writes a decimal exactly.
     *
     * @param generator where to write
     * @param value the value, may be null
     * @throws IOException when the generator fails
     */
    public static void writeBigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value);
        }
    }

    /**
     * Writes an arbitrary-size integer.
     *
     * @param generator where to write
     * @param value the value, may be null
     * @throws IOException when the generator fails
     */
    public static void writeBigInteger(JsonGenerator generator, BigInteger value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value);
        }
    }

    /**
     * Writes a document as the JSON value it holds.
     *
     * @param generator where to write
     * @param value the document, may be null
     * @throws IOException when the generator fails
     */
    public static void writeDocument(JsonGenerator generator, Document value) throws IOException {
        JsonDocuments.write(generator, value);
    }

    static JsonParseException unexpected(JsonParser parser, String expected) {
        StringBuilder message = new StringBuilder(64).append("Expected ").append(expected).append(" but found ");
        JsonToken token = parser.currentToken();
        if (token == null) {
            message.append("the end of the input");
        } else {
            switch (token) {
                case START_OBJECT: message.append("an object"); break;
                case START_ARRAY: message.append("an array"); break;
                case VALUE_STRING: message.append("a string"); break;
                case VALUE_NUMBER_INT: message.append("an integer"); break;
                case VALUE_NUMBER_FLOAT: message.append("a decimal number"); break;
                case VALUE_TRUE:
                case VALUE_FALSE: message.append("a boolean"); break;
                case VALUE_NULL: message.append("null"); break;
                default: message.append(token.name()); break;
            }
        }
        return new JsonParseException(parser, message.toString(), parser.currentTokenLocation());
    }

    private static double special(JsonParser parser) throws IOException {
        String text = parser.getText();
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new JsonParseException(parser,
                        "Expected a number, \"NaN\", \"Infinity\" or \"-Infinity\" but found another string");
        }
    }

    private static String specialName(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value > 0 ? "Infinity" : "-Infinity";
    }
}
