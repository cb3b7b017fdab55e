package dev.ecrgen.runtime.protocol;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * One growable byte array that a generator writes a request body into. {@link Json#writeString} escapes a long string
 * straight into it, without an intermediate buffer.
 */
public final class JsonOutput extends OutputStream {

    private byte[] bytes;
    private int size;

    /**
     * Creates an empty output.
     *
     * @param capacity the bytes it can hold before it grows
     */
    public JsonOutput(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(int b) {
        room(1)[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        System.arraycopy(b, off, room(len), size, len);
        size += len;
    }

    /**
     * The bytes written so far.
     *
     * @return a new array of exactly those bytes
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The array, with at least {@code free} bytes after the bytes written; writers then move {@link #size}. */
    byte[] room(int free) {
        if (bytes.length - size < free) {
            bytes = Arrays.copyOf(bytes, Math.max(size + free, bytes.length + (bytes.length >> 1)));
        }
        return bytes;
    }

    int size() {
        return size;
    }

    void size(int size) {
        this.size = size;
    }
}
