package dev.ecrgen.runtime.protocol;

import java.io.IOException;

/**
 * Malformed JSON, or a value that does not fit what was asked of it. The message ends with the place in the input,
 * {@code (line L, column C)}: lines start at 1, and the column counts bytes from the start of the line, from 1.
 */
public final class JsonReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates an exception whose message is {@code message} followed by the place.
     *
     * @param message what is wrong, without the place
     * @param line the line, from 1
     * @param column the byte in the line, from 1
     */
    public JsonReadException(String message, int line, int column) {
        this(message, line, column, null);
    }

    /**
     * Creates an exception whose message is {@code message} followed by the place, with the error that caused it.
     *
     * @param message what is wrong, without the place
     * @param line the line, from 1
     * @param column the byte in the line, from 1
     * @param cause the underlying error, or null
     */
    public JsonReadException(String message, int line, int column, Throwable cause) {
        super(message + " (line " + line + ", column " + column + ")", cause);
        this.line = line;
        this.column = column;
    }

    /**
     * The line of the place, from 1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The column of the place: bytes from the start of the line, from 1.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
