package dev.ecrgen.services.ecr.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Serves random and mutated JSON with status 200 to every operation of the client. Bodies start from a document shaped
 * like the operation's output in the model, so the generated readers are reached, then are mutated: wrong types, huge
 * and odd numbers, bad timestamps and base64, deep nesting, cut or corrupted text. Every outcome must be a response or
 * an exception of the client's family; anything else (NullPointerException, DateTimeException, ...) is a defect.
 * Seed and size: {@code -Decrgen.fuzz.seed} (default 20261126) and {@code -Decrgen.fuzz.responses} per operation
 * (default 40).
 */
class ResponseFuzzTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_STRINGS = {"", "\u0000", "NaN", "-Infinity", "1e400", "2015-13-45T99:99:99Z",
        "not base64 !!!", "\uD800", "9999999999999999999999999999", "null", "{}", "Sun, 32 Foo 2015 25:61:00 GMT"};

    @Test
    void everyOperationSurvivesFuzzedResponses() throws Exception {
        long seed = Long.getLong("ecrgen.fuzz.seed", 20261126L);
        int perOperation = Integer.getInteger("ecrgen.fuzz.responses", 40);
        JsonNode model;
        try (InputStream in = EcrClient.class.getClassLoader()
                .getResourceAsStream("models/ecr/2015-09-21/service-2.json")) {
            assertTrue(in != null, "the ECR model is on the test classpath (ecrgen-api-models)");
            model = new ObjectMapper().readTree(in);
        }
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int tried = 0;
        int operations = 0;
        try (LoopbackServer server = new LoopbackServer();
                EcrClient client = SecretMarker.client(server.endpoint(), RetryPolicy.none(), null, null)) {
            List<Method> methods = operationMethods();
            for (Method method : methods) {
                String operation = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
                JsonNode op = model.path("operations").path(operation);
                assertTrue(!op.isMissingNode(), "the model has operation " + operation);
                operations++;
                Object request = emptyRequest(method.getParameterTypes()[0]);
                for (int i = 0; i < perOperation; i++) {
                    String body = body(model, op.path("output").path("shape").asText(null), random, i);
                    server.reply(Reply.json(200, body));
                    tried++;
                    String outcome;
                    try {
                        method.invoke(client, request);
                        outcome = "response";
                    } catch (InvocationTargetException e) {
                        Throwable t = e.getCause();
                        outcome = t.getClass().getSimpleName();
                        if (!(t instanceof SdkException) || SecretMarker.leak(SecretMarker.visibleText(t)) != null) {
                            defects.add(operation + " <- " + abbreviate(body) + " : " + SecretMarker.visibleText(t)
                                    .lines().limit(4).reduce("", (a, b) -> a + "\n    " + b));
                        }
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            }
        }
        System.out.println("[reliability] response fuzz: seed " + seed + ", " + operations + " operations, " + tried
                + " cases, outcomes " + outcomes + ", defects " + defects.size());
        assertEquals(model.path("operations").size(), operations, "every operation of the model was called");
        assertEquals(List.of(), defects.subList(0, Math.min(10, defects.size())),
                defects.size() + " fuzzed responses ended outside the client's exception family (first 10 shown)");
    }

    private static List<Method> operationMethods() {
        List<Method> methods = new ArrayList<>();
        for (Method m : EcrClient.class.getMethods()) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    && m.getReturnType().getSimpleName().endsWith("Response")) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static Object emptyRequest(Class<?> type) throws ReflectiveOperationException {
        Object builder = type.getMethod("builder").invoke(null);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(builder);
    }

    /** One case: a well-shaped document, a mutated one, or raw random text, chosen by the case number and the seed. */
    private static String body(JsonNode model, String shape, Random random, int caseNumber) {
        JsonNode document = shape == null ? NODES.objectNode() : valueOf(model, shape, random, 0);
        switch (caseNumber % 4) {
            case 0:
                return document.toString();
            case 1:
                return mutate(document, random).toString();
            case 2:
                return corruptText(mutate(document, random).toString(), random);
            default:
                return randomJson(random, 0).toString();
        }
    }

    private static JsonNode valueOf(JsonNode model, String shapeName, Random random, int depth) {
        JsonNode shape = model.path("shapes").path(shapeName);
        switch (shape.path("type").asText()) {
            case "structure": {
                ObjectNode node = NODES.objectNode();
                if (depth > 6) {
                    return node;
                }
                for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
                    if (random.nextInt(4) != 0) {
                        String name = member.getValue().path("locationName").asText(member.getKey());
                        node.set(name, valueOf(model, member.getValue().path("shape").asText(), random, depth + 1));
                    }
                }
                return node;
            }
            case "list": {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(depth > 4 ? 1 : 3); i > 0; i--) {
                    array.add(valueOf(model, shape.path("member").path("shape").asText(), random, depth + 1));
                }
                return array;
            }
            case "map": {
                ObjectNode map = NODES.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.set("k" + random.nextInt(100), valueOf(model, shape.path("value").path("shape").asText(),
                            random, depth + 1));
                }
                return map;
            }
            case "string":
                return shape.has("enum") && random.nextBoolean()
                        ? shape.path("enum").get(random.nextInt(shape.path("enum").size()))
                        : NODES.textNode("s" + random.nextInt(1000));
            case "integer":
            case "long":
                return NODES.numberNode(random.nextInt(1000));
            case "float":
            case "double":
                return NODES.numberNode(random.nextDouble());
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "timestamp":
                return NODES.numberNode(1_700_000_000.5 + random.nextInt(1000));
            case "blob":
                return NODES.textNode("aGVsbG8=");
            default:
                return NODES.nullNode();
        }
    }

    /** Replaces random values in the tree by values of other types. */
    private static JsonNode mutate(JsonNode node, Random random) {
        if (random.nextInt(5) == 0) {
            return oddValue(random);
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), mutate(e.getValue(), random)));
            if (random.nextInt(4) == 0) {
                copy.set("unknown" + random.nextInt(10), randomJson(random, 2));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(e -> copy.add(mutate(e, random)));
            if (random.nextInt(4) == 0) {
                copy.addNull();
            }
            return copy;
        }
        return node;
    }

    private static JsonNode oddValue(Random random) {
        switch (random.nextInt(9)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.textNode(ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
            case 2: return NODES.numberNode(new java.math.BigDecimal("1e" + (random.nextInt(800) - 400)));
            case 3: return NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(60))));
            case 4: return NODES.numberNode(-random.nextLong());
            case 5: return NODES.booleanNode(random.nextBoolean());
            case 6: return NODES.arrayNode().add(1).add("x");
            case 7: return NODES.objectNode().put("a", 1);
            default: return NODES.numberNode(random.nextDouble() * 1e20);
        }
    }

    private static JsonNode randomJson(Random random, int depth) {
        int kind = depth > 4 ? 3 + random.nextInt(3) : random.nextInt(6);
        switch (kind) {
            case 0: {
                ObjectNode o = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set(List.of("repositories", "imageIds", "nextToken", "failures", "images", "x", "")
                            .get(random.nextInt(7)), randomJson(random, depth + 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomJson(random, depth + 1));
                }
                return a;
            }
            case 2: {
                JsonNode deep = NODES.objectNode();
                for (int i = 0; i < 200; i++) {
                    deep = NODES.objectNode().set("repositories", NODES.arrayNode().add(deep));
                }
                return deep;
            }
            default:
                return oddValue(random);
        }
    }

    /** Cuts, duplicates or overwrites characters so the text may no longer be JSON. */
    private static String corruptText(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 1 + random.nextInt(3); i > 0 && out.length() > 0; i--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0: out.setLength(at); break;
                case 1: out.insert(at, "{[\",:}]".charAt(random.nextInt(7))); break;
                case 2: out.deleteCharAt(at); break;
                default: out.setCharAt(at, (char) random.nextInt(0x80)); break;
            }
        }
        return out.toString();
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...(" + body.length() + " chars)";
    }
}
