package dev.ecrgen.codegen.importdoc;

import java.util.Locale;
import java.util.Map;

/** Names inferred shapes from operation and member names, following {@link ImportOptions}. */
final class ShapeNames {

    /** Plural endings that the general rules get wrong, and their singular. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("aliases", "alias"), Map.entry("statuses", "status"), Map.entry("indices", "index"),
            Map.entry("indexes", "index"), Map.entry("matrices", "matrix"), Map.entry("analyses", "analysis"),
            Map.entry("criteria", "criterion"), Map.entry("people", "person"), Map.entry("children", "child"),
            Map.entry("caches", "cache"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("movies", "movie"), Map.entry("cookies", "cookie"), Map.entry("ties", "tie"),
            Map.entry("buses", "bus"));

    private final ImportOptions options;

    ShapeNames(ImportOptions options) {
        this.options = options;
    }

    /** {@code batch_check_layer_availability} becomes {@code BatchCheckLayerAvailability}. */
    static String operation(String snakeName) {
        return pascal(snakeName);
    }

    String input(String operation) {
        return operation + options.inputSuffix();
    }

    String output(String operation) {
        return operation + options.outputSuffix();
    }

    /** The shape of a member that is a structure, enum or scalar: the member name in PascalCase. */
    String member(String member) {
        return pascal(member);
    }

    /** The member name that stands for one element of list member {@code member}. */
    String element(String member) {
        return options.singularListMembers() ? singular(member) : member + "Member";
    }

    String list(String member) {
        return pascal(stem(member)) + options.listSuffix();
    }

    String map(String member) {
        return pascal(member);
    }

    String mapKey(String member) {
        return pascal(stem(member)) + options.mapKeySuffix();
    }

    /** The member name that stands for one value of map member {@code member}. */
    String mapValue(String member) {
        return stem(member) + options.mapValueSuffix();
    }

    /** What list and map names start with: the member in the singular, if so configured. */
    private String stem(String member) {
        return options.singularListMembers() ? singular(member) : member;
    }

    /** A configured rename of {@code inferred}, or {@code inferred} itself. */
    String renamed(String inferred) {
        return options.shapeNames().getOrDefault(inferred, inferred);
    }

    /** The singular of an English plural, looking only at the end: {@code layerDigests} gives {@code layerDigest}. */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
            String plural = irregular.getKey();
            if (lower.endsWith(plural) && startsWord(word, word.length() - plural.length())) {
                return replaceEnd(word, plural.length(), irregular.getValue());
            }
        }
        if (lower.endsWith("ies") && word.length() > 4) {
            return replaceEnd(word, 3, "y");
        }
        if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || word.length() < 3) {
            return word;
        }
        return lower.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** {@code layerDigests}, {@code layer_digests} and {@code layer-digests} become {@code LayerDigests}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 127) {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, "Member");
        }
        return out.toString();
    }

    private static boolean startsWord(String word, int index) {
        return index == 0 || Character.isUpperCase(word.charAt(index)) || !Character.isLetter(word.charAt(index - 1));
    }

    /** Replaces the last {@code length} characters, keeping the case of their first one. */
    private static String replaceEnd(String word, int length, String replacement) {
        int start = word.length() - length;
        String head = word.substring(0, start);
        boolean capital = Character.isUpperCase(word.charAt(start));
        return head + (capital ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement);
    }
}
