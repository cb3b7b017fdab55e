package dev.ecrgen.services.ecr.differential;

import java.util.Random;

/** Random sources that depend only on the base seed and what they are for, so that any one case reproduces alone. */
final class Seeds {
    private Seeds() {}

    /** A random source for, e.g., ("request", "ListImages", "2"). */
    static Random random(long seed, String... purpose) {
        long mixed = seed;
        for (String part : purpose) {
            mixed = mixed * 1_000_003L + part.hashCode();
        }
        return new Random(mixed);
    }
}
