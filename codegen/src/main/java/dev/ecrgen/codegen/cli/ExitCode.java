package dev.ecrgen.codegen.cli;

/** The process exit codes of the command line, the same for every command. */
final class ExitCode {
    /** Done. */
    static final int OK = 0;
    /** The input is bad: a model or page that cannot be read or used, a file that cannot be written. */
    static final int INPUT_ERROR = 1;
    /** The command line is bad: unknown command or option, missing or extra arguments, unknown operation names. */
    static final int USAGE = 2;
    /** {@code diff --fail-on-breaking} found a breaking change. */
    static final int BREAKING_CHANGES = 3;
    /** {@code policy --fail-on-new} found an action the code needs that the checked-in policy does not allow. */
    static final int NEW_PERMISSIONS = 3;

    private ExitCode() {}
}
