package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes seeded random values for any shape of a model. Values are plain Java: a structure is a
 * {@code Map<String, Object>} of member name to value (absent members are left out), a list a {@code List}, a map a
 * {@code Map<String, Object>}, a string or enum a {@code String}, numbers their boxed type ({@code BigDecimal},
 * {@code BigInteger} for the big kinds), a timestamp an {@link Instant}, a blob a {@code byte[]} and a document a
 * {@link JsonNode}.
 *
 * <p>Requests always carry their required members and never an idempotency token (the clients fill those in);
 * responses may lack any member, hold explicit nulls (members, list elements, map values) and carry enum values the
 * model does not list.
 */
final class ValueGenerator {
    /** What the values are for. */
    enum Purpose { REQUEST, RESPONSE }

    private static final int MAX_DEPTH = 6;
    private static final String[] ODD_TEXT = {"\"", "\\", "/", "\n", "\t", "é", "ü", "中文", "😀", "\u0001", "<&>", " ",
        "\u2028", "%2F", "+"};
    private static final long LATEST_SECOND = 4_102_444_800L;

    private final C2jModel model;
    private final Random random;
    private final Purpose purpose;

    ValueGenerator(C2jModel model, Random random, Purpose purpose) {
        this.model = model;
        this.random = random;
        this.purpose = purpose;
    }

    /** A random structure of that shape; an empty one when the shape name is null (an operation without input). */
    Map<String, Object> structure(String shapeName) {
        if (shapeName == null) {
            return new LinkedHashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) value(shapeName, 0);
        return value;
    }

    /** A random value of the shape. */
    Object value(String shapeName, int depth) {
        JsonNode shape = model.shape(shapeName);
        if (shape.path("document").asBoolean(false)) {
            return document(depth);
        }
        switch (shape.path("type").asText()) {
            case "structure":
                return shape.path("union").asBoolean(false) ? union(shape, depth) : structure(shape, depth);
            case "list":
                return list(shape, depth);
            case "map":
                return map(shape, depth);
            case "string":
                return string(shape);
            case "integer":
                return (int) integral(shape, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "long":
                return integral(shape, Long.MIN_VALUE, Long.MAX_VALUE);
            case "short":
                return (short) integral(shape, Short.MIN_VALUE, Short.MAX_VALUE);
            case "byte":
                return (byte) integral(shape, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case "double":
                return floating();
            case "float":
                return (float) floating();
            case "bigdecimal":
                return new BigDecimal(BigInteger.valueOf(random.nextLong()).multiply(BigInteger.TEN.pow(random.nextInt(12))),
                        random.nextInt(15));
            case "biginteger":
                return BigInteger.valueOf(random.nextLong()).multiply(BigInteger.TEN.pow(random.nextInt(15)));
            case "boolean":
                return random.nextBoolean();
            case "timestamp":
                return timestamp();
            case "blob":
                return blob(shape);
            default:
                throw new IllegalStateException("shape " + shapeName + " has a type the generator does not know: "
                        + shape.path("type").asText());
        }
    }

    private Map<String, Object> structure(JsonNode shape, int depth) {
        List<String> required = new ArrayList<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        Map<String, Object> value = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
            JsonNode reference = member.getValue();
            if (purpose == Purpose.REQUEST && reference.path("idempotencyToken").asBoolean(false)) {
                continue;
            }
            boolean mustBeThere = purpose == Purpose.REQUEST
                    && (required.contains(member.getKey()) || reference.path("hostLabel").asBoolean(false));
            if (!mustBeThere && purpose == Purpose.RESPONSE && random.nextInt(100) < 4) {
                value.put(member.getKey(), null);
            } else if (mustBeThere || (depth < MAX_DEPTH && random.nextInt(100) < 65)) {
                value.put(member.getKey(), reference.path("hostLabel").asBoolean(false)
                        ? hostLabel() : value(C2jModel.target(reference), depth + 1));
            }
        }
        return value;
    }

    private Map<String, Object> union(JsonNode shape, int depth) {
        List<String> names = new ArrayList<>();
        shape.path("members").fieldNames().forEachRemaining(names::add);
        Map<String, Object> value = new LinkedHashMap<>();
        if (!names.isEmpty() && (purpose == Purpose.REQUEST || random.nextInt(10) > 0)) {
            String name = names.get(random.nextInt(names.size()));
            value.put(name, value(C2jModel.target(shape.path("members").path(name)), depth + 1));
        }
        return value;
    }

    private List<Object> list(JsonNode shape, int depth) {
        int size = depth >= MAX_DEPTH || random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(3);
        List<Object> value = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            value.add(sometimesNull() ? null : value(C2jModel.target(shape.path("member")), depth + 1));
        }
        return value;
    }

