package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Builds Java values from a case's {@code params}, shape by shape, through the generated builders: structures via
 * {@code builder()} and the member setters, enums as strings, timestamps from epoch seconds, blobs from their UTF-8
 * text, documents as {@code Document}, floats and doubles also from "NaN" and "Infinity".
 */
final class ParamValues {
    private final GeneratedService service;

    ParamValues(GeneratedService service) {
        this.service = service;
    }

    /** The operation's request built from the params. */
    Object request(String operation, JsonNode params) throws ReflectiveOperationException {
        ShapeRef input = service.operation(operation).input();
        Shape shape = input == null ? null : service.shape(input.shape());
        return structure(service.type(service.names().requestClass(operation)), shape, params, "params");
    }

    private Object structure(Class<?> type, Shape shape, JsonNode params, String path) throws ReflectiveOperationException {
        if (params != null && !params.isNull() && !params.isObject()) {
            throw new IllegalArgumentException(path + ": a structure needs a JSON object, not " + params);
        }
        Object builder = type.getMethod("builder").invoke(null);
        List<MemberAccess> members = MemberAccess.of(service, shape, false);
        if (params != null) {
            for (Map.Entry<String, JsonNode> field : params.properties()) {
                MemberAccess member = MemberAccess.find(members, field.getKey());
                if (member == null) {
                    throw new IllegalArgumentException(path + "." + field.getKey() + " is not a member of "
                            + type.getSimpleName());
                }
                Object value = value(member.shapeName(), field.getValue(), path + "." + field.getKey());
                Method setter = builder.getClass().getMethod(member.setter(service), service.storageType(member.shapeName()));
                invoke(setter, builder, value);
            }
        }
        return invoke(builder.getClass().getMethod("build"), builder);
    }

    Object value(String shapeName, JsonNode json, String path) throws ReflectiveOperationException {
        if (json == null || json.isNull()) {
            return null;
        }
        Shape shape = service.shape(shapeName);
        switch (shape.type()) {
            case "structure":
                return shape.document()
                        ? Documents.fromJson(json)
                        : structure(service.storageType(shapeName), shape, json, path);
            case "list": {
                require(json.isArray(), path, "a list needs a JSON array", json);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < json.size(); i++) {
                    list.add(value(shape.member().shape(), json.get(i), path + "[" + i + "]"));
                }
                return list;
            }
            case "map": {
                require(json.isObject(), path, "a map needs a JSON object", json);
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : json.properties()) {
                    map.put(entry.getKey(), value(shape.value().shape(), entry.getValue(), path + "." + entry.getKey()));
                }
                return map;
            }
            case "string":
                require(json.isValueNode(), path, "a string needs a JSON scalar", json);
                return json.asText();
            case "boolean":
                require(json.isBoolean(), path, "a boolean needs true or false", json);
                return json.booleanValue();
            case "integer":
                return integral(json, path).intValueExact();
            case "long":
                return integral(json, path).longValueExact();
            case "short":
                return integral(json, path).shortValueExact();
            case "byte":
                return integral(json, path).byteValueExact();
            case "float":
                return json.isTextual() ? Float.valueOf(json.asText()) : Float.valueOf(number(json, path).floatValue());
            case "double":
                return json.isTextual() ? Double.valueOf(json.asText()) : Double.valueOf(number(json, path).doubleValue());
            case "bigdecimal":
                return json.isTextual() ? new BigDecimal(json.asText()) : number(json, path);
            case "biginteger":
                return json.isTextual() ? new BigInteger(json.asText()) : integral(json, path).toBigIntegerExact();
            case "timestamp":
                return timestamp(json, path);
            case "blob":
                require(json.isTextual(), path, "a blob needs its text", json);
                return SdkBytes.fromUtf8String(json.asText());
            default:
                throw new IllegalArgumentException(path + ": shape " + shapeName + " has unknown type " + shape.type());
        }
    }

    /** Epoch seconds (fractions kept to the nanosecond), or an ISO-8601 string. */
    static Instant timestamp(JsonNode json, String path) {
        if (json.isNumber()) {
            BigDecimal seconds = json.decimalValue();
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            int nanos = seconds.subtract(whole).movePointRight(9).intValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        }
        if (json.isTextual()) {
            return OffsetDateTime.parse(json.asText()).toInstant();
        }
        throw new IllegalArgumentException(path + ": a timestamp needs epoch seconds, not " + json);
    }

    private static BigDecimal number(JsonNode json, String path) {
        require(json.isNumber(), path, "needs a JSON number", json);
        return json.decimalValue();
    }

    private static BigDecimal integral(JsonNode json, String path) {
        BigDecimal value = number(json, path);
        require(value.stripTrailingZeros().scale() <= 0, path, "needs a whole number", json);
        return value;
    }

    private static void require(boolean condition, String path, String what, JsonNode json) {
        if (!condition) {
            throw new IllegalArgumentException(path + ": " + what + ", not " + json);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) throws ReflectiveOperationException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
