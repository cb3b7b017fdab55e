package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyTokensTest {
    private static final Pattern RANDOM_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @AfterEach
    void reset() {
        IdempotencyTokens.reset();
    }

    @Test
    void tokensAreNewRandomUuids() {
        String first = IdempotencyTokens.next();
        String second = IdempotencyTokens.next();
        assertTrue(RANDOM_UUID.matcher(first).matches(), first);
        assertEquals(4, UUID.fromString(first).version());
        assertNotEquals(first, second);
    }

    @Test
    void aTestCanFixTheTokenUntilItResets() {
        IdempotencyTokens.use(() -> "00000000-0000-4000-8000-000000000000");
        assertEquals("00000000-0000-4000-8000-000000000000", IdempotencyTokens.next());
        assertEquals("00000000-0000-4000-8000-000000000000", IdempotencyTokens.next());
        IdempotencyTokens.reset();
        assertTrue(RANDOM_UUID.matcher(IdempotencyTokens.next()).matches());
    }

    @Test
    void aMissingSupplierIsRefused() {
        assertEquals("tokens", assertThrows(NullPointerException.class, () -> IdempotencyTokens.use(null)).getMessage());
    }
}
