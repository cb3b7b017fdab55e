package dev.ecrgen.runtime.protocol;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The values generated codecs write for an idempotency-token member the caller left unset: a new random UUID for each
 * request, as the AWS SDK does.
 *
 * <p><b>Test hook.</b> {@link #use} replaces the supplier for the whole JVM, so that a test can predict the token a
 * request carries (protocol suites fix it to a known value); {@link #reset} restores random UUIDs. It is not meant for
 * applications: a token that repeats makes the service treat different requests as retries of one.
 */
public final class IdempotencyTokens {
    private static final Supplier<String> RANDOM = () -> UUID.randomUUID().toString();
    private static volatile Supplier<String> supplier = RANDOM;

    private IdempotencyTokens() {}

    /** The token for one request whose idempotency-token member is unset. */
    public static String next() {
        return supplier.get();
    }

    /** Test hook: every later token comes from {@code tokens}, until {@link #reset}. */
    public static void use(Supplier<String> tokens) {
        supplier = Objects.requireNonNull(tokens, "tokens");
    }

    /** Test hook: tokens are random UUIDs again. */
    public static void reset() {
        supplier = RANDOM;
    }
}
