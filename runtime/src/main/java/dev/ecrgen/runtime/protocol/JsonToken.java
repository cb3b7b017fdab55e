package dev.ecrgen.runtime.protocol;

/** The kinds of token a {@link JsonReader} returns. */
public enum JsonToken {

    /** <code>{</code>, the start of an object. */
    START_OBJECT,

    /** <code>}</code>, the end of an object. */
    END_OBJECT,

    /** {@code [}, the start of an array. */
    START_ARRAY,

    /** {@code ]}, the end of an array. */
    END_ARRAY,

    /** The name of an object field; its value is the next token. */
    FIELD_NAME,

    /** A string value. */
    VALUE_STRING,

    /** A number without a fraction or an exponent. */
    VALUE_NUMBER_INT,

    /** A number with a fraction, an exponent or both. */
    VALUE_NUMBER_FLOAT,

    /** {@code true}. */
    VALUE_TRUE,

    /** {@code false}. */
    VALUE_FALSE,

    /** {@code null}. */
    VALUE_NULL
}
