package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * Reads a client's model object through its public accessors, driven by the model, into plain values that two
 * clients can be compared on: for each member the getter (its {@code ...AsString()}/{@code ...AsStrings()} variant
 * when there is one, so enum values the model does not list survive), and {@code hasXxx()} for lists and maps. Blobs
 * become hex text, documents plain values; a missing accessor becomes a marker that shows up as a difference.
 */
final class AccessorReader {
    private final C2jModel model;

    AccessorReader(C2jModel model) {
        this.model = model;
    }

    /** The members of a structure object; {@code skipped} names members (lower-cased keys) not to read. */
    Map<String, Object> structure(Object object, String shapeName, Set<String> skipped) {
        Map<String, Object> read = new LinkedHashMap<>();
        JsonNode shape = model.shape(shapeName);
        for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
            String key = PublicMethods.key(member.getKey());
            if (skipped.contains(key)) {
                continue;
            }
            String memberShape = C2jModel.target(member.getValue());
            String kind = model.type(memberShape);
            Method getter = firstGetter(object.getClass(), key + "asstrings", key + "asstring", key);
            read.put(member.getKey(), getter == null ? missing(object, member.getKey() + "()")
                    : value(PublicMethods.call(getter, object), memberShape));
            if (kind.equals("list") || kind.equals("map")) {
                Method has = PublicMethods.getter(object.getClass(), "has" + key);
                read.put("has" + member.getKey(), has == null ? missing(object, "has" + member.getKey() + "()")
                        : PublicMethods.call(has, object));
            }
        }
        return read;
    }

    private Object value(Object value, String shapeName) {
        if (value == null) {
            return null;
        }
        JsonNode shape = model.shape(shapeName);
        if (value instanceof Document) {
            return document((Document) value);
        }
        switch (shape.path("type").asText()) {
            case "structure":
                return structure(value, shapeName, Set.of());
            case "list":
                List<Object> list = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    list.add(value(element, C2jModel.target(shape.path("member"))));
                }
                return list;
            case "map":
                Map<String, Object> map = new TreeMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> map.put(String.valueOf(k),
                        value(v, C2jModel.target(shape.path("value")))));
                return map;
            default:
                if (value instanceof SdkBytes) {
                    return "bytes:" + HexFormat.of().formatHex(((SdkBytes) value).asByteArray());
                }
                if (value instanceof Enum) {
                    return "enum constant " + value.getClass().getSimpleName() + "." + ((Enum<?>) value).name();
                }
                return value;
        }
    }

    private static Object document(Document document) {
        if (document.isMap()) {
            Map<String, Object> map = new TreeMap<>();
            document.asMap().forEach((k, v) -> map.put(k, document(v)));
            return map;
        }
        if (document.isList()) {
            List<Object> list = new ArrayList<>();
            document.asList().forEach(d -> list.add(document(d)));
            return list;
        }
        if (document.isNumber()) {
            SdkNumber number = document.asNumber();
            return number.bigDecimalValue().stripTrailingZeros();
        }
        return document.isNull() ? null : document.isBoolean() ? (Object) document.asBoolean() : document.asString();
    }

    private static Method firstGetter(Class<?> type, String... keys) {
        for (String key : keys) {
            Method getter = PublicMethods.getter(type, key);
            if (getter != null) {
                return getter;
            }
        }
        return null;
    }

    private static String missing(Object object, String accessor) {
        return "<" + object.getClass().getSimpleName() + " has no public " + accessor + ">";
    }
}
