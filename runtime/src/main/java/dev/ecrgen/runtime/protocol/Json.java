package dev.ecrgen.runtime.protocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

/**
 * Static JSON helpers for generated codecs. Readers expect the parser to be positioned on the value's token and read
 * a JSON {@code null} as null; a token of the wrong type fails with a {@link JsonReadException} that says what was
 * expected and where. Writers write a null value as JSON {@code null}.
 */
public final class Json {

    private Json() {
    }

    /**
     * Reads a string. A number or a boolean where a string belongs is read as its JSON text ({@code 12} as
     * {@code "12"}, {@code true} as {@code "true"}), as the AWS SDK reads it.
     *
     * @param parser positioned on the value
     * @return the string, or null for JSON null
     * @throws IOException when the value is an object or an array
     */
    public static String readString(JsonReader parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return parser.getText();
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
    public static Boolean readBoolean(JsonReader parser) throws IOException {
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
    public static Integer readInteger(JsonReader parser) throws IOException {
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
    public static Long readLong(JsonReader parser) throws IOException {
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
    public static Short readShort(JsonReader parser) throws IOException {
        Integer value = readInteger(parser);
        if (value == null) {
            return null;
        }
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw parser.error("Value " + value + " does not fit in a short");
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
    public static Byte readByte(JsonReader parser) throws IOException {
        Integer value = readInteger(parser);
        if (value == null) {
            return null;
        }
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw parser.error("Value " + value + " does not fit in a byte");
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
    public static Float readFloat(JsonReader parser) throws IOException {
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
    public static Double readDouble(JsonReader parser) throws IOException {
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
    public static BigDecimal readBigDecimal(JsonReader parser) throws IOException {
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
    public static BigInteger readBigInteger(JsonReader parser) throws IOException {
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
    public static Instant readTimestamp(JsonReader parser, TimestampFormat format) throws IOException {
        return JsonTimestamps.read(parser);
    }

    /**
     * Reads base64 text as bytes.
     *
     * @param parser positioned on the value
     * @return the bytes, or null for JSON null
     * @throws IOException when the value is not a base64 string
     */
    public static SdkBytes readBlob(JsonReader parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            try {
                return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(parser.getText()));
            } catch (IllegalArgumentException e) {
                throw parser.error("Expected base64 text: " + e.getMessage(), e);
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
    public static Document readDocument(JsonReader parser) throws IOException {
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
    public static void skipValue(JsonReader parser) throws IOException {
        parser.skipChildren();
    }

    /**
     * Writes a string.
     *
     * @param writer where to write
     * @param value the string, may be null
     */
    public static void writeString(JsonWriter writer, String value) {
        if (value == null) {
            writer.writeNull();
        } else {
            writer.writeString(value);
        }
    }

    /**
     * Writes a timestamp in the given format; epoch seconds are a plain number with up to nine fraction digits.
     *
     * @param writer where to write
     * @param value the instant, may be null
     * @param format the member's format
     */
    public static void writeTimestamp(JsonWriter writer, Instant value, TimestampFormat format) {
        if (value == null) {
            writer.writeNull();
            return;
        }
        JsonTimestamps.write(writer, value, format);
    }

    /**
     * Writes bytes as base64 text.
     *
     * @param writer where to write
     * @param value the bytes, may be null
     */
    public static void writeBlob(JsonWriter writer, SdkBytes value) {
        if (value == null) {
            writer.writeNull();
            return;
        }
        writer.writeString(Base64.getEncoder().encodeToString(value.asByteArrayUnsafe()));
    }

    /**
     * Writes a float; NaN and the infinities are written as the strings {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     *
     * @param writer where to write
     * @param value the value, may be null
     */
    public static void writeFloat(JsonWriter writer, Float value) {
        if (value == null) {
            writer.writeNull();
        } else if (value.isNaN() || value.isInfinite()) {
            writer.writeString(specialName(value.doubleValue()));
        } else {
            writer.writeNumber(value.floatValue());
        }
    }

    /**
     * Writes a double; NaN and the infinities are written as the strings {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     *
     * @param writer where to write
     * @param value the value, may be null
     */
    public static void writeDouble(JsonWriter writer, Double value) {
        if (value == null) {
            writer.writeNull();
        } else if (value.isNaN() || value.isInfinite()) {
            writer.writeString(specialName(value));
        } else {
            writer.writeNumber(value.doubleValue());
        }
    }

    /**
     * Writes a decimal exactly.
     *
     * @param writer where to write
     * @param value the value, may be null
     */
    public static void writeBigDecimal(JsonWriter writer, BigDecimal value) {
        if (value == null) {
            writer.writeNull();
        } else {
            writer.writeNumber(value);
        }
    }

    /**
     * Writes an arbitrary-size integer.
     *
     * @param writer where to write
     * @param value the value, may be null
     */
    public static void writeBigInteger(JsonWriter writer, BigInteger value) {
        if (value == null) {
            writer.writeNull();
        } else {
            writer.writeNumber(value);
        }
    }

    /**
     * Writes a document as the JSON value it holds.
     *
     * @param writer where to write
     * @param value the document, may be null
     */
    public static void writeDocument(JsonWriter writer, Document value) {
        JsonDocuments.write(writer, value);
    }

    static JsonReadException unexpected(JsonReader parser, String expected) {
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
        return parser.error(message.toString());
    }

    private static double special(JsonReader parser) throws IOException {
        String text = parser.getText();
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw parser.error("Expected a number, \"NaN\", \"Infinity\" or \"-Infinity\" but found another string");
        }
    }

    private static String specialName(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value > 0 ? "Infinity" : "-Infinity";
    }
}
