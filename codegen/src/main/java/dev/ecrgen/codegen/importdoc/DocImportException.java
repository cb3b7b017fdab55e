package dev.ecrgen.codegen.importdoc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Importing stopped: a page is malformed, or merging would overwrite something in the model. The message lists
 * every problem found, one per line, each as {@code <page>:<line>: <what is wrong>}.
 */
public final class DocImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<DocProblem> problems;

    public DocImportException(List<DocProblem> problems) {
        super(report(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    static DocImportException of(String page, int line, String message) {
        return new DocImportException(List.of(new DocProblem(page, line, message)));
    }

    /** Every problem found, in page and line order. */
    public List<DocProblem> problems() {
        return problems;
    }

    private static String report(List<DocProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import error needs at least one problem");
        }
        return problems.stream().map(DocProblem::toString).collect(Collectors.joining("\n"));
    }
}
