package dev.ecrgen.runtime.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes compact JSON, as UTF-8, into a {@link JsonOutput}: no spaces, a comma between values, strings escaped by
 * {@link JsonStrings}. Callers write a well-formed document (generated codecs do); the writer tracks only whether the
 * next value or field needs a comma before it, so it checks no nesting. Numbers are written as {@link Double#toString}
 * and {@link Float#toString} write them; {@code BigDecimal} as its {@code toString()}.
 */
public final class JsonWriter {

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final JsonOutput out;
    /** Whether something was written in the current object or array, so the next value or field needs a comma. */
    private boolean afterValue;

    /**
     * Creates a writer.
     *
     * @param out where the bytes go
     */
    public JsonWriter(JsonOutput out) {
        this.out = out;
    }

    /** Writes <code>{</code>. */
    public void writeStartObject() {
        open('{');
    }

    /** Writes <code>}</code>. */
    public void writeEndObject() {
        close('}');
    }

    /** Writes {@code [}. */
    public void writeStartArray() {
        open('[');
    }

    /** Writes {@code ]}. */
    public void writeEndArray() {
        close(']');
    }

    /**
     * Writes a field name and its colon; the field's value comes next.
     *
     * @param name the name
     */
    public void writeFieldName(String name) {
        separate();
        JsonStrings.writeQuoted(name, out);
        out.write(':');
        afterValue = false;
    }

    /**
     * Writes a string.
     *
     * @param value the string, never null
     */
    public void writeString(String value) {
        separate();
        JsonStrings.writeQuoted(value, out);
        afterValue = true;
    }

    /** Writes {@code null}. */
    public void writeNull() {
        raw(NULL);
    }

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     */
    public void writeBoolean(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    /**
     * Writes an integer.
     *
     * @param value the value
     */
    public void writeNumber(long value) {
        separate();
        if (value >= 0 && value < 10) {
            out.write('0' + (int) value);
        } else {
            ascii(Long.toString(value));
        }
        afterValue = true;
    }

    /**
     * Writes a double as {@link Double#toString(double)} does; the caller keeps NaN and the infinities out.
     *
     * @param value the value
     */
    public void writeNumber(double value) {
        number(Double.toString(value));
    }

    /**
     * Writes a float as {@link Float#toString(float)} does; the caller keeps NaN and the infinities out.
     *
     * @param value the value
     */
    public void writeNumber(float value) {
        number(Float.toString(value));
    }

    /**
     * Writes a decimal as its {@code toString()}.
     *
     * @param value the value, never null
     */
    public void writeNumber(BigDecimal value) {
        number(value.toString());
    }

    /**
     * Writes an integer of any size.
     *
     * @param value the value, never null
     */
    public void writeNumber(BigInteger value) {
        number(value.toString());
    }

    /**
     * Writes a number given as JSON number text, as it is.
     *
     * @param text the number's text, which the caller has checked is a JSON number
     */
    public void writeNumber(String text) {
        number(text);
    }

    private void open(char bracket) {
        separate();
        out.write(bracket);
        afterValue = false;
    }

    private void close(char bracket) {
        out.write(bracket);
        afterValue = true;
    }

    private void number(String text) {
        separate();
        ascii(text);
        afterValue = true;
    }

    private void raw(byte[] literal) {
        separate();
        out.write(literal, 0, literal.length);
        afterValue = true;
    }

    private void ascii(String text) {
        int length = text.length();
        byte[] bytes = out.room(length);
        int at = out.size();
        for (int i = 0; i < length; i++) {
            bytes[at + i] = (byte) text.charAt(i);
        }
        out.size(at + length);
    }

    private void separate() {
        if (afterValue) {
            out.write(',');
        }
    }
}
