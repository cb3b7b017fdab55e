package dev.ecrgen.runtime.protocol;

import java.lang.ref.SoftReference;
import java.util.Arrays;

/**
 * One growable byte array that a {@link JsonWriter} writes a request body into; {@link JsonStrings} escapes a string
 * straight into it, without an intermediate buffer.
 */
public final class JsonOutput {

    /** Arrays up to this size are kept for the thread's next output: a large body then costs one new array, not two. */
    private static final int LARGEST_KEPT = 1 << 20;
    private static final ThreadLocal<SoftReference<byte[]>> KEPT = new ThreadLocal<>();

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

    private JsonOutput(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Creates an empty output on the array the thread's last {@link #finish() finished} output left, if the garbage
     * collector has not taken it.
     *
     * @param capacity the bytes it can hold before it grows, when it needs a new array
     * @return the output; call {@link #finish()} to get the bytes and give the array back
     */
    public static JsonOutput reusing(int capacity) {
        SoftReference<byte[]> kept = KEPT.get();
        byte[] array = kept == null ? null : kept.get();
        if (array == null) {
            return new JsonOutput(capacity);
        }
        KEPT.remove(); // the array belongs to this output only until it is finished
        return new JsonOutput(array);
    }

    /**
     * Appends one byte.
     *
     * @param b the byte, in the low eight bits
     */
    public void write(int b) {
        room(1)[size++] = (byte) b;
    }

    /**
     * Appends bytes.
     *
     * @param b the array holding them
     * @param off where they start in it
     * @param len how many
     */
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

    /**
     * The bytes written, after which the output must not be used: its array is kept for the thread's next output.
     *
     * @return a new array of exactly those bytes
     */
    public byte[] finish() {
        byte[] result = toByteArray();
        if (bytes.length <= LARGEST_KEPT) {
            KEPT.set(new SoftReference<>(bytes));
        }
        bytes = null;
        return result;
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
