package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints an operation of a C2J model as a reference page, the way the R SDK's documentation prints it: Usage,
 * Arguments, Value and Request syntax. Lets tests import every operation of the reference model.
 */
final class ReferencePages {

    private final ObjectNode model;

    ReferencePages(ObjectNode model) {
        this.model = model;
    }

    /** {@code BatchCheckLayerAvailability} becomes {@code batch_check_layer_availability}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(name.charAt(i - 1))
                    || Character.isDigit(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if (boundary) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    String page(String service, String operation) {
        JsonNode op = model.path("operations").path(operation);
        String function = snake(operation);
        JsonNode input = shape(op.path("input").path("shape").asText(null));
        List<String> arguments = input == null ? List.of() : names(input.path("members"));
        StringBuilder page = new StringBuilder();
        page.append("## ").append(operation).append("\n\n### Description\n\n").append(operation).append(".\n\n");
        page.append("### Usage\n\n    ").append(service).append('_').append(function).append('(')
                .append(String.join(", ", arguments)).append(")\n\n");
        if (!arguments.isEmpty()) {
            page.append("### Arguments\n\n<table>\n<tbody>\n");
            Set<String> required = new HashSet<>();
            input.path("required").forEach(name -> required.add(name.asText()));
            for (String argument : arguments) {
                String documentation = input.path("members").path(argument).path("documentation").asText("");
                page.append("<tr>\n<td><code\nid=\"").append(service).append('_').append(function).append("_:_")
                        .append(argument).append("\">").append(argument).append("</code></td>\n<td><p>")
                        .append(required.contains(argument) ? "[required] " : "")
                        .append(documentation.replaceAll("</?p>", "")).append("</p></td>\n</tr>\n");
            }
            page.append("</tbody>\n</table>\n\n");
        }
        page.append("### Value\n\n");
        JsonNode output = shape(op.path("output").path("shape").asText(null));
        if (output == null || output.path("members").isEmpty()) {
            page.append("An empty list.\n\n");
        } else {
            page.append("A list with the following syntax:\n\n");
            indent(page, value(output, new HashSet<>()));
            page.append('\n');
        }
        if (input != null) {
            page.append("### Request syntax\n\n");
            indent(page, value(input, new HashSet<>()).replaceFirst("^list", "svc\\$" + function));
        }
        return page.toString();
    }

    private String value(JsonNode shape, Set<JsonNode> path) {
        if (shape.has("enum")) {
            List<String> values = new ArrayList<>();
            shape.get("enum").forEach(value -> values.add('"' + value.asText() + '"'));
            return String.join("|", values);
        }
        return switch (shape.path("type").asText()) {
            case "structure" -> structure(shape, path);
            case "list" -> block(List.of(value(shape(shape.path("member").path("shape").asText()), path)));
            case "map" -> block(List.of(value(shape(shape.path("value").path("shape").asText()), path)));
            case "blob" -> "raw";
            case "boolean" -> "TRUE|FALSE";
            case "double", "float" -> "123.0";
            case "integer", "long" -> "123";
            case "timestamp" -> "as.POSIXct(\"2015-01-01\")";
            default -> "\"string\"";
        };
    }

    /** A structure's members; a structure met again inside itself prints as {@code list()}, as the pages do. */
    private String structure(JsonNode shape, Set<JsonNode> path) {
        if (!path.add(shape)) {
            return "list()";
        }
        List<String> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
            members.add(member.getKey() + " = " + value(shape(member.getValue().path("shape").asText()), path));
        }
        path.remove(shape);
        return block(members);
    }

    private static String block(List<String> entries) {
        if (entries.isEmpty()) {
            return "list()";
        }
        String body = entries.stream().map(entry -> "  " + entry.replace("\n", "\n  "))
                .collect(Collectors.joining(",\n"));
        return "list(\n" + body + "\n)";
    }

    private static void indent(StringBuilder page, String code) {
        for (String line : code.split("\n")) {
            page.append("    ").append(line).append('\n');
        }
    }

    private JsonNode shape(String name) {
        return name == null ? null : model.path("shapes").get(name);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
