package dev.ecrgen.services.ecr.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two plain value trees (maps, lists, scalars) and lists every place where they differ, each as
 * {@code path: reference <value>, ours <value>}. Values of different Java types differ even when they print alike.
 */
final class TreeDiff {
    private static final int MAX_SHOWN = 160;

    private TreeDiff() {}

    /** The differences between the reference client's tree and ours, empty when equal. */
    static List<String> compare(String path, Object reference, Object ours) {
        List<String> differences = new ArrayList<>();
        compare(path, reference, ours, differences);
        return differences;
    }

    private static void compare(String path, Object reference, Object ours, List<String> out) {
        if (reference instanceof Map && ours instanceof Map) {
            Map<?, ?> left = (Map<?, ?>) reference;
            Map<?, ?> right = (Map<?, ?>) ours;
            Set<Object> keys = new LinkedHashSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (Object key : keys) {
                String at = path + "." + key;
                if (!left.containsKey(key) || !right.containsKey(key)) {
                    out.add(at + ": reference " + (left.containsKey(key) ? show(left.get(key)) : "<absent>")
                            + ", ours " + (right.containsKey(key) ? show(right.get(key)) : "<absent>"));
                } else {
                    compare(at, left.get(key), right.get(key), out);
                }
            }
        } else if (reference instanceof List && ours instanceof List) {
            List<?> left = (List<?>) reference;
            List<?> right = (List<?>) ours;
            if (left.size() != right.size()) {
                out.add(path + ": reference has " + left.size() + " elements " + show(left) + ", ours "
                        + right.size() + " " + show(right));
                return;
            }
            for (int i = 0; i < left.size(); i++) {
                compare(path + "[" + i + "]", left.get(i), right.get(i), out);
            }
        } else if (!Objects.equals(reference, ours)) {
            out.add(path + ": reference " + show(reference) + ", ours " + show(ours));
        }
    }

    static String show(Object value) {
        String text = value == null ? "null"
                : value instanceof String ? '"' + ((String) value) + '"'
                : value + " (" + value.getClass().getSimpleName() + ")";
        text = text.replace("\n", "\\n").replace("\t", "\\t");
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }
}
