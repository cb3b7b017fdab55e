package dev.ecrgen.runtime.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict JSON (RFC 8259) pull parser over one whole UTF-8 document in a byte array.
 *
 * <p>Only space, tab, line feed and carriage return count as whitespace; comments, single quotes, unquoted names,
 * trailing commas, non-numeric numbers, leading zeros and a leading {@code +} or {@code .} are errors, and so is
 * anything but whitespace after the root value, which may be any value (an empty document is an error too). Strings
 * are checked as they are passed: escapes, raw control characters, and UTF-8, where overlong forms, encoded
 * surrogates and code points above U+10FFFF are errors. An escaped unpaired surrogate passes through as that char in a
 * string value and is an error in a field name, which no UTF-8 name could match, as in jackson-core. Objects and
 * arrays nest at most 1000 deep and a number is at most 1000 characters long; nothing recurses, so no input costs
 * more than a pass over it. Every problem is a {@link JsonReadException} whose message ends with the place.
 *
 * <p>The parser keeps only offsets into the array: a string or a name becomes a {@link String} when asked for, once
 * per token, and {@link #nextFieldName(byte[])} compares a name with the raw bytes, so matching a field allocates
 * nothing. A number's digits are gathered on the way past, so an integer of up to 19 digits, and a decimal whose
 * digits make at most 2^53 with a power of ten within 22, come out without parsing the text again; other numbers go
 * through {@link Double#parseDouble}, {@link BigInteger} and {@link BigDecimal} on the text.
 */
public final class JsonReader {

    /** The deepest nesting of objects and arrays read; one more is an error. */
    private static final int MAX_DEPTH = 1000;

    /** The longest number read, in characters; a longer one is an error. */
    private static final int MAX_NUMBER_LENGTH = 1000;

    /** What a string has besides plain ASCII characters: bits for {@code NON_ASCII} and {@code ESCAPED}. */
    private static final int NON_ASCII = 1;
    private static final int ESCAPED = 2;

    /** Where a value may start, for the message when none does. */
    private static final int ROOT = 0;
    private static final int FIRST_ELEMENT = 1;
    private static final int NEXT_ELEMENT = 2;
    private static final int FIELD_VALUE = 3;

    /** Exact powers of ten as doubles: each one, and any integer up to 2^53, is a double with no rounding. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /** Powers of ten as longs, up to the largest a long holds. */
    private static final long[] POWERS_OF_TEN_LONG = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
    };

    private static final String HEX_DIGITS = "0123456789ABCDEF";

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /** The bytes a string may hold as they are: ASCII from the space up, but for the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = ' '; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    /** Eight bytes of the input at a time, the first one in the lowest bits. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    private final int end;
    private int pos;

    private JsonToken current;
    private boolean finished;
    private int tokenStart;
    /** The string's content or the number's text: from {@code valueStart} up to {@code valueEnd}. */
    private int valueStart;
    private int valueEnd;
    private int stringKind;
    /** The name {@link #nextFieldName(byte[])} looks for, and whether the field name just read was exactly it. */
    private byte[] wanted;
    private boolean wantedFound;
    /** The current token's text, once asked for. */
    private String text;

    /** A number as read: its digits (those of the fraction too) as an unsigned value, exact up to 19 of them. */
    private long digits;
    private int digitCount;
    /** The power of ten the digits are multiplied by, clamped far beyond any double. */
    private int exponent;
    private boolean negative;

    /** The open objects and arrays, from 1 up to {@code depth}, and per object its current field's name. */
    private int depth;
    private boolean[] objects = new boolean[16];
    private int[] nameStarts = new int[16];
    private int[] nameEnds = new int[16];
    private int[] nameKinds = new int[16];
    private String[] names = new String[16];

    /**
     * Creates a parser before the first token of a document.
     *
     * @param json the whole document, UTF-8; not copied, so it must not change while the parser reads it
     */
    public JsonReader(byte[] json) {
        this.bytes = json;
        this.end = json.length;
    }

    /**
     * Reads the next token.
     *
     * @return the token, or null once the root value has ended and only whitespace follows
     * @throws JsonReadException when the input is not JSON at this token
     */
    public JsonToken nextToken() throws JsonReadException {
        text = null;
        JsonToken token = current;
        if (token == null) {
            return finished ? null : value(skipWhitespace(), ROOT);
        }
        if (token == JsonToken.FIELD_NAME) {
            return fieldValue();
        }
        if (token == JsonToken.START_OBJECT) {
            return firstField();
        }
        if (token == JsonToken.START_ARRAY) {
            return firstElement();
        }
        return afterValue();
    }

    /**
     * The token {@link #nextToken()} returned last.
     *
     * @return the token, or null before the first one and after the end
     */
    public JsonToken currentToken() {
        return current;
    }

    /**
     * Reads the next token, exactly as {@link #nextToken()} does, and tells whether it is the name of a field.
     *
     * @param utf8Name the name, UTF-8
     * @return whether the token is {@link JsonToken#FIELD_NAME} with that name
     * @throws JsonReadException when the input is not JSON at this token
     */
    public boolean nextFieldName(byte[] utf8Name) throws JsonReadException {
        return nextFieldName(utf8Name, verbatimKind(utf8Name));
    }

    /**
     * As {@link #nextFieldName(byte[])}, for a name whose {@link #verbatimKind} is known.
     *
     * @param kind {@code verbatimKind(utf8Name)}
     * @return whether the token is {@link JsonToken#FIELD_NAME} with that name
     * @throws JsonReadException when the input is not JSON at this token
     */
    boolean nextFieldName(byte[] utf8Name, int kind) throws JsonReadException {
        wanted = kind < 0 ? null : utf8Name;
        JsonToken token = nextToken();
        wanted = null;
        if (token != JsonToken.FIELD_NAME) {
            return false;
        }
        return wantedFound || nameEquals(depth, utf8Name);
    }

    /**
     * Whether a name can be matched against a document's bytes as they are: 0 when it is ASCII and needs no escape in
     * JSON (no quote, backslash or control character), -1 otherwise.
     *
     * @param utf8Name the name
     * @return 0 or -1
     */
    static int verbatimKind(byte[] utf8Name) {
        for (byte c : utf8Name) {
            if (c < 0 || !PLAIN[c]) {
                return -1;
            }
        }
        return 0;
    }

    /**
     * The name of the field at hand: on {@link JsonToken#FIELD_NAME} its name; on a value of a field, including the
     * start and the end of an object or array value, that field's name; otherwise (a root value, an element of an
     * array) null.
     *
     * @return the name, or null
     */
    public String currentName() {
        JsonToken token = current;
        if (token == null) {
            return null;
        }
        int level = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? depth - 1 : depth;
        return level > 0 && objects[level] ? name(level) : null;
    }

    /**
     * The text of the current token: a string's value, a field's name, a number as written, the literal of
     * {@code true}, {@code false} and {@code null}, or the bracket or brace itself.
     *
     * @return the text, or null when there is no current token
     */
    public String getText() {
        JsonToken token = current;
        if (token == null) {
            return null;
        }
        String s = text;
        if (s == null) {
            if (token == JsonToken.VALUE_STRING) {
                s = decode(valueStart, valueEnd, stringKind);
            } else if (token == JsonToken.FIELD_NAME) {
                s = name(depth);
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                s = new String(bytes, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
            } else {
                s = fixedText(token);
            }
            text = s;
        }
        return s;
    }

    /**
     * The current number as an int; a decimal is truncated toward zero, as jackson-core does.
     *
     * @return the value
     * @throws JsonReadException when the token is not a number or the value is out of the int range
     */
    public int getIntValue() throws JsonReadException {
        if (requireNumber() == JsonToken.VALUE_NUMBER_INT) {
            if (fitsLong()) {
                long value = signedDigits();
                if (value == (int) value) {
                    return (int) value;
                }
            }
        } else {
            double value = getDoubleValue();
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        throw outOfRange("an int");
    }

    /**
     * The current number as a long; a decimal is truncated toward zero, as jackson-core does.
     *
     * @return the value
     * @throws JsonReadException when the token is not a number or the value is out of the long range
     */
    public long getLongValue() throws JsonReadException {
        if (requireNumber() == JsonToken.VALUE_NUMBER_INT) {
            if (fitsLong()) {
                return signedDigits();
            }
        } else {
            double value = getDoubleValue();
            if (value >= Long.MIN_VALUE && value <= Long.MAX_VALUE) {
                return (long) value;
            }
        }
        throw outOfRange("a long");
    }

    /**
     * The current number as the float nearest to its text.
     *
     * @return the value, infinite when the text is beyond the float range
     * @throws JsonReadException when the token is not a number
     */
    public float getFloatValue() throws JsonReadException {
        requireNumber();
        return Float.parseFloat(getText());
    }

    /**
     * The current number as the double nearest to its text, as {@link Double#parseDouble} gives it.
     *
     * @return the value, infinite when the text is beyond the double range
     * @throws JsonReadException when the token is not a number
     */
    public double getDoubleValue() throws JsonReadException {
        requireNumber();
        long d = digits;
        int e = exponent;
        // both factors exact, so the one rounding of the product or quotient gives the nearest double
        if (digitCount <= 19 && d >= 0 && d <= 1L << 53 && e >= -22 && e <= 22) {
            double value = e >= 0 ? d * POWERS_OF_TEN[e] : d / POWERS_OF_TEN[-e];
            return negative ? -value : value;
        }
        return Double.parseDouble(getText());
    }

    /**
     * The current number exactly, as {@code new BigDecimal(getText())}.
     *
     * @return the value
     * @throws JsonReadException when the token is not a number or its exponent is beyond the BigDecimal range
     */
    public BigDecimal getDecimalValue() throws JsonReadException {
        requireNumber();
        try {
            return new BigDecimal(getText());
        } catch (NumberFormatException e) {
            throw errorAt("Number " + shortText() + " is out of the BigDecimal range", tokenStart, e);
        }
    }

    /**
     * The current number as a BigInteger; a decimal is truncated toward zero, as jackson-core does.
     *
     * @return the value
     * @throws JsonReadException when the token is not a number, or a decimal whose integer part has more than
     *     1000 digits
     */
    public BigInteger getBigIntegerValue() throws JsonReadException {
        if (requireNumber() == JsonToken.VALUE_NUMBER_INT) {
            return fitsLong() ? BigInteger.valueOf(signedDigits()) : new BigInteger(getText());
        }
        BigDecimal value = getDecimalValue();
        int integerDigits = value.precision() - value.scale();
        if (integerDigits <= 0) {
            return BigInteger.ZERO; // below 1 in magnitude; asking BigDecimal would compute 10^scale first
        }
        if (integerDigits > MAX_NUMBER_LENGTH) {
            throw outOfRange("a BigInteger of at most " + MAX_NUMBER_LENGTH + " digits");
        }
        return value.toBigInteger();
    }

    /**
     * The current number in the smallest type that holds it: an integer as an Integer, a Long or a BigInteger, a
     * decimal as a Double.
     *
     * @return the value
     * @throws JsonReadException when the token is not a number
     */
    public Number getNumberValue() throws JsonReadException {
        if (requireNumber() == JsonToken.VALUE_NUMBER_FLOAT) {
            return getDoubleValue();
        }
        if (!fitsLong()) {
            return new BigInteger(getText());
        }
        long value = signedDigits();
        if (value == (int) value) {
            return Integer.valueOf((int) value); // not in a ?: with a Long, which would widen it to a Long
        }
        return Long.valueOf(value);
    }

    /**
     * The current number times 1000, cut toward zero, when its digits give that exactly and it fits a long: the
     * common epoch-seconds timestamp read without its text.
     *
     * @return the value, or {@link Long#MIN_VALUE} when it must be worked out from the text
     */
    long thousandthsOrMinValue() {
        if (current != JsonToken.VALUE_NUMBER_INT && current != JsonToken.VALUE_NUMBER_FLOAT || digitCount > 18) {
            return Long.MIN_VALUE;
        }
        int power = exponent + 3;
        long magnitude = digits;
        if (power >= 0) {
            if (power > 18 || magnitude > Long.MAX_VALUE / POWERS_OF_TEN_LONG[power]) {
                return magnitude == 0 ? 0 : Long.MIN_VALUE;
            }
            magnitude *= POWERS_OF_TEN_LONG[power];
        } else {
            magnitude = power < -18 ? 0 : magnitude / POWERS_OF_TEN_LONG[-power];
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * On the start of an object or array, reads up to its end, leaving the parser on the matching
     * {@link JsonToken#END_OBJECT} or {@link JsonToken#END_ARRAY}; on any other token does nothing.
     *
     * @throws JsonReadException when the input is not JSON before that end
     */
    public void skipChildren() throws JsonReadException {
        if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
            int outer = depth - 1;
            while (depth > outer) {
                nextToken();
            }
        }
    }

    /**
     * Creates an exception for a problem with the current token, placed at its start (or at the current position
     * when there is no token).
     *
     * @param message what is wrong, without the place
     * @return the exception, for the caller to throw
     */
    public JsonReadException error(String message) {
        return error(message, null);
    }

    /**
     * As {@link #error(String)}, for a problem that another error found.
     *
     * @param message what is wrong, without the place
     * @param cause the error behind it, or null
     * @return the exception, for the caller to throw
     */
    public JsonReadException error(String message, Throwable cause) {
        return errorAt(message, current != null ? tokenStart : pos, cause);
    }

    // ---- structure

    private JsonToken firstField() throws JsonReadException {
        int c = skipWhitespace();
        if (c == '}') {
            return close(JsonToken.END_OBJECT);
        }
        return fieldName(c, "Expected a field name or '}' but found ");
    }

    private JsonToken firstElement() throws JsonReadException {
        int c = skipWhitespace();
        if (c == ']') {
            return close(JsonToken.END_ARRAY);
        }
        return value(c, FIRST_ELEMENT);
    }

    private JsonToken fieldValue() throws JsonReadException {
        int c = skipWhitespace();
        if (c != ':') {
            throw errorAt("Expected ':' after a field name but found " + found(c), pos, null);
        }
        pos++;
        return value(skipWhitespace(), FIELD_VALUE);
    }

    /** After a value, or the end of an object or array: a comma and the next member, the end, or the document's end. */
    private JsonToken afterValue() throws JsonReadException {
        int c = skipWhitespace();
        if (depth == 0) {
            if (c >= 0) {
                throw errorAt(expectedAfterValue() + found(c), pos, null);
            }
            tokenStart = pos;
            current = null;
            finished = true;
            return null;
        }
        if (objects[depth]) {
            if (c == ',') {
                pos++;
                return fieldName(skipWhitespace(), "Expected a field name after ',' but found ");
            }
            if (c == '}') {
                return close(JsonToken.END_OBJECT);
            }
        } else {
            if (c == ',') {
                pos++;
                return value(skipWhitespace(), NEXT_ELEMENT);
            }
            if (c == ']') {
                return close(JsonToken.END_ARRAY);
            }
        }
        throw errorAt(expectedAfterValue() + found(c), pos, null);
    }

    private String expectedAfterValue() {
        if (depth == 0) {
            return "Expected end of input after the root value but found ";
        }
        return objects[depth]
                ? "Expected ',' or '}' after an object field but found "
                : "Expected ',' or ']' after an array element but found ";
    }

    private JsonToken fieldName(int c, String expected) throws JsonReadException {
        if (c != '"') {
            throw errorAt(expected + found(c), pos, null);
        }
        int start = pos;
        byte[] w = wanted;
        int nameEnd = w == null ? -1 : matchName(start + 1, w);
        wantedFound = nameEnd >= 0;
        if (nameEnd < 0) {
            nameEnd = scanString(start + 1, true);
        }
        int level = depth;
        nameStarts[level] = start + 1;
        nameEnds[level] = nameEnd;
        nameKinds[level] = stringKind;
        names[level] = null;
        tokenStart = start;
        return current = JsonToken.FIELD_NAME;
    }

    /**
     * Reads a field name from {@code from} as {@link #scanString} does, but only when its bytes are exactly
     * {@code name}'s, an ASCII name that needs no escape ({@link #verbatimKind} 0): the usual case, which then
     * compares the name once instead of scanning it first.
     *
     * @return the index of the closing quote, or -1 when the name is not there as it is
     */
    private int matchName(int from, byte[] name) {
        byte[] b = bytes;
        int length = name.length;
        int close = from + length;
        if (close >= end || b[close] != '"') {
            return -1;
        }
        if (length >= 8) {
            // whole words, the last one overlapping the one before when the length is not a multiple of eight
            for (int i = 0; i < length - 8; i += 8) {
                if ((long) WORD.get(b, from + i) != (long) WORD.get(name, i)) {
                    return -1;
                }
            }
            if ((long) WORD.get(b, close - 8) != (long) WORD.get(name, length - 8)) {
                return -1;
            }
        } else {
            for (int i = 0; i < length; i++) {
                if (b[from + i] != name[i]) {
                    return -1;
                }
            }
        }
        stringKind = 0;
        pos = close + 1;
        return close;
    }

    /** Reads the value starting with byte {@code c}, or -1 at the end of the input; {@code where} for the message. */
    private JsonToken value(int c, int where) throws JsonReadException {
        int start = pos;
        tokenStart = start;
        if (c == '"') {
            valueStart = start + 1;
            valueEnd = scanString(start + 1, false);
            return current = JsonToken.VALUE_STRING;
        }
        if (c == '{') {
            open(true);
            return current = JsonToken.START_OBJECT;
        }
        if (c == '[') {
            open(false);
            return current = JsonToken.START_ARRAY;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return current = number(start);
        }
        if (c == 't') {
            return current = literal(start, TRUE, JsonToken.VALUE_TRUE);
        }
        if (c == 'f') {
            return current = literal(start, FALSE, JsonToken.VALUE_FALSE);
        }
        if (c == 'n') {
            return current = literal(start, NULL, JsonToken.VALUE_NULL);
        }
        throw errorAt(expectedValue(where) + found(c), start, null);
    }

    private static String expectedValue(int where) {
        switch (where) {
            case FIRST_ELEMENT:
                return "Expected a value or ']' but found ";
            case NEXT_ELEMENT:
                return "Expected a value after ',' but found ";
            case FIELD_VALUE:
                return "Expected a value after ':' but found ";
            default:
                return "Expected a value but found ";
        }
    }

    private void open(boolean object) throws JsonReadException {
        int level = depth + 1;
        if (level > MAX_DEPTH) {
            throw errorAt("Objects and arrays nested more than " + MAX_DEPTH + " deep", pos, null);
        }
        if (level == objects.length) {
            grow();
        }
        objects[level] = object;
        depth = level;
        pos++;
    }

    private void grow() {
        int size = Math.min(objects.length * 2, MAX_DEPTH + 1);
        objects = Arrays.copyOf(objects, size);
        nameStarts = Arrays.copyOf(nameStarts, size);
        nameEnds = Arrays.copyOf(nameEnds, size);
        nameKinds = Arrays.copyOf(nameKinds, size);
        names = Arrays.copyOf(names, size);
    }

    private JsonToken close(JsonToken token) {
        tokenStart = pos;
        pos++;
        depth--;
        return current = token;
    }

    /** Skips whitespace; returns the byte there (0 to 255), or -1 at the end of the input. */
    private int skipWhitespace() {
        byte[] b = bytes;
        int p = pos;
        int n = end;
        while (p < n) {
            int c = b[p];
            if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = p;
                return c & 0xFF;
            }
            p++;
        }
        pos = p;
        return -1;
    }

    // ---- scalars

    private JsonToken literal(int start, byte[] word, JsonToken token) throws JsonReadException {
        byte[] b = bytes;
        int p = start;
        int stop = start + word.length;
        if (stop > end) {
            throw badLiteral(start, token);
        }
        for (int i = 0; i < word.length; i++) {
            if (b[p + i] != word[i]) {
                throw badLiteral(start, token);
            }
        }
        if (stop < end && isWordByte(b[stop])) {
            throw badLiteral(start, token);
        }
        checkDelimiter(stop);
        pos = stop;
        return token;
    }

    private JsonReadException badLiteral(int start, JsonToken token) {
        int p = start;
        while (p < end && p - start < 32 && isWordByte(bytes[p])) {
            p++;
        }
        String word = new String(bytes, start, p - start, StandardCharsets.ISO_8859_1);
        return errorAt("Expected '" + fixedText(token) + "' but found '" + word + "'", start, null);
    }

    private static boolean isWordByte(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** After a number or a literal, which have no closing character: the next byte must be able to end it. */
    private void checkDelimiter(int p) throws JsonReadException {
        if (p < end) {
            int c = bytes[p];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw errorAt(expectedAfterValue() + found(c & 0xFF), p, null);
            }
        }
    }

    private JsonToken number(int start) throws JsonReadException {
        byte[] b = bytes;
        int n = end;
        int p = start;
        boolean minus = b[p] == '-';
        if (minus) {
            p++;
            if (!isDigit(p)) {
                throw errorAt("Expected a digit after '-' but found " + found(byteAt(p)), p, null);
            }
        }
        long d = 0;
        int count = 0;
        if (b[p] == '0') {
            p++;
            count = 1;
            if (isDigit(p)) {
                throw errorAt("Leading zeros are not allowed in a number", start, null);
            }
        } else {
            do {
                d = d * 10 + (b[p++] - '0');
                count++;
            } while (isDigit(p));
        }
        int scale = 0;
        boolean decimal = false;
        if (p < n && b[p] == '.') {
            decimal = true;
            p++;
            if (!isDigit(p)) {
                throw errorAt("Expected a digit after the decimal point but found " + found(byteAt(p)), p, null);
            }
            do {
                d = d * 10 + (b[p++] - '0');
                count++;
                scale++;
            } while (isDigit(p));
        }
        int power = 0;
        if (p < n && (b[p] == 'e' || b[p] == 'E')) {
            decimal = true;
            p++;
            boolean minusPower = p < n && b[p] == '-';
            if (minusPower || p < n && b[p] == '+') {
                p++;
            }
            if (!isDigit(p)) {
                throw errorAt("Expected a digit in the exponent but found " + found(byteAt(p)), p, null);
            }
            do {
                if (power < 100_000) {
                    power = power * 10 + (b[p] - '0');
                }
                p++;
            } while (isDigit(p));
            if (minusPower) {
                power = -power;
            }
        }
        if (p - start > MAX_NUMBER_LENGTH) {
            throw errorAt("Number longer than " + MAX_NUMBER_LENGTH + " characters", start, null);
        }
        checkDelimiter(p);
        pos = p;
        valueStart = start;
        valueEnd = p;
        negative = minus;
        digits = d;
        digitCount = count;
        exponent = power - scale;
        return decimal ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
    }

    private boolean isDigit(int p) {
        return p < end && bytes[p] >= '0' && bytes[p] <= '9';
    }

    private int byteAt(int p) {
        return p < end ? bytes[p] & 0xFF : -1;
    }

    /** For an integer that {@link #fitsLong() fits a long}: its value. */
    private long signedDigits() {
        return negative ? -digits : digits;
    }

    /** For an integer: whether it fits a long; its digits then hold the magnitude, unsigned. */
    private boolean fitsLong() {
        return digitCount < 19
                || digitCount == 19 && Long.compareUnsigned(digits, negative ? Long.MIN_VALUE : Long.MAX_VALUE) <= 0;
    }

    private JsonToken requireNumber() throws JsonReadException {
        JsonToken token = current;
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("Expected a number but found " + describe(token));
        }
        return token;
    }

    private JsonReadException outOfRange(String type) {
        return errorAt("Number " + shortText() + " is out of the range of " + type, tokenStart, null);
    }

    /** The number's text, its start and length only when it is long. */
    private String shortText() {
        String s = getText();
        return s.length() <= 40 ? s : s.substring(0, 20) + "... (" + s.length() + " characters)";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "no token";
        }
        if (token == JsonToken.FIELD_NAME) {
            return "a field name";
        }
        if (token == JsonToken.VALUE_STRING) {
            return "a string";
        }
        return "'" + fixedText(token) + "'";
    }

    /** The text of a token that has one regardless of the input. */
    private static String fixedText(JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            return "{";
        }
        if (token == JsonToken.END_OBJECT) {
            return "}";
        }
        if (token == JsonToken.START_ARRAY) {
            return "[";
        }
        if (token == JsonToken.END_ARRAY) {
            return "]";
        }
        if (token == JsonToken.VALUE_TRUE) {
            return "true";
        }
        return token == JsonToken.VALUE_FALSE ? "false" : "null";
    }

    // ---- strings

    /**
     * Passes over a string's content from {@code from}, checking it, up to the closing quote; sets {@link #pos} after
     * the quote and {@link #stringKind}. A field name must not have unpaired surrogates, which UTF-8 cannot hold.
     *
     * @return the index of the closing quote
     */
    private int scanString(int from, boolean name) throws JsonReadException {
        byte[] b = bytes;
        int n = end;
        int p = from;
        int kind = 0;
        boolean[] plain = PLAIN;
        while (true) {
            while (p <= n - 8) {
                long stops = stops((long) WORD.get(b, p));
                if (stops != 0) {
                    p += Long.numberOfTrailingZeros(stops) >>> 3;
                    break;
                }
                p += 8;
            }
            while (p < n && plain[b[p] & 0xFF]) {
                p++;
            }
            if (p >= n) {
                throw errorAt("Unexpected end of input inside a string", n, null);
            }
            int c = b[p];
            if (c == '"') {
                break;
            } else if (c == '\\') {
                p = name ? scanNameEscape(p) : scanEscape(p);
                kind |= ESCAPED;
            } else if (c < 0) {
                p = scanUtf8(p);
                kind |= NON_ASCII;
            } else {
                throw errorAt("Unescaped control character " + hex(c) + " in a string", p, null);
            }
        }
        stringKind = kind;
        pos = p + 1;
        return p;
    }

    /**
     * The high bit of each byte of {@code word} that is not {@link #PLAIN}, exact up to the first such byte: a byte
     * with its high bit set, a control character, a quote or a backslash. Bytes after the first may be marked too,
     * from the borrow of a subtraction, so only the lowest mark is used.
     */
    private static long stops(long word) {
        long quote = word ^ 0x2222222222222222L;
        long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
        long marks = (word - 0x2020202020202020L) | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash;
        return (marks & ~word | word) & HIGH_BITS;
    }

    /** Checks the escape whose backslash is at {@code p}; returns the index after it. */
    private int scanEscape(int p) throws JsonReadException {
        int c = byteAt(p + 1);
        switch (c) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return p + 2;
            case 'u':
                for (int i = p + 2; i < p + 6; i++) {
                    int h = byteAt(i);
                    if (hexValue(h) < 0) {
                        throw h < 0
                                ? errorAt("Unexpected end of input inside a string", end, null)
                                : errorAt("Expected a hex digit in a \\u escape but found " + found(h), i, null);
                    }
                }
                return p + 6;
            case -1:
                throw errorAt("Unexpected end of input inside a string", end, null);
            default:
                throw errorAt("Expected one of \" \\ / b f n r t u after '\\' but found " + found(c), p + 1, null);
        }
    }

    /** Checks an escape in a field name, where a surrogate must be the first of a pair of escapes. */
    private int scanNameEscape(int p) throws JsonReadException {
        int next = scanEscape(p);
        if (bytes[p + 1] != 'u') {
            return next;
        }
        char c = escapedChar(p);
        if (Character.isHighSurrogate(c) && byteAt(next) == '\\' && byteAt(next + 1) == 'u') {
            int after = scanEscape(next);
            if (Character.isLowSurrogate(escapedChar(next))) {
                return after;
            }
        }
        if (Character.isSurrogate(c)) {
            throw errorAt("Unpaired surrogate " + new String(bytes, p, 6, StandardCharsets.ISO_8859_1)
                    + " in a field name", p, null);
        }
        return next;
    }

    /** The character of the checked <code>&#92;uXXXX</code> escape at {@code p}. */
    private char escapedChar(int p) {
        byte[] b = bytes;
        return (char) (hexValue(b[p + 2]) << 12 | hexValue(b[p + 3]) << 8 | hexValue(b[p + 4]) << 4 | hexValue(b[p + 5]));
    }

    /**
     * Checks the UTF-8 sequence whose lead byte is at {@code p} (Unicode's table of well-formed sequences: no
     * overlong forms, no surrogates, nothing above U+10FFFF); returns the index after it.
     */
    private int scanUtf8(int p) throws JsonReadException {
        int lead = bytes[p] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead < 0xC2 || lead > 0xF4) {
            throw errorAt("Invalid UTF-8 byte " + hex(lead), p, null);
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        for (int i = 1; i < length; i++) {
            int c = byteAt(p + i);
            if (c < 0) {
                throw errorAt("Unexpected end of input inside a string", end, null);
            }
            if (c < low || c > high) {
                throw errorAt("Invalid UTF-8 sequence " + hexRun(p, i + 1), p, null);
            }
            low = 0x80;
            high = 0xBF;
        }
        return p + length;
    }

    private String hexRun(int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(hex(bytes[from + i] & 0xFF));
        }
        return s.toString();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private String name(int level) {
        String s = names[level];
        if (s == null) {
            s = decode(nameStarts[level], nameEnds[level], nameKinds[level]);
            names[level] = s;
        }
        return s;
    }

    private boolean nameEquals(int level, byte[] expected) {
        if ((nameKinds[level] & ESCAPED) != 0) {
            return name(level).equals(new String(expected, StandardCharsets.UTF_8));
        }
        int start = nameStarts[level];
        int length = nameEnds[level] - start;
        if (length != expected.length) {
            return false;
        }
        byte[] b = bytes;
        for (int i = 0; i < length; i++) {
            if (b[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The value of checked string content of the given kind. */
    private String decode(int from, int to, int kind) {
        if (kind == 0) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        if (kind == NON_ASCII) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        return unescape(from, to);
    }

    private String unescape(int from, int to) {
        byte[] b = bytes;
        char[] out = new char[to - from]; // every escape and UTF-8 sequence is at least as many bytes as chars
        int o = 0;
        int p = from;
        while (p < to) {
            int c = b[p];
            if (c == '\\') {
                int e = b[p + 1];
                if (e == 'u') {
                    out[o++] = escapedChar(p);
                    p += 6;
                } else {
                    out[o++] = escaped(e);
                    p += 2;
                }
            } else if (c >= 0) {
                out[o++] = (char) c;
                p++;
            } else if (c >= (byte) 0xC0 && c < (byte) 0xE0) {
                out[o++] = (char) ((c & 0x1F) << 6 | b[p + 1] & 0x3F);
                p += 2;
            } else if (c < (byte) 0xF0) {
                out[o++] = (char) ((c & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F);
                p += 3;
            } else {
                int codePoint = (c & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
                out[o++] = Character.highSurrogate(codePoint);
                out[o++] = Character.lowSurrogate(codePoint);
                p += 4;
            }
        }
        return new String(out, 0, o);
    }

    private static char escaped(int c) {
        switch (c) {
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                return (char) c; // " \ /
        }
    }

    // ---- errors

    /** The byte {@code c} (0 to 255, or -1 for the end of the input) as a message shows it. */
    private static String found(int c) {
        if (c < 0) {
            return "end of input";
        }
        return c >= ' ' && c < 0x7F ? "'" + (char) c + "'" : "byte " + hex(c);
    }

    private static String hex(int c) {
        return "0x" + HEX_DIGITS.charAt(c >> 4) + HEX_DIGITS.charAt(c & 0xF);
    }

    /** An exception placed at byte {@code offset}: lines end at LF, CR LF or a lone CR, as in whitespace. */
    private JsonReadException errorAt(String message, int offset, Throwable cause) {
        byte[] b = bytes;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            int c = b[i];
            if (c == '\n' || c == '\r' && (i + 1 == offset || b[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonReadException(message, line, offset - lineStart + 1, cause);
    }
}