    private Map<String, Object> map(JsonNode shape, int depth) {
        int size = depth >= MAX_DEPTH || random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(3);
        Map<String, Object> value = new LinkedHashMap<>();
        for (int attempt = 0; value.size() < size && attempt < size * 4; attempt++) {
            Object key = value(C2jModel.target(shape.path("key")), depth + 1);
            value.put(String.valueOf(key), sometimesNull() ? null : value(C2jModel.target(shape.path("value")),
                    depth + 1));
        }
        return value;
    }

    /** Responses now and then hold a JSON null in a list or as a map value. */
    private boolean sometimesNull() {
        return purpose == Purpose.RESPONSE && random.nextInt(100) < 3;
    }

    private String string(JsonNode shape) {
        JsonNode listed = shape.path("enum");
        if (listed.isArray() && listed.size() > 0) {
            int unlistedPercent = purpose == Purpose.RESPONSE ? 30 : 10;
            if (random.nextInt(100) >= unlistedPercent) {
                return listed.get(random.nextInt(listed.size())).asText();
            }
            return "UNLISTED_" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase(java.util.Locale.ROOT);
        }
        int min = shape.path("min").asInt(0);
        int max = shape.path("max").isNumber() ? shape.path("max").asInt() : min + 24;
        return text(Math.min(max, min + random.nextInt(Math.max(1, Math.min(max - min, 24) + 1))));
    }

    /** Mostly letters, now and then characters that need escaping or are outside ASCII. */
    String text(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            if (random.nextInt(100) < 8) {
                text.append(ODD_TEXT[random.nextInt(ODD_TEXT.length)]);
            } else {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private String hostLabel() {
        StringBuilder label = new StringBuilder();
        int length = 1 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            label.append(i > 0 && random.nextInt(5) == 0 ? (char) ('0' + random.nextInt(10))
                    : (char) ('a' + random.nextInt(26)));
        }
        return label.toString();
    }

    private long integral(JsonNode shape, long typeMin, long typeMax) {
        long min = shape.path("min").isNumber() ? Math.max(typeMin, shape.path("min").asLong()) : typeMin;
        long max = shape.path("max").isNumber() ? Math.min(typeMax, shape.path("max").asLong()) : typeMax;
        switch (random.nextInt(6)) {
            case 0:
                return max;
            case 1:
                return min;
            default:
                long low = Math.max(min, -1000);
                long high = Math.min(max, 100_000);
                return low >= high ? min : low + (long) (random.nextDouble() * (high - low));
        }
    }

    private double floating() {
        switch (random.nextInt(12)) {
            case 0:
                return Math.pow(10, 30 + random.nextInt(250)) * (random.nextBoolean() ? 1.5 : -3.25);
            case 10:
                double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
                return special[random.nextInt(special.length)];
            case 1:
                return 0.1;
            case 2:
                return random.nextInt(1000);
            case 3:
                return -random.nextDouble() / 1e9;
            default:
                return (random.nextDouble() - 0.5) * 1e6;
        }
    }

    private Instant timestamp() {
        long seconds = (long) (random.nextDouble() * LATEST_SECOND);
        switch (random.nextInt(4)) {
            case 0:
                return Instant.ofEpochSecond(seconds);
            case 1:
                return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
            default:
                return Instant.ofEpochSecond(seconds, random.nextInt(1000) * 1_000_000L);
        }
    }

    private byte[] blob(JsonNode shape) {
        int max = shape.path("max").isNumber() ? Math.min(shape.path("max").asInt(), 40) : 40;
        int min = Math.min(shape.path("min").asInt(0), max);
        byte[] bytes = new byte[min + random.nextInt(max - min + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private JsonNode document(int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (depth >= MAX_DEPTH ? random.nextInt(4) : random.nextInt(6)) {
            case 0:
                return nodes.textNode(text(random.nextInt(12)));
            case 1:
                return nodes.numberNode(random.nextInt(100_000) - 500);
            case 2:
                return nodes.booleanNode(random.nextBoolean());
            case 3:
                return nodes.nullNode();
            case 4:
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(document(depth + 1));
                }
                return array;
            default:
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set("k" + random.nextInt(100), document(depth + 1));
                }
                return object;
        }
    }
}
