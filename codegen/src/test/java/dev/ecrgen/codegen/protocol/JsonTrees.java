package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeSet;

/** Structural comparison of JSON trees: object members in any order, numbers by value (1 equals 1.0). */
final class JsonTrees {
    private JsonTrees() {}

    /** The first difference between the trees, described with its path, or null when they are equal. */
    static String difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null
                    : path + ": expected " + expected + " but was " + actual;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": expected " + expected + " but was " + actual;
        }
        if (expected.isObject()) {
            TreeSet<String> expectedNames = names(expected);
            TreeSet<String> actualNames = names(actual);
            if (!expectedNames.equals(actualNames)) {
                return path + ": expected members " + expectedNames + " but found " + actualNames;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String found = difference(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " elements " + expected + " but found "
                        + actual.size() + " " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + " but was " + actual;
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
