package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes generated values as a service would put them on the wire in AWS JSON: members under their
 * {@code locationName}, timestamps in the member's format (epoch seconds sometimes in exponent form, as services send
 * them), blobs in base64, non-finite numbers as strings, and now and then a field the model does not know.
 */
final class WireJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The AWS SDK refuses longer epoch-seconds texts; services send at most milliseconds, well within this. */
    private static final int LONGEST_EPOCH_TEXT = 20;

    private final C2jModel model;
    private final Random random;

    WireJson(C2jModel model, Random random) {
        this.model = model;
        this.random = random;
    }

    /** The JSON object for a structure value. */
    ObjectNode structure(String shapeName, Map<String, Object> value) {
        return (ObjectNode) encode(shapeName, null, value);
    }

    private JsonNode encode(String shapeName, JsonNode memberReference, Object value) {
        JsonNode shape = model.shape(shapeName);
        if (value == null) {
            return NODES.nullNode();
        }
        if (shape.path("document").asBoolean(false)) {
            return (JsonNode) value;
        }
        switch (shape.path("type").asText()) {
            case "structure":
                return object(shape, asMap(value));
            case "list":
                ArrayNode array = NODES.arrayNode();
                for (Object element : (List<?>) value) {
                    array.add(encode(C2jModel.target(shape.path("member")), null, element));
                }
                return array;
            case "map":
                ObjectNode entries = NODES.objectNode();
                asMap(value).forEach((k, v) -> entries.set(k, encode(C2jModel.target(shape.path("value")), null, v)));
                return entries;
            case "timestamp":
                return timestamp((Instant) value, format(shape, memberReference));
            case "blob":
                return NODES.textNode(Base64.getEncoder().encodeToString((byte[]) value));
            case "double":
            case "float":
                double d = ((Number) value).doubleValue();
                return Double.isFinite(d) ? NODES.rawValueNode(new RawValue(value.toString()))
                        : NODES.textNode(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
            case "boolean":
                return NODES.booleanNode((Boolean) value);
            case "string":
                return NODES.textNode((String) value);
            default:
                return NODES.rawValueNode(new RawValue(value.toString()));
        }
    }

    private ObjectNode object(JsonNode shape, Map<String, Object> value) {
        ObjectNode object = NODES.objectNode();
        value.forEach((name, member) -> {
            JsonNode reference = shape.path("members").path(name);
            object.set(reference.path("locationName").asText(name),
                    encode(C2jModel.target(reference), reference, member));
        });
        if (random.nextInt(100) < 15) {
            object.set("unmodeled" + random.nextInt(1000), NODES.objectNode().put("nested", random.nextLong())
                    .set("list", NODES.arrayNode().add("x").add(1.5).add(NODES.nullNode())));
        }
        return object;
    }

    private static String format(JsonNode shape, JsonNode memberReference) {
        if (memberReference != null && memberReference.path("timestampFormat").isTextual()) {
            return memberReference.path("timestampFormat").asText();
        }
        return shape.path("timestampFormat").asText("unixTimestamp");
    }

    private JsonNode timestamp(Instant instant, String format) {
        switch (format) {
            case "iso8601":
                return NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
            case "rfc822":
                return NODES.textNode(DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)));
            default:
                BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond())
                        .add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros();
                String exponent = exponentForm(seconds);
                boolean useExponent = random.nextBoolean() && exponent.length() <= LONGEST_EPOCH_TEXT;
                return NODES.rawValueNode(new RawValue(useExponent ? exponent : seconds.toPlainString()));
        }
    }

    /** {@code 1.526405435123E9}, the form Java-based services write epoch seconds in. */
    private static String exponentForm(BigDecimal positive) {
        if (positive.signum() == 0) {
            return "0.0";
        }
        String digits = positive.unscaledValue().toString();
        int exponent = digits.length() - positive.scale() - 1;
        String fraction = digits.length() > 1 ? digits.substring(1) : "0";
        return digits.charAt(0) + "." + fraction + "E" + exponent;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
