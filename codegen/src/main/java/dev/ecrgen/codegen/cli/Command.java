package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.CodegenException;
import java.io.IOException;
import java.util.List;

/** One subcommand of the command line. */
interface Command {

    /** The word that selects it, e.g. {@code generate}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full help text, printed by {@code <command> --help}. */
    String help();

    /**
     * Runs with the arguments after the command word and returns the exit code.
     *
     * @throws UsageException when the arguments are wrong
     * @throws InputProblem when an input cannot be used (a {@link CodegenException} says the same for models)
     * @throws IOException when a file cannot be read or written
     */
    int run(List<String> args, Console console) throws UsageException, InputProblem, IOException;
}
