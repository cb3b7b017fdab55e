package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Shape;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

/**
 * Compares a value read through the generated accessors with the expected JSON of a case, shape by shape, and
 * collects every difference with its path. A member the expectation leaves out must be unset.
 */
final class ResultCheck {
    private final GeneratedService service;
    private final List<String> differences;

    ResultCheck(GeneratedService service, List<String> differences) {
        this.service = service;
        this.differences = differences;
    }

    /**
     * Compares the members of a structure (or exception) with the expected object. {@code skip} names a member not to
     * read through an accessor (an exception's message, which the caller checks against the error details).
     */
    void structure(Object actual, Shape shape, boolean exception, JsonNode expected, String path, String skip)
            throws ReflectiveOperationException {
        if (expected == null || expected.isNull()) {
            expected = SuiteFile.JSON.createObjectNode();
        }
        if (!expected.isObject()) {
            differences.add(path + ": the case expects " + expected + " where the shape is a structure");
            return;
        }
        List<MemberAccess> members = MemberAccess.of(service, shape, exception);
        TreeSet<String> unknown = new TreeSet<>();
        expected.fieldNames().forEachRemaining(unknown::add);
        for (MemberAccess member : members) {
            unknown.remove(member.modelName());
            if (member.modelName().equals(skip)) {
                continue;
            }
            String at = path + "." + member.modelName();
            JsonNode want = expected.get(member.modelName());
            Method getter = actual.getClass().getMethod(member.getter(service));
            Object got = read(getter, actual);
            if (want == null || want.isNull()) {
                absent(actual, member, got, at);
            } else {
                value(member.shapeName(), want, got, at);
            }
        }
        if (!unknown.isEmpty()) {
            differences.add(path + ": the case expects members " + unknown + " that the shape does not have");
        }
    }

    private void absent(Object owner, MemberAccess member, Object got, String at) throws ReflectiveOperationException {
        if (member.isCollection() && !member.exception()) {
            Object has = read(owner.getClass().getMethod(member.hasMethod()), owner);
            if (Boolean.TRUE.equals(has)) {
                differences.add(at + ": expected unset but was " + got);
            }
        } else if (got != null) {
            differences.add(at + ": expected unset but was " + describe(got));
        }
    }

    void value(String shapeName, JsonNode want, Object got, String at) throws ReflectiveOperationException {
        Shape shape = service.shape(shapeName);
        if (got == null) {
            differences.add(at + ": expected " + want + " but was unset");
            return;
        }
        switch (shape.type()) {
            case "structure" -> {
                if (shape.document()) {
                    String found = JsonTrees.difference(want, Documents.toJson((Document) got), at);
                    if (found != null) {
                        differences.add(found);
                    }
                } else {
                    structure(got, shape, false, want, at, null);
                }
            }
            case "list" -> list(shape, want, (List<?>) got, at);
            case "map" -> map(shape, want, (Map<?, ?>) got, at);
            case "string" -> expect(want.isTextual() && want.asText().equals(got), want, got, at);
            case "boolean" -> expect(want.isBoolean() && want.booleanValue() == (Boolean) got, want, got, at);
            case "integer", "long", "short", "byte", "bigdecimal", "biginteger" -> expect(want.isNumber()
                    && want.decimalValue().compareTo(new BigDecimal(got.toString())) == 0, want, got, at);
            case "float" -> expect(Float.compare(want.isTextual() ? Float.parseFloat(want.asText())
                    : want.floatValue(), (Float) got) == 0, want, got, at);
            case "double" -> expect(Double.compare(want.isTextual() ? Double.parseDouble(want.asText())
                    : want.doubleValue(), (Double) got) == 0, want, got, at);
            case "timestamp" -> {
                Instant instant = (Instant) got;
                expect(ParamValues.timestamp(want, at).equals(instant), want, new Shown(epochSeconds(instant)), at);
            }
            case "blob" -> expect(want.asText().equals(((SdkBytes) got).asUtf8String()), want,
                    ((SdkBytes) got).asUtf8String(), at);
            default -> differences.add(at + ": shape " + shapeName + " has unknown type " + shape.type());
        }
    }

    private void list(Shape shape, JsonNode want, List<?> got, String at) throws ReflectiveOperationException {
        if (!want.isArray() || want.size() != got.size()) {
            differences.add(at + ": expected " + want + " but was " + got);
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            Object element = got.get(i);
            if (element == null && want.get(i).isNull()) {
                continue;
            }
            value(shape.member().shape(), want.get(i), element, at + "[" + i + "]");
        }
    }

    private void map(Shape shape, JsonNode want, Map<?, ?> got, String at) throws ReflectiveOperationException {
        TreeSet<String> wantKeys = new TreeSet<>();
        want.fieldNames().forEachRemaining(wantKeys::add);
        TreeSet<String> gotKeys = new TreeSet<>();
        got.keySet().forEach(key -> gotKeys.add(String.valueOf(key)));
        if (!want.isObject() || !wantKeys.equals(gotKeys)) {
            differences.add(at + ": expected keys " + wantKeys + " but found " + gotKeys);
            return;
        }
        for (Map.Entry<String, JsonNode> entry : want.properties()) {
            Object element = got.get(entry.getKey());
            if (element == null && entry.getValue().isNull()) {
                continue;
            }
            value(shape.value().shape(), entry.getValue(), element, at + "." + entry.getKey());
        }
    }

    private void expect(boolean equal, JsonNode want, Object got, String at) {
        if (!equal) {
            differences.add(at + ": expected " + want + " but was " + describe(got));
        }
    }

    private static String describe(Object value) {
        if (value instanceof Shown shown) {
            return shown.text();
        }
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** A value already written the way a failure message shows it. */
    private record Shown(String text) {}

    private static String epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros().toPlainString() + " (" + instant + ")";
    }

    private static Object read(Method getter, Object target) throws ReflectiveOperationException {
        try {
            return getter.invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
