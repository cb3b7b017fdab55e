package dev.ecrgen.codegen.importdoc;

import java.util.Objects;

/**
 * A choice the importer made because the page could not tell, e.g. a whole number that may be an integer or a long.
 *
 * @param page the page the choice was made on, as the caller named it
 * @param line the line of the member (or of the call, for operation-wide choices)
 * @param member the member as {@code Shape.member[].member}, or {@code operation Name} for operation-wide choices
 * @param choice what was chosen and why, e.g. {@code 123 may be an integer or a long; chose long}
 */
public record ImportWarning(String page, int line, String member, String choice) {

    public ImportWarning {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(choice, "choice");
    }

    /** {@code page:line: warning: member: choice}, ready to print. */
    @Override
    public String toString() {
        return page + ":" + line + ": warning: " + member + ": " + choice;
    }
}
