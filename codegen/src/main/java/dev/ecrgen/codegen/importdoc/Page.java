package dev.ecrgen.codegen.importdoc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reference page split into sections. {@code name} is how messages name the page (the path as the user gave it);
 * {@code lastLine} is the number of the page's last line.
 */
record Page(String name, List<PageSection> sections, int lastLine) {

    Page {
        sections = List.copyOf(sections);
    }

    /** The first section whose heading matches {@code title}, ignoring case and a trailing colon. */
    Optional<PageSection> section(String title) {
        String wanted = normalize(title);
        return sections.stream().filter(s -> normalize(s.title()).equals(wanted)).findFirst();
    }

    private static String normalize(String title) {
        String trimmed = title.strip();
        if (trimmed.endsWith(":")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
