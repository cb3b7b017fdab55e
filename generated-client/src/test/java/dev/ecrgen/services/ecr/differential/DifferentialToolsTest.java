package dev.ecrgen.services.ecr.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The differential tests' own parts on a small inline model that has every member kind the ECR model lacks in its
 * requests (timestamps in two formats, doubles, floats, big decimals, maps, documents, unions, idempotency tokens,
 * host labels, wire names), so that they are known to work before a model with those kinds arrives.
 */
class DifferentialToolsTest {
    private static final String MODEL = """
            {"metadata": {"serviceId": "Sample", "jsonVersion": "1.1", "targetPrefix": "Sample"},
             "operations": {"Do": {"name": "Do", "input": {"shape": "DoInput"}, "output": {"shape": "DoInput"}}},
             "shapes": {
              "DoInput": {"type": "structure", "required": ["Name"], "members": {
                "Name": {"shape": "Str"}, "Token": {"shape": "Str", "idempotencyToken": true},
                "Label": {"shape": "Str", "hostLabel": true}, "When": {"shape": "Time"},
                "WhenIso": {"shape": "Time", "timestampFormat": "iso8601"}, "Data": {"shape": "Bytes"},
                "Ratio": {"shape": "Dbl"}, "Small": {"shape": "Flt"}, "Count": {"shape": "Int"},
                "Big": {"shape": "Lng"}, "Flag": {"shape": "Bool"}, "Dec": {"shape": "Dec"},
                "Color": {"shape": "Color"}, "Colors": {"shape": "Colors"}, "Tags": {"shape": "Tags"},
                "Doc": {"shape": "Doc"}, "Choice": {"shape": "Choice"}, "Nested": {"shape": "DoInput"},
                "Renamed": {"shape": "Str", "locationName": "renamed_on_wire"}}},
              "Str": {"type": "string", "min": 1, "max": 8},
              "Time": {"type": "timestamp"}, "Bytes": {"type": "blob"}, "Dbl": {"type": "double"},
              "Flt": {"type": "float"}, "Int": {"type": "integer", "min": 1, "max": 100}, "Lng": {"type": "long"},
              "Bool": {"type": "boolean"}, "Dec": {"type": "bigdecimal"},
              "Color": {"type": "string", "enum": ["RED", "GREEN"]},
              "Colors": {"type": "list", "member": {"shape": "Color"}},
              "Tags": {"type": "map", "key": {"shape": "Color"}, "value": {"shape": "Int"}},
              "Doc": {"type": "structure", "members": {}, "document": true},
              "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "Str"}, "B": {"shape": "Int"}}}
             }}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final C2jModel model = model();

    private static C2jModel model() {
        try {
            return C2jModel.of("inline", JSON.readTree(MODEL));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void requestsHaveEveryKindTheirRequiredMembersAndNoIdempotencyToken() {
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            Map<String, Object> value = new ValueGenerator(model, new Random(seed), ValueGenerator.Purpose.REQUEST)
                    .structure("DoInput");
            assertTrue(value.containsKey("Name") && value.containsKey("Label"), value::toString);
            assertFalse(value.containsKey("Token"), value::toString);
            assertTrue(((String) value.get("Label")).matches("[a-z][a-z0-9]*"), value::toString);
            seen.addAll(value.keySet());
            value.forEach((member, v) -> assertInstanceOf(expectedType(member), v, member));
            if (value.containsKey("Choice")) {
                assertEquals(1, ((Map<?, ?>) value.get("Choice")).size(), "a union holds one member");
            }
        }
        assertEquals(Set.of("Name", "Label", "When", "WhenIso", "Data", "Ratio", "Small", "Count", "Big", "Flag",
                "Dec", "Color", "Colors", "Tags", "Doc", "Choice", "Nested", "Renamed"), seen);
    }

    @Test
    void responsesCarryEnumValuesTheModelDoesNotList() {
        boolean unlisted = false;
        for (int seed = 0; seed < 100 && !unlisted; seed++) {
            Object color = new ValueGenerator(model, new Random(seed), ValueGenerator.Purpose.RESPONSE)
                    .value("Color", 0);
            unlisted = !color.equals("RED") && !color.equals("GREEN");
        }
        assertTrue(unlisted);
    }

    @Test
    void writesTheWireFormOfEachKind() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("When", Instant.ofEpochSecond(1526405435, 123_000_000));
        value.put("WhenIso", Instant.ofEpochSecond(1526405435, 123_000_000));
        value.put("Data", "hi".getBytes(StandardCharsets.UTF_8));
        value.put("Ratio", Double.NaN);
        value.put("Renamed", "x");
        value.put("Tags", Map.of("RED", 3));
        for (int seed = 0; seed < 20; seed++) {
            String text = new WireJson(model, new Random(seed)).structure("DoInput", value).toString();
            assertTrue(text.contains("\"When\":1526405435.123,") || text.contains("\"When\":1.526405435123E9,"), text);
            JsonNode wire = JSON.readTree(text);
            assertEquals("2018-05-15T17:30:35.123Z", wire.get("WhenIso").asText());
            assertEquals("aGk=", wire.get("Data").asText());
            assertEquals("NaN", wire.get("Ratio").asText());
            assertEquals("x", wire.get("renamed_on_wire").asText());
            assertEquals(3, wire.get("Tags").get("RED").asInt());
        }
    }

    @Test
    void comparesBodiesAsJsonWithIdempotencyTokensAsUuids() {
        JsonBodies bodies = new JsonBodies(model);
        Object one = bodies.tree(bytes("{\"Token\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"Count\":1.50,"
                + "\"Nested\":{\"Token\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"},\"renamed_on_wire\":\"x\"}"),
                "DoInput");
        Object other = bodies.tree(bytes("{\"renamed_on_wire\":\"x\",\"Count\":1.5,"
                + "\"Nested\":{\"Token\":\"e02fd0e4-00fd-090a-ca30-0d00a0038ba0\"},"
                + "\"Token\":\"16fd2706-8baf-433b-82eb-8c7fada847da\"}"), "DoInput");
        assertEquals(List.of(), TreeDiff.compare("body", one, other));
        Object notUuid = bodies.tree(bytes("{\"Token\":\"token-1\",\"Count\":1.5,\"Nested\":{\"Token\":"
                + "\"e02fd0e4-00fd-090a-ca30-0d00a0038ba0\"},\"renamed_on_wire\":\"x\"}"), "DoInput");
        assertEquals(List.of("body.Token: reference \"<a UUID>\", ours \"<not a UUID: \"token-1\">\""),
                TreeDiff.compare("body", one, notUuid));
        assertNotEquals(List.of(), TreeDiff.compare("body", one, bodies.tree(bytes("{\"Count\":2}"), "DoInput")));
    }

    @Test
    void treeDifferencesNameThePlaceAndBothValues() {
        Map<String, Object> left = Map.of("a", List.of(1, Map.of("b", "x")), "c", BigDecimal.ONE);
        Map<String, Object> right = Map.of("a", List.of(1, Map.of("b", "y")), "c", 1L);
        List<String> differences = TreeDiff.compare("r", left, right);
        assertTrue(differences.contains("r.a[1].b: reference \"x\", ours \"y\""), differences::toString);
        assertTrue(differences.contains("r.c: reference 1 (BigDecimal), ours 1 (Long)"), differences::toString);
        ObjectNode empty = JSON.createObjectNode();
        assertEquals(Map.of(), new JsonBodies(model).tree(bytes(empty.toString()), "DoInput"));
    }

    @Test
    void failureReportsShowEachKindOfDifferenceFirst() {
        String text = FailureReport.text("Op responses differ", List.of(
                "round 1: response.items[0].when: reference 1, ours 2",
                "round 1:   (the response served was {})",
                "round 2: response.items[3].when: reference 5, ours 6",
                "round 2: error A PLAIN_TYPE.numAttempts: reference 1, ours null",
                "round 3: error B HEADER_ONLY.numAttempts: reference 1, ours null",
                "round 3: error <none> NO_CODE.errorCode: reference null, ours \"BadRequest\""));
        assertEquals("""
                Op responses differ: 5 differences of 4 kinds; the first of each kind:
                  round 1: response.items[0].when: reference 1, ours 2
                  round 2: error A PLAIN_TYPE.numAttempts: reference 1, ours null
                  round 3: error B HEADER_ONLY.numAttempts: reference 1, ours null
                  round 3: error <none> NO_CODE.errorCode: reference null, ours "BadRequest"
                what was served for the first ones:
                  round 1:   (the response served was {})""", text);
    }

    @Test
    void serviceNamesFollowTheSdkSpelling() {
        assertEquals("Ecr", DiffSettings.serviceName("ECR"));
        assertEquals("DynamoDb", DiffSettings.serviceName("DynamoDB"));
        assertEquals("CloudWatchLogs", DiffSettings.serviceName("CloudWatch Logs"));
        assertEquals("EcrPublic", DiffSettings.serviceName("ECR PUBLIC"));
    }

    private static Class<?> expectedType(String member) {
        switch (member) {
            case "When":
            case "WhenIso":
                return Instant.class;
            case "Data":
                return byte[].class;
            case "Ratio":
                return Double.class;
            case "Small":
                return Float.class;
            case "Count":
                return Integer.class;
            case "Big":
                return Long.class;
            case "Flag":
                return Boolean.class;
            case "Dec":
                return BigDecimal.class;
            case "Colors":
                return List.class;
            case "Tags":
            case "Choice":
            case "Nested":
                return Map.class;
            case "Doc":
                return JsonNode.class;
            default:
                return String.class;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
