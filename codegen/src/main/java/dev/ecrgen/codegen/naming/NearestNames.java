package dev.ecrgen.codegen.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names a mistyped one was probably meant to be: the same name in another case first, then the names closest in
 * edit distance (case ignored), so that {@code ListImage} suggests {@code ListImages} and {@code batchGetImage}
 * suggests {@code BatchGetImage}.
 */
public final class NearestNames {
    private static final int MAX_SUGGESTIONS = 3;

    private NearestNames() {}

    /**
     * Up to three names close to {@code wanted}, nearest first; empty when none is close.
     *
     * @param wanted the name given
     * @param valid the names that exist
     * @return the suggestions
     */
    public static List<String> to(String wanted, Collection<String> valid) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        List<String> close = new ArrayList<>();
        for (String name : valid) {
            if (distance(lower, name.toLowerCase(Locale.ROOT)) <= limit) {
                close.add(name);
            }
        }
        close.sort(Comparator.comparingInt((String name) -> distance(lower, name.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
        return close.size() > MAX_SUGGESTIONS ? List.copyOf(close.subList(0, MAX_SUGGESTIONS)) : List.copyOf(close);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
