package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An operation of a C2J model as a tree without shape names: what a reference page can show (types, enum values,
 * members, list and map elements, the input's required members). Two operations with equal views are structurally
 * equal. Documentation, constraints, map key types and the required members of nested structures are left out.
 */
final class StructuralView {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode shapes;
    private final boolean numbersByKind;

    /** With {@code numbersByKind}, integer and long read alike, and float and double: pages print them alike. */
    private StructuralView(JsonNode model, boolean numbersByKind) {
        this.shapes = model.path("shapes");
        this.numbersByKind = numbersByKind;
    }

    static ObjectNode of(JsonNode model, String operation) {
        return new StructuralView(model, false).operation(model, operation);
    }

    static ObjectNode byNumberKind(JsonNode model, String operation) {
        return new StructuralView(model, true).operation(model, operation);
    }

    private ObjectNode operation(JsonNode model, String name) {
        JsonNode operation = model.path("operations").path(name);
        ObjectNode view = JSON.objectNode();
        view.put("http", operation.path("http").path("method").asText() + " "
                + operation.path("http").path("requestUri").asText());
        for (String role : new String[] {"input", "output"}) {
            String shape = operation.path(role).path("shape").asText(null);
            view.set(role, shape == null ? JSON.nullNode() : shape(shape, role.equals("input"), new HashSet<>()));
        }
        return view;
    }

    private JsonNode shape(String name, boolean withRequired, Set<String> enclosing) {
        JsonNode shape = shapes.path(name);
        ObjectNode view = JSON.objectNode();
        String type = shape.path("type").asText();
        if (shape.has("enum")) {
            Set<String> values = new TreeSet<>();
            shape.get("enum").forEach(value -> values.add(value.asText()));
            values.forEach(view.put("type", "enum").putArray("values")::add);
            return view;
        }
        switch (type) {
            case "structure" -> {
                if (shape.path("document").asBoolean()) {
                    return view.put("type", "document");
                }
                if (!enclosing.add(name)) {
                    return view.put("type", "recursive");
                }
                view.put("type", "structure");
                if (withRequired) {
                    ArrayNode required = view.putArray("required");
                    Set<String> sorted = new TreeSet<>();
                    shape.path("required").forEach(member -> sorted.add(member.asText()));
                    sorted.forEach(required::add);
                }
                ObjectNode members = view.putObject("members");
                Map<String, JsonNode> sorted = new TreeMap<>();
                for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
                    sorted.put(member.getKey(), shape(member.getValue().path("shape").asText(), false, enclosing));
                }
                sorted.forEach(members::set);
                enclosing.remove(name);
            }
            case "list" -> view.put("type", "list")
                    .set("member", shape(shape.path("member").path("shape").asText(), false, enclosing));
            case "map" -> view.put("type", "map")
                    .set("value", shape(shape.path("value").path("shape").asText(), false, enclosing));
            case "integer", "long" -> view.put("type", numbersByKind ? "whole number" : type);
            case "float", "double" -> view.put("type", numbersByKind ? "decimal" : type);
            default -> view.put("type", type);
        }
        return view;
    }
}
