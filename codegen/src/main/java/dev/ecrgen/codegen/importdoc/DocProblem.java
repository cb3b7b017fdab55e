package dev.ecrgen.codegen.importdoc;

import java.util.Objects;

/**
 * One thing wrong with a page, or one conflict between a page and a model.
 *
 * @param page how the page (or model) was named by the caller, usually its path
 * @param line the 1-based line the problem is on; {@code 0} when no line applies (e.g. an unreadable file)
 * @param message what is wrong and, where possible, what to do
 */
public record DocProblem(String page, int line, String message) {

    public DocProblem {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(message, "message");
    }

    /** {@code page:line: message}, or {@code page: message} when there is no line. */
    @Override
    public String toString() {
        return line > 0 ? page + ":" + line + ": " + message : page + ": " + message;
    }
}
