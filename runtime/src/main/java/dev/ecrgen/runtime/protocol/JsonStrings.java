package dev.ecrgen.runtime.protocol;

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
 * <p>A string without surrogate pairs, the usual case, is taken one byte per character (ISO-8859-1, with {@code ?} for
 * what it cannot hold) and scanned eight bytes at a time: a word without any character to escape is copied whole, an
 * ASCII word with some is copied in the pieces between them with each one's escape in its place, and the others go
 * character by character, looking at the string's own character where the byte is not ASCII or is a {@code ?}. Everything is written straight into the output's array (a string with surrogate pairs goes character by
 * character), which keeps room at its end, so every store may write a whole word.
 */
final class JsonStrings {

    /** Room kept free at the end of the array: one word of eight escapes, six bytes each, and a word of slack. */
    private static final int ROOM = 64;

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
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
     */
    static void writeQuoted(String value, JsonOutput out) {
        // each character as one byte: itself up to U+00FF, '?' above, but one '?' for a surrogate pair
        byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
        if (latin1.length == value.length()) {
            writeLatin1(latin1, value, out);
        } else {
            writeChars(value, out);
        }
    }

    /** High bit of each byte of an ASCII word that equals the byte {@code c} repeated in {@code pattern}. */
    private static long equal(long word, long pattern) {
        long x = word ^ pattern; // below 0x80 in every byte, so adding 0x7F never carries into the next byte
        return ~(x + LOW_BITS) & HIGH_BITS;
    }

    private static void writeLatin1(byte[] in, String value, JsonOutput out) {
        int n = in.length;
        byte[] buf = out.room(n + (n >> 3) + ROOM);
        int limit = buf.length - ROOM;
        int o = out.size();
        buf[o++] = '"';
        int i = 0;
        for (; i <= n - 8; i += 8) {
            if (o > limit) {
                out.size(o);
                buf = out.room(n - i + ((n - i) >> 2) + ROOM);
                limit = buf.length - ROOM;
            }
            long word = (long) WORD.get(in, i);
            // exact per byte when no byte has its high bit set; otherwise the word goes character by character anyway
            long control = ~(word + 0x6060606060606060L) & HIGH_BITS; // bytes below 0x20; no carries, as above
            long escaped = control | equal(word, 0x2222222222222222L) | equal(word, 0x5C5C5C5C5C5C5C5CL);
            long other = word & HIGH_BITS | equal(word, 0x3F3F3F3F3F3F3F3FL);
            if ((other | escaped) == 0) {
                WORD.set(buf, o, word);
                o += 8;
            } else if (other == 0) {
                // the plain run before each character to escape, shifted into place, then that character's escape
                int from = 0;
                do {
                    int at = Long.numberOfTrailingZeros(escaped) >>> 3;
                    WORD.set(buf, o, word >>> (from << 3));
                    o += at - from;
                    int c = (int) (word >>> (at << 3)) & 0x7F;
                    WORD.set(buf, o, ASCII_FORM[c]);
                    o += ASCII_LENGTH[c];
                    from = at + 1;
                    escaped &= escaped - 1;
                } while (escaped != 0);
                // after an escape in the last byte, from is 8: the shift is then by 0, but nothing written counts
                WORD.set(buf, o, word >>> (from << 3));
                o += 8 - from;
            } else {
                for (int k = i; k < i + 8; k++) {
                    o = put(in[k], k, value, buf, o);
                }
            }
        }
        for (; i < n; i++) {
            if (o > limit) {
                out.size(o);
                buf = out.room(ROOM);
                limit = buf.length - ROOM;
            }
            o = put(in[i], i, value, buf, o);
        }
        buf[o++] = '"';
        out.size(o);
    }

    private static void writeChars(String value, JsonOutput out) {
        int n = value.length();
        byte[] buf = out.room(n * 3 + ROOM);
        int limit = buf.length - ROOM;
        int o = out.size();
        buf[o++] = '"';
        for (int i = 0; i < n; i++) {
            if (o > limit) {
                out.size(o);
                buf = out.room((n - i) * 3 + ROOM);
                limit = buf.length - ROOM;
            }
            o = putChar(value.charAt(i), buf, o);
        }
        buf[o++] = '"';
        out.size(o);
    }

    /** Writes the character at {@code index}, whose byte is {@code b}. */
    private static int put(int b, int index, String value, byte[] buf, int o) {
        if (b < 0 || b == '?') {
            return putChar(value.charAt(index), buf, o);
        }
        WORD.set(buf, o, ASCII_FORM[b]);
        return o + ASCII_LENGTH[b];
    }

    private static int putChar(char c, byte[] buf, int o) {
        if (c < 0x80) {
            WORD.set(buf, o, ASCII_FORM[c]);
            return o + ASCII_LENGTH[c];
        }
        if (c < 0x800) {
            buf[o] = (byte) (0xC0 | (c >> 6));
            buf[o + 1] = (byte) (0x80 | (c & 0x3F));
            return o + 2;
        }
        if (Character.isSurrogate(c)) {
            return putEscape(c, buf, o);
        }
        buf[o] = (byte) (0xE0 | (c >> 12));
        buf[o + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[o + 2] = (byte) (0x80 | (c & 0x3F));
        return o + 3;
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
