package dev.ecrgen.services.ecr.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a failed comparison: one line for each kind of difference first (the same place in another list
 * element, round or error code counts as the same kind), then the served inputs that go with the first ones, so that
 * a long list does not hide a rarer difference behind a frequent one.
 */
final class FailureReport {
    private static final int MAX_KINDS = 40;
    private static final int MAX_CONTEXT = 6;
    /** Lines that describe what was served rather than a difference start with this. */
    static final String CONTEXT_PREFIX = "  (";

    private FailureReport() {}

    static String text(String heading, List<String> lines) {
        Map<String, String> firstOfKind = new LinkedHashMap<>();
        List<String> context = new ArrayList<>();
        int differences = 0;
        for (String line : lines) {
            String body = line.replaceFirst("^round \\d+: ", "");
            if (body.startsWith(CONTEXT_PREFIX)) {
                if (context.size() < MAX_CONTEXT) {
                    context.add(line);
                }
                continue;
            }
            differences++;
            firstOfKind.putIfAbsent(kind(body), line);
        }
        StringBuilder text = new StringBuilder(heading).append(": ").append(differences).append(" differences of ")
                .append(firstOfKind.size()).append(" kinds; the first of each kind:");
        firstOfKind.values().stream().limit(MAX_KINDS).forEach(line -> text.append("\n  ").append(line));
        if (firstOfKind.size() > MAX_KINDS) {
            text.append("\n  ... ").append(firstOfKind.size() - MAX_KINDS).append(" more kinds");
        }
        text.append("\nwhat was served for the first ones:");
        context.forEach(line -> text.append("\n  ").append(line));
        return text.toString();
    }

    private static String kind(String difference) {
        int end = difference.indexOf(": ");
        String place = end < 0 ? difference : difference.substring(0, end);
        return place.replaceAll("\\[\\d+]", "[]").replaceFirst("^error \\S+ ", "error ");
    }
}
