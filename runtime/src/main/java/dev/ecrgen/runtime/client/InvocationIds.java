package dev.ecrgen.runtime.client;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for the {@code amz-sdk-invocation-id} header. They only correlate attempts of one call, so
 * {@link ThreadLocalRandom} is enough and avoids seeding a SecureRandom on the first call.
 */
final class InvocationIds {

    private InvocationIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
