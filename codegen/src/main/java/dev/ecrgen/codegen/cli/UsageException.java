package dev.ecrgen.codegen.cli;

/** The command line itself is wrong: an unknown command or option, a missing argument. Exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
