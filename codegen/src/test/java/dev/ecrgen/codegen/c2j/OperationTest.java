package dev.ecrgen.codegen.c2j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationTest {
    private static Operation withAuth(String authtype, List<String> auth) {
        return new Operation("Op", null, null, null, null, null, null, false, null, false, null, authtype, auth, null,
                null);
    }

    @Test
    void unsignedWhenTheModelSaysNoAuthFirst() {
        assertTrue(withAuth("none", null).unsigned());
        assertTrue(withAuth(null, List.of("smithy.api#noAuth")).unsigned());
    }

    @Test
    void signedBySigV4OtherwiseEvenWhenNoAuthIsOnlyAFallback() {
        assertFalse(withAuth(null, null).unsigned());
        assertFalse(withAuth("v4", null).unsigned());
        assertFalse(withAuth(null, List.of("aws.auth#sigv4", "smithy.api#noAuth")).unsigned());
    }
}
