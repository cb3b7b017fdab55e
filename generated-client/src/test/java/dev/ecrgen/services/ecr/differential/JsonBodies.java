package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a request body into a plain tree for comparison as JSON: object member order does not matter, numbers
 * compare by value ({@code 1.50} equals {@code 1.5}), and members the model marks as idempotency tokens must be
 * UUIDs and are then compared as such, since each client makes up its own.
 */
final class JsonBodies {
    static final String UUID_MARK = "<a UUID>";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final C2jModel model;

    JsonBodies(C2jModel model) {
        this.model = model;
    }

    /** The plain tree of a body sent for the shape, or a text saying why it is not JSON. */
    Object tree(byte[] body, String shapeName) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            return "<not JSON: " + e.getMessage().split("\n")[0] + ">";
        }
        return node == null ? "<empty body>" : plain(node, shapeName);
    }

    private Object plain(JsonNode node, String shapeName) {
        JsonNode shape = shapeName == null ? null : model.shape(shapeName);
        if (node.isObject()) {
            Map<String, Object> members = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                members.put(field.getKey(), plain(field.getValue(), shape, field.getKey()));
            }
            return members;
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            String member = shape != null && shape.path("type").asText().equals("list")
                    ? C2jModel.target(shape.path("member")) : null;
            node.forEach(e -> elements.add(plain(e, member)));
            return elements;
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    private Object plain(JsonNode value, JsonNode shape, String field) {
        if (shape == null || shape.path("document").asBoolean(false)) {
            return plain(value, null);
        }
        if (shape.path("type").asText().equals("map")) {
            return plain(value, C2jModel.target(shape.path("value")));
        }
        JsonNode reference = member(shape, field);
        if (reference == null) {
            return plain(value, null);
        }
        if (reference.path("idempotencyToken").asBoolean(false)) {
            return value.isTextual() && UUID.matcher(value.asText()).matches() ? UUID_MARK
                    : "<not a UUID: " + value + ">";
        }
        return plain(value, C2jModel.target(reference));
    }

    private static JsonNode member(JsonNode structure, String field) {
        for (Map.Entry<String, JsonNode> member : structure.path("members").properties()) {
            if (member.getValue().path("locationName").asText(member.getKey()).equals(field)) {
                return member.getValue();
            }
        }
        return null;
    }
}
