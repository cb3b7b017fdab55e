package dev.ecrgen.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two JSON trees and lists every difference, each prefixed with its JSON path
 * ({@code shapes.Layer.members.layerSize.shape}, {@code operations.PutImage.errors[2].shape}).
 *
 * <p>Objects must have the same keys in the same order; arrays the same elements in the same order;
 * scalars the same type and value. Keys named in {@code ignoredKeys} are skipped wherever they appear.
 */
final class JsonTreeDiff {

    private static final int MAX_SHOWN_CHARS = 120;

    private final Set<String> ignoredKeys;

    private JsonTreeDiff(Set<String> ignoredKeys) {
        this.ignoredKeys = Set.copyOf(ignoredKeys);
    }

    /** A comparator that skips the given keys at every depth (none: exact comparison). */
    static JsonTreeDiff ignoring(String... keys) {
        return new JsonTreeDiff(Set.of(keys));
    }

    /** Every difference between the trees, in document order; empty when they match. */
    List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return List.copyOf(out);
    }

    private void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            compareObjects(path, expected, actual, out);
        } else if (expected.isArray() && actual.isArray()) {
            compareArrays(path, expected, actual, out);
        } else if (!expected.equals(actual)) {
            out.add(where(path) + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    private void compareObjects(String path, JsonNode expected, JsonNode actual, List<String> out) {
        List<String> expectedKeys = keptKeys(expected);
        List<String> actualKeys = keptKeys(actual);
        for (String key : expectedKeys) {
            String child = path.isEmpty() ? key : path + "." + key;
            if (actual.has(key)) {
                compare(child, expected.get(key), actual.get(key), out);
            } else {
                out.add(child + ": expected " + show(expected.get(key)) + " but was missing");
            }
        }
        for (String key : actualKeys) {
            if (!expected.has(key)) {
                String child = path.isEmpty() ? key : path + "." + key;
                out.add(child + ": expected nothing but was " + show(actual.get(key)));
            }
        }
        List<String> expectedOrder = new ArrayList<>(expectedKeys);
        expectedOrder.retainAll(actualKeys);
        List<String> actualOrder = new ArrayList<>(actualKeys);
        actualOrder.retainAll(expectedKeys);
        if (!expectedOrder.equals(actualOrder)) {
            out.add(where(path) + ": expected key order " + expectedOrder + " but was " + actualOrder);
        }
    }

    private void compareArrays(String path, JsonNode expected, JsonNode actual, List<String> out) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
        }
        for (int i = common; i < expected.size(); i++) {
            out.add(path + "[" + i + "]: expected " + show(expected.get(i)) + " but was missing");
        }
        for (int i = common; i < actual.size(); i++) {
            out.add(path + "[" + i + "]: expected nothing but was " + show(actual.get(i)));
        }
    }

    private List<String> keptKeys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (!ignoredKeys.contains(property.getKey())) {
                keys.add(property.getKey());
            }
        }
        return keys;
    }

    private static String where(String path) {
        return path.isEmpty() ? "<root>" : path;
    }

    /** Text values bare (as in the model), anything else as compact JSON, long values cut short. */
    private static String show(JsonNode node) {
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() <= MAX_SHOWN_CHARS ? text : text.substring(0, MAX_SHOWN_CHARS) + "...";
    }
}
