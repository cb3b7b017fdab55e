package dev.ecrgen.codegen.validate;

/**
 * One thing wrong with the input. {@code code} is stable across releases so scripts and tests can match on it;
 * {@code where} names the place (a file with line and column, or a path such as {@code shapes.Layer.members.size});
 * {@code message} says what is wrong and, where it can, what to do.
 */
public record Problem(String code, String where, String message) {

    @Override
    public String toString() {
        return "[" + code + "] " + where + ": " + message;
    }
}
