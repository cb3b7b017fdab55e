package dev.ecrgen.codegen.importdoc;

/** The R syntax on a page is malformed at {@code line}. */
final class RSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    RSyntaxException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
