package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A reference to a shape, with the traits a member may add: used for structure members, list members, map keys and
 * values, operation inputs, outputs and errors.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShapeRef(
        String shape,
        String documentation,
        String location,
        String locationName,
        boolean deprecated,
        String deprecatedMessage,
        boolean idempotencyToken,
        boolean hostLabel,
        boolean jsonvalue,
        String timestampFormat,
        boolean box,
        boolean sensitive,
        ContextParam contextParam) {

    /** A plain reference without member traits. */
    public static ShapeRef to(String shape) {
        return new ShapeRef(shape, null, null, null, false, null, false, false, false, null, false, false, null);
    }

    /** The {@code contextParam} trait: the endpoint rule set parameter this input member gives its value to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContextParam(String name) {}
}
