package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A C2J service model read as a JSON tree: its metadata, operations and shapes. Only what the differential tests
 * need is exposed; everything is looked up by name with a clear error when the model lacks it.
 */
final class C2jModel {
    /** One operation with the names of its input, output and error shapes (input/output null when not modeled). */
    record Operation(String name, String input, String output, List<String> errors, String hostPrefix) {}

    private final String resource;
    private final JsonNode root;

    private C2jModel(String resource, JsonNode root) {
        this.resource = resource;
        this.root = root;
    }

    /** Reads a model from the test classpath, e.g. {@code /models/ecr/2015-09-21/service-2.json}. */
    static C2jModel load(String resource) {
        try (InputStream in = C2jModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " is not on the test classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            if (!root.path("shapes").isObject() || !root.path("operations").isObject()) {
                throw new IllegalStateException("model " + resource + " has no shapes or operations object");
            }
            return new C2jModel(resource, root);
        } catch (IOException e) {
            throw new IllegalStateException("model " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A model already parsed, e.g. one written inline by a test. */
    static C2jModel of(String name, JsonNode root) {
        return new C2jModel(name, root);
    }

    String resource() {
        return resource;
    }

    String metadata(String key) {
        JsonNode value = root.path("metadata").path(key);
        return value.isTextual() ? value.asText() : null;
    }

    /** The operations in model order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.path("operations").properties()) {
            JsonNode op = entry.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
            String hostPrefix = op.path("endpoint").path("hostPrefix").asText(null);
            operations.add(new Operation(entry.getKey(), op.path("input").path("shape").asText(null),
                    op.path("output").path("shape").asText(null), List.copyOf(errors), hostPrefix));
        }
        return operations;
    }

    /** The shape of that name; fails naming the model when it is missing. */
    JsonNode shape(String name) {
        JsonNode shape = root.path("shapes").path(name);
        if (!shape.isObject()) {
            throw new IllegalStateException("model " + resource + " has no shape " + name);
        }
        return shape;
    }

    String type(String shapeName) {
        return shape(shapeName).path("type").asText();
    }

    /** The shape a list member, map key/value or structure member refers to. */
    static String target(JsonNode reference) {
        return reference.path("shape").asText();
    }

    /** The error code a modeled exception is sent with: its {@code error.code} when given, else its name. */
    String errorCode(String shapeName) {
        JsonNode code = shape(shapeName).path("error").path("code");
        return code.isTextual() ? code.asText() : shapeName;
    }
}
