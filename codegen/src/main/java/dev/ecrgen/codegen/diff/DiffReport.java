package dev.ecrgen.codegen.diff;

import java.util.List;

/** Renders a list of changes as text for a terminal or a CI log, breaking changes marked. */
public final class DiffReport {
    private static final String BREAKING = "BREAKING ";
    private static final String NOT_BREAKING = "         ";

    private DiffReport() {}

    /**
     * One line per change, each starting with {@code BREAKING} or blanks, then a summary line such as
     * {@code 3 changes, 1 breaking, from old.json to new.json}.
     */
    public static String format(List<Change> changes, String from, String to) {
        if (changes.isEmpty()) {
            return "no changes from " + from + " to " + to + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Change change : changes) {
            out.append(change.breaking() ? BREAKING : NOT_BREAKING).append(change).append('\n');
        }
        long breaking = changes.stream().filter(Change::breaking).count();
        out.append(changes.size()).append(changes.size() == 1 ? " change, " : " changes, ")
                .append(breaking).append(" breaking, from ").append(from).append(" to ").append(to).append('\n');
        return out.toString();
    }

    /** Whether any change is breaking. */
    public static boolean hasBreaking(List<Change> changes) {
        return changes.stream().anyMatch(Change::breaking);
    }
}
