package dev.ecrgen.runtime.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Escapes a string's content for a JSON string literal, as UTF-8, with jackson-core's default rules byte for byte:
 * {@code "} and {@code \} and the control characters {@code \b \t \n \f \r} get their two-character escapes, the
 * other characters below U+0020 are written <code>&#92;u00XX</code> (upper-case hex), every UTF-16 surrogate (paired or lone)
 * is written <code>&#92;uXXXX</code>, and everything else, U+007F and U+2028/U+2029 included, is plain UTF-8.
 *
 * <p>An all-ASCII string, the usual case, is scanned eight bytes at a time: a word without any character to escape is
 * copied whole, the others character by character from a table of escaped forms. The work goes through one chunk
 * that keeps room at its end, so every store may write a whole word.
 */
final class JsonStrings {

    /** Bytes escaped at a time before they are handed to the stream. */
    private static final int CHUNK = 8192;
    /** Room kept free at the end of a chunk: one word of eight escapes, six bytes each, and a word of slack. */
    private static final int ROOM = 64;

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    /** For each ASCII character: its escaped form packed little-endian into a word, and that form's length. */
    private static final long[] ASCII_FORM = new long[128];
    private static final byte[] ASCII_LENGTH = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            byte[] form = switch (c) {
                case '"' -> new byte[] {'\\', '"'};
                case '\\' -> new byte[] {'\\', '\\'};
                case '\b' -> new byte[] {'\\', 'b'};
                case '\t' -> new byte[] {'\\', 't'};
                case '\n' -> new byte[] {'\\', 'n'};
                case '\f' -> new byte[] {'\\', 'f'};
                case '\r' -> new byte[] {'\\', 'r'};
                default -> c < 0x20 ? new byte[] {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 0xF]} : new byte[] {(byte) c};
            };
            long packed = 0;
            for (int i = form.length - 1; i >= 0; i--) {
                packed = (packed << 8) | (form[i] & 0xFF);
            }
            ASCII_FORM[c] = packed;
            ASCII_LENGTH[c] = (byte) form.length;
        }
    }

    private JsonStrings() {
    }

    /**
     * Writes a string as a quoted JSON string literal.
     *
     * @param value the string
     * @param out where to write
     * @throws IOException when the stream fails
     */
    static void writeQuoted(String value, OutputStream out) throws IOException {
        int n = value.length();
        byte[] chunk = new byte[Math.min(CHUNK, n + (n >> 2) + ROOM * 2)];
        chunk[0] = '"';
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        // one byte per character: all ASCII, except lone surrogates, which the encoder wrote as '?'
        int o = utf8.length == n ? writeAscii(utf8, value, chunk, 1, out) : writeChars(value, chunk, 1, out);
        chunk[o++] = '"';
        out.write(chunk, 0, o);
    }

    private static int writeAscii(byte[] in, String value, byte[] chunk, int start, OutputStream out)
            throws IOException {
        int n = in.length;
        int limit = chunk.length - ROOM;
        int o = start;
        int i = 0;
        for (; i <= n - 8; i += 8) {
            if (o > limit) {
                out.write(chunk, 0, o);
                o = 0;
            }
            long word = (long) WORD.get(in, i);
            long quote = word ^ 0x2222222222222222L;
            long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
            long question = word ^ 0x3F3F3F3F3F3F3F3FL;
            // flags bytes below 0x20 and each of " \ ?; a borrow may flag more, but only in a word flagged anyway
            long questionMarks = (question - ONES) & ~question & HIGH_BITS;
            long special = ((word - 0x2020202020202020L) & ~word | (quote - ONES) & ~quote
                    | (backslash - ONES) & ~backslash) & HIGH_BITS | questionMarks;
            if (special == 0) {
                WORD.set(chunk, o, word);
                o += 8;
            } else if (questionMarks == 0) {
                for (int k = i; k < i + 8; k++) {
                    int c = in[k];
                    WORD.set(chunk, o, ASCII_FORM[c]);
                    o += ASCII_LENGTH[c];
                }
            } else {
                for (int k = i; k < i + 8; k++) {
                    o = putAscii(in[k], k, value, chunk, o);
                }
            }
        }
        for (; i < n; i++) {
            if (o > limit) {
                out.write(chunk, 0, o);
                o = 0;
            }
            o = putAscii(in[i], i, value, chunk, o);
        }
        return o;
    }

    private static int putAscii(int c, int index, String value, byte[] chunk, int o) {
        if (c == '?' && value.charAt(index) != '?') {
            return putEscape(value.charAt(index), chunk, o);
        }
        WORD.set(chunk, o, ASCII_FORM[c]);
        return o + ASCII_LENGTH[c];
    }

    private static int writeChars(String value, byte[] chunk, int start, OutputStream out) throws IOException {
        int limit = chunk.length - ROOM;
        int o = start;
        for (int i = 0, n = value.length(); i < n; i++) {
            if (o > limit) {
                out.write(chunk, 0, o);
                o = 0;
            }
            char c = value.charAt(i);
            if (c < 0x80) {
                WORD.set(chunk, o, ASCII_FORM[c]);
                o += ASCII_LENGTH[c];
            } else if (c < 0x800) {
                chunk[o++] = (byte) (0xC0 | (c >> 6));
                chunk[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                o = putEscape(c, chunk, o);
            } else {
                chunk[o++] = (byte) (0xE0 | (c >> 12));
                chunk[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                chunk[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return o;
    }

    private static int putEscape(char c, byte[] chunk, int o) {
        chunk[o] = '\\';
        chunk[o + 1] = 'u';
        chunk[o + 2] = HEX[c >> 12];
        chunk[o + 3] = HEX[(c >> 8) & 0xF];
        chunk[o + 4] = HEX[(c >> 4) & 0xF];
        chunk[o + 5] = HEX[c & 0xF];
        return o + 6;
    }
}
