package dev.ecrgen.maven;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Checksums as text, the form the fingerprint stores: {@code crc32c-crc32:<16 hex digits>/<length>}. The fingerprint
 * only has to notice that an input changed; two independent 32-bit checksums and the length do that, and the JVM
 * computes both natively from its first call, where SHA-256 of a whole model ran interpreted for tens of milliseconds
 * in a fresh Maven JVM.
 */
final class Digests {
    static final String PREFIX = "crc32c-crc32:";

    private Digests() {}

    /** The checksum of the bytes. */
    static String checksum(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        HexFormat hex = HexFormat.of();
        return PREFIX + hex.toHexDigits((int) crc32c.getValue()) + hex.toHexDigits((int) crc32.getValue()) + '/'
                + bytes.length;
    }
}
