package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** The root of a {@code waiters-2.json} file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Waiters(Integer version, Map<String, Waiter> waiters) {

    public Waiters {
        waiters = waiters == null ? Map.of() : waiters;
    }

    /** An empty set of waiters, for a model that has none. */
    public static Waiters none() {
        return new Waiters(2, Map.of());
    }
}
