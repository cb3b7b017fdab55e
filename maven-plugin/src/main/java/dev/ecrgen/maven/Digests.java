package dev.ecrgen.maven;

import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Checksums as text, the form the fingerprint stores: {@code crc32-adler32:<16 hex digits>/<length>}. The fingerprint
 * only has to notice that an input changed; two independent 32-bit checksums and the length do that, and the JVM
 * computes both in native code from the first call, where SHA-256 of a whole model ran interpreted for tens of
 * milliseconds in a fresh Maven JVM (and CRC-32C first fills its tables in Java).
 */
final class Digests {
    static final String PREFIX = "crc32-adler32:";

    private Digests() {}

    /** The checksum of the bytes. */
    static String checksum(byte[] bytes) {
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        Adler32 adler32 = new Adler32();
        adler32.update(bytes);
        HexFormat hex = HexFormat.of();
        return PREFIX + hex.toHexDigits((int) crc32.getValue()) + hex.toHexDigits((int) adler32.getValue()) + '/'
                + bytes.length;
    }
}
