package dev.ecrgen.services.ecr.differential;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts what the differential tests compared, per part, and which operations each part covered. */
final class Coverage {
    /** The three kinds of comparison. */
    enum Part { REQUESTS, RESPONSES, ERRORS }

    private final Map<Part, Set<String>> covered = new EnumMap<>(Part.class);
    private final Map<Part, Integer> exchanges = new EnumMap<>(Part.class);
    private int differences;

    synchronized void started(Part part) {
        covered.computeIfAbsent(part, p -> new LinkedHashSet<>());
        exchanges.putIfAbsent(part, 0);
    }

    /** Notes one exchange compared for the operation and whether it differed. */
    synchronized void compared(Part part, String operation, boolean differed) {
        started(part);
        covered.get(part).add(operation);
        exchanges.merge(part, 1, Integer::sum);
        differences += differed ? 1 : 0;
    }

    synchronized int differences() {
        return differences;
    }

    /** The operations a part that ran did not cover, as {@code part: operation} texts. */
    synchronized List<String> uncovered(List<String> operations) {
        List<String> missing = new ArrayList<>();
        covered.forEach((part, done) -> operations.stream().filter(op -> !done.contains(op))
                .forEach(op -> missing.add(part.name().toLowerCase(java.util.Locale.ROOT) + ": " + op)));
        return missing;
    }

    /** {@code differential: N operations, R requests, S responses, E errors, D differences}; D counts exchanges. */
    synchronized String summary() {
        Set<String> operations = new LinkedHashSet<>();
        covered.values().forEach(operations::addAll);
        return "differential: " + operations.size() + " operations, " + exchanges.getOrDefault(Part.REQUESTS, 0)
                + " requests, " + exchanges.getOrDefault(Part.RESPONSES, 0) + " responses, "
                + exchanges.getOrDefault(Part.ERRORS, 0) + " errors, " + differences + " differences";
    }
}
