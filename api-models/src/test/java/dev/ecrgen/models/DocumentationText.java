package dev.ecrgen.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code documentation} strings of a C2J model and reduces them to comparable prose. */
final class DocumentationText {

    private DocumentationText() {
    }

    /** Every {@code documentation} value in the tree, keyed by the JSON path of its owner. */
    static Map<String, String> collect(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().equals("documentation")) {
                    out.put(where(path), field.getValue().asText());
                } else {
                    collect(child, field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
        }
    }

    /** The text without markup, with line-separator entities and runs of white space folded to one space. */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&#x2028;", " ")
                .replace('\u2028', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The pieces of the text between {@code ". "} separators that are at least {@code minLength} long. */
    static List<String> sentences(String text, int minLength) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split("\\. ")) {
            String sentence = piece.strip();
            if (sentence.length() >= minLength) {
                out.add(sentence);
            }
        }
        return out;
    }

    private static String where(String path) {
        return path.isEmpty() ? "<root>" : path;
    }
}
