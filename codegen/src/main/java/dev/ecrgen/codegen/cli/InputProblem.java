package dev.ecrgen.codegen.cli;

/** An input cannot be used; the message is the whole report for the user. Exit code 1. */
final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message, null, false, false);
    }
}
