package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** The root of a {@code paginators-1.json} file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paginators(Map<String, Paginator> pagination) {

    public Paginators {
        pagination = pagination == null ? Map.of() : pagination;
    }

    /** An empty set of paginators, for a model that has none. */
    public static Paginators none() {
        return new Paginators(Map.of());
    }
}
