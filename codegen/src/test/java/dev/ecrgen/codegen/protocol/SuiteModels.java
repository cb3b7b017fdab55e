package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one suite into C2J service models: the suite's metadata and shapes plus the operations its cases give. Cases
 * share a model unless two of them define the same operation differently, so a suite usually needs one model.
 */
final class SuiteModels {
    /** Used when a case's operation has no name, as botocore's runner does. */
    static final String DEFAULT_OPERATION = "OperationName";

    private SuiteModels() {}

    /** A model and the cases that run against it. */
    record Planned(ObjectNode model, List<JsonNode> cases) {}

    static List<Planned> plan(JsonNode suite) {
        List<Map<String, JsonNode>> operationSets = new ArrayList<>();
        List<List<JsonNode>> caseSets = new ArrayList<>();
        for (JsonNode testCase : suite.path("cases")) {
            JsonNode given = operation(testCase);
            String name = given.path("name").asText();
            int slot = -1;
            for (int i = 0; i < operationSets.size() && slot < 0; i++) {
                JsonNode existing = operationSets.get(i).get(name);
                if (existing == null || existing.equals(given)) {
                    slot = i;
                }
            }
            if (slot < 0) {
                operationSets.add(new LinkedHashMap<>());
                caseSets.add(new ArrayList<>());
                slot = operationSets.size() - 1;
            }
            operationSets.get(slot).put(name, given);
            caseSets.get(slot).add(testCase);
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < operationSets.size(); i++) {
            planned.add(new Planned(model(suite, operationSets.get(i)), List.copyOf(caseSets.get(i))));
        }
        return planned;
    }

    /** The case's operation, named {@value #DEFAULT_OPERATION} when the suite leaves the name out. */
    static ObjectNode operation(JsonNode testCase) {
        JsonNode given = testCase.path("given");
        ObjectNode operation = given.isObject() ? ((ObjectNode) given).deepCopy() : SuiteFile.JSON.createObjectNode();
        if (!operation.path("name").isTextual() || operation.path("name").asText().isEmpty()) {
            operation.put("name", DEFAULT_OPERATION);
        }
        return operation;
    }

    private static ObjectNode model(JsonNode suite, Map<String, JsonNode> operations) {
        ObjectNode model = SuiteFile.JSON.createObjectNode();
        model.put("version", "2.0");
        ObjectNode metadata = suite.path("metadata").isObject()
                ? ((ObjectNode) suite.get("metadata")).deepCopy()
                : SuiteFile.JSON.createObjectNode();
        if (!metadata.path("serviceId").isTextual() || metadata.path("serviceId").asText().isBlank()) {
            metadata.put("serviceId", serviceId(metadata));
        }
        model.set("metadata", metadata);
        ObjectNode ops = model.putObject("operations");
        operations.forEach(ops::set);
        model.set("shapes", suite.path("shapes").isObject()
                ? ((ObjectNode) suite.get("shapes")).deepCopy()
                : SuiteFile.JSON.createObjectNode());
        return model;
    }

    /** Suites carry no serviceId; the target prefix (e.g. JsonProtocol) names the client classes instead. */
    private static String serviceId(JsonNode metadata) {
        String prefix = metadata.path("targetPrefix").asText("");
        String cleaned = prefix.replaceAll("[^A-Za-z0-9 ]", " ").trim();
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "ProtocolTest" : cleaned;
    }
}
