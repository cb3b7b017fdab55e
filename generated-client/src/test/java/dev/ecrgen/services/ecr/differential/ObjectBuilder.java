package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * Builds a client's model object from a generated value through its public builder: {@code builder()}, one fluent
 * setter per member (the overload taking strings for enums, {@code Collection} for lists, {@code Map} for maps, the
 * nested class for structures) and {@code build()}. Works the same on both clients.
 */
final class ObjectBuilder {
    private final C2jModel model;

    ObjectBuilder(C2jModel model) {
        this.model = model;
    }

    /** The object of that class for a structure value; fails naming the class and member it cannot set. */
    Object build(Class<?> type, String shapeName, Map<String, Object> value) {
        Method builderMethod = PublicMethods.staticMethod(type, "builder");
        Object builder = PublicMethods.call(builderMethod, null);
        Class<?> builderType = builderMethod.getReturnType();
        JsonNode members = shapeName == null ? null : model.shape(shapeName).path("members");
        for (Map.Entry<String, Object> member : value.entrySet()) {
            String memberShape = C2jModel.target(members.path(member.getKey()));
            Method setter = setter(builderType, member.getKey(), memberShape);
            PublicMethods.call(setter, builder, convert(setter.getGenericParameterTypes()[0], memberShape,
                    member.getValue()));
        }
        return PublicMethods.call(PublicMethods.callable(find(builderType, "build")), builder);
    }

    private Method setter(Class<?> builderType, String member, String memberShape) {
        String key = PublicMethods.key(member);
        List<Method> candidates = new ArrayList<>(PublicMethods.named(builderType, key, 1));
        candidates.addAll(PublicMethods.named(builderType, key + "withstrings", 1));
        for (Method candidate : candidates) {
            if (accepts(candidate.getGenericParameterTypes()[0], memberShape)) {
                return candidate;
            }
        }
        throw new IllegalStateException(builderType.getName() + " has no setter for member " + member
                + " taking " + model.type(memberShape) + " " + memberShape + " (found " + candidates + ")");
    }

    private boolean accepts(Type type, String shapeName) {
        if (type instanceof WildcardType) {
            return accepts(((WildcardType) type).getUpperBounds()[0], shapeName);
        }
        JsonNode shape = model.shape(shapeName);
        if (shape.path("document").asBoolean(false)) {
            return type == Document.class;
        }
        switch (shape.path("type").asText()) {
            case "structure":
                return type instanceof Class && hasBuilder((Class<?>) type);
            case "list":
                return isParameterized(type, Collection.class)
                        && accepts(arguments(type)[0], C2jModel.target(shape.path("member")));
            case "map":
                return isParameterized(type, Map.class)
                        && accepts(arguments(type)[0], C2jModel.target(shape.path("key")))
                        && accepts(arguments(type)[1], C2jModel.target(shape.path("value")));
            default:
                return type == scalarClass(shape.path("type").asText());
        }
    }

    private Object convert(Type type, String shapeName, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof WildcardType) {
            return convert(((WildcardType) type).getUpperBounds()[0], shapeName, value);
        }
        JsonNode shape = model.shape(shapeName);
        if (shape.path("document").asBoolean(false)) {
            return document((JsonNode) value);
        }
        switch (shape.path("type").asText()) {
            case "structure":
                @SuppressWarnings("unchecked")
                Map<String, Object> members = (Map<String, Object>) value;
                return build((Class<?>) type, shapeName, members);
            case "list":
                List<Object> list = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    list.add(convert(arguments(type)[0], C2jModel.target(shape.path("member")), element));
                }
                return list;
            case "map":
                Map<Object, Object> map = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> map.put(
                        convert(arguments(type)[0], C2jModel.target(shape.path("key")), k),
                        convert(arguments(type)[1], C2jModel.target(shape.path("value")), v)));
                return map;
            case "blob":
                return SdkBytes.fromByteArray((byte[]) value);
            default:
                return value;
        }
    }

    private static Class<?> scalarClass(String type) {
        switch (type) {
            case "string":
                return String.class;
            case "integer":
                return Integer.class;
            case "long":
                return Long.class;
            case "short":
                return Short.class;
            case "byte":
                return Byte.class;
            case "float":
                return Float.class;
            case "double":
                return Double.class;
            case "boolean":
                return Boolean.class;
            case "bigdecimal":
                return BigDecimal.class;
            case "biginteger":
                return BigInteger.class;
            case "timestamp":
                return Instant.class;
            case "blob":
                return SdkBytes.class;
            default:
                throw new IllegalStateException("no Java type for C2J type " + type);
        }
    }

    static Document document(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> members = new LinkedHashMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), document(e.getValue())));
            return Document.fromMap(members);
        }
        if (node.isArray()) {
            List<Document> elements = new ArrayList<>();
            node.forEach(e -> elements.add(document(e)));
            return Document.fromList(elements);
        }
        if (node.isNumber()) {
            return Document.fromNumber(SdkNumber.fromString(node.asText()));
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.asBoolean());
        }
        return node.isNull() ? Document.fromNull() : Document.fromString(node.asText());
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            return java.lang.reflect.Modifier.isStatic(type.getMethod("builder").getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isParameterized(Type type, Class<?> raw) {
        return type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == raw;
    }

    private static Type[] arguments(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments();
    }

    private static Method find(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no " + name + "()", e);
        }
    }
}
