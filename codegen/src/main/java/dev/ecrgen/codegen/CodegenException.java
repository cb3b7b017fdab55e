package dev.ecrgen.codegen;

import dev.ecrgen.codegen.validate.Problem;
import java.util.List;
import java.util.Set;

/**
 * Generation stopped because of bad input: a model that cannot be read, or one that fails validation. The message is a
 * complete report meant for the user, one problem per line; no stack trace is needed to act on it.
 */
public final class CodegenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Codes of mistakes in how the generator was asked to run (its operations, its package), not in the model. */
    private static final Set<String> CONFIGURATION = Set.of("E150", "E151", "E152");

    private final List<Problem> problems;

    public CodegenException(List<Problem> problems) {
        this(problems, List.of());
    }

    /**
     * The problems, then lines that help with them (such as the valid names), each given once.
     *
     * @param problems what is wrong
     * @param notes lines printed after the problems
     */
    public CodegenException(List<Problem> problems, List<String> notes) {
        super(report(problems, notes), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static CodegenException of(Problem problem) {
        return new CodegenException(List.of(problem));
    }

    /** Every problem found, in the order reported. */
    public List<Problem> problems() {
        return problems;
    }

    private static String report(List<Problem> problems, List<String> notes) {
        long configuration = problems.stream().filter(problem -> CONFIGURATION.contains(problem.code())).count();
        String place = configuration == 0 ? "the model"
                : configuration == problems.size() ? "the configuration" : "the model and the configuration";
        StringBuilder out = new StringBuilder();
        out.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" in ").append(place)
                .append(':');
        for (Problem problem : problems) {
            out.append('\n').append("  ").append(problem);
        }
        for (String note : notes) {
            out.append('\n').append("  ").append(note);
        }
        return out.toString();
    }
}
