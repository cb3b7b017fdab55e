package dev.ecrgen.codegen.resolve;

import com.palantir.javapoet.ClassName;

/**
 * One structure class to generate. {@code shapeName} is null for the empty request or response of an operation whose
 * model has no input or output; {@code operation} is set for requests and responses.
 */
public record StructureClass(ClassName className, String shapeName, Kind kind, String operation) {

    /** What role the class plays in the generated API. */
    public enum Kind {
        REQUEST,
        RESPONSE,
        STRUCTURE
    }
}
