package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.write.IoProblems;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: picks the command, runs it, and turns every failure into a message and an exit code (see
 * {@link ExitCode}). Bad arguments get one line naming the problem; bad input gets the full report; neither gets a
 * stack trace.
 */
public final class Cli {
    private final Console console;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** A command line that prints to the given console. */
    public Cli(PrintStream out, PrintStream err) {
        this.console = new Console(out, err);
        for (Command command : List.of(new GenerateCommand(), new DiffCommand(), new PolicyCommand(),
                new ImportDocCommand())) {
            commands.put(command.name(), command);
        }
    }

    /** Runs one invocation and returns its exit code; never calls {@link System#exit}. */
    public int run(String... args) {
        if (args.length == 0) {
            return usageError("no command given");
        }
        String first = args[0];
        if (first.equals("--version") || first.equals("-V") || first.equals("version")) {
            console.out().println("ecrgen " + version());
            return ExitCode.OK;
        }
        if (first.equals("help") && args.length > 1) {
            Command asked = commands.get(args[1]);
            if (asked == null) {
                return usageError("unknown command '" + args[1] + "'");
            }
            console.out().print(asked.help());
            return ExitCode.OK;
        }
        if (isHelp(first) || first.equals("help")) {
            console.out().print(overview());
            return ExitCode.OK;
        }
        Command command = commands.get(first);
        if (command == null) {
            return usageError("unknown command '" + first + "'");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Cli::isHelp)) {
            console.out().print(command.help());
            return ExitCode.OK;
        }
        try {
            return command.run(rest, console);
        } catch (UsageException e) {
            console.err().println("ecrgen " + e.getMessage() + "; see 'ecrgen " + command.name() + " --help'");
            return ExitCode.USAGE;
        } catch (CodegenException | InputProblem e) {
            console.err().println("ecrgen " + command.name() + ": " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        } catch (IOException e) {
            console.err().println("ecrgen " + command.name() + ": " + describe(e));
            return ExitCode.INPUT_ERROR;
        } catch (UncheckedIOException e) {
            console.err().println("ecrgen " + command.name() + ": " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        } catch (InvalidPathException e) {
            console.err().println("ecrgen " + command.name() + ": not a valid path: " + e.getInput());
            return ExitCode.USAGE;
        }
    }

    private int usageError(String message) {
        console.err().println("ecrgen: " + message + "; commands are " + String.join(", ", commands.keySet())
                + "; see 'ecrgen --help'");
        return ExitCode.USAGE;
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: ecrgen COMMAND [ARGS...]
                       (java -jar ecrgen-codegen-<version>-cli.jar COMMAND [ARGS...])

                Commands:
                """);
        for (Command command : commands.values()) {
            text.append(String.format("  %-12s %s", command.name(), command.summary())).append('\n');
        }
        text.append("""

                Run 'ecrgen COMMAND --help' or 'ecrgen help COMMAND' for a command's options,
                'ecrgen --version' for the version.
                Exit codes: 0 done, 1 bad input (model, page or file), 2 bad arguments,
                3 breaking changes found by 'diff --fail-on-breaking', or actions a policy lacks
                found by 'policy --fail-on-new'.
                """);
        return text.toString();
    }

    /** The generator's version, from the command-line jar's manifest; {@code (development)} outside that jar. */
    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static String describe(IOException e) {
        return IoProblems.describe(e);
    }
}
