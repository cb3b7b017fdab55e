package dev.ecrgen.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToStringTest {
    @Test
    void listsSetMembersInOrderAndRedactsSensitiveOnes() {
        assertEquals("Layer(LayerDigest=sha256:a, Digests=[x, y], Secret=*** Sensitive Data Redacted ***)",
                ToString.of("Layer").add("LayerDigest", "sha256:a").add("Size", null).add("Digests", List.of("x", "y"))
                        .addSensitive("Secret", "hunter2").addSensitive("Unset", null).build());
    }

    @Test
    void anObjectWithNothingSetIsJustItsType() {
        assertEquals("Empty()", ToString.of("Empty").add("A", null).build());
    }
}
