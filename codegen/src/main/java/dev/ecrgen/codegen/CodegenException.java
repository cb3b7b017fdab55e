package dev.ecrgen.codegen;

import dev.ecrgen.codegen.validate.Problem;
import java.util.List;

/**
 * Generation stopped because of bad input: a model that cannot be read, or one that fails validation. The message is a
 * complete report meant for the user, one problem per line; no stack trace is needed to act on it.
 */
public final class CodegenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public CodegenException(List<Problem> problems) {
        super(report(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static CodegenException of(Problem problem) {
        return new CodegenException(List.of(problem));
    }

    /** Every problem found, in the order reported. */
    public List<Problem> problems() {
        return problems;
    }

    private static String report(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" in the model:");
        for (Problem problem : problems) {
            out.append('\n').append("  ").append(problem);
        }
        return out.toString();
    }
}
