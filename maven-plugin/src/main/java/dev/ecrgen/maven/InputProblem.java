package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.validate.Problem;

/**
 * A model input that is missing or unreadable, reported as the generator reports its problems (code E002). A class of
 * its own so that the classes of the up-to-date check refer to no generator class: the JVM loads the generator only
 * when a build fails here or generates.
 */
final class InputProblem {
    private InputProblem() {}

    /** The exception to throw for {@code input}. */
    static RuntimeException of(String input, String message) {
        return CodegenException.of(new Problem("E002", input, message));
    }
}
