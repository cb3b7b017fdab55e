package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.util.Map;

/** What the case runner needs to know about a suite's shapes beyond what the generator reads. */
final class SuiteShapes {
    private SuiteShapes() {}

    /**
     * The first shape a case's value passes through that the suite declares with the fields of another type, with
     * the contradiction described; null when there is none.
     *
     * @param shapeName the shape of the value (an operation's input or output)
     * @param value the case's {@code params} or {@code result}
     */
    static String contradictionIn(GeneratedService service, String shapeName, JsonNode value) {
        Shape shape = shapeName == null ? null : service.shapeOrNull(shapeName);
        if (shape == null || value == null || value.isNull()) {
            return null;
        }
        String contradiction = contradiction(shape);
        if (contradiction != null) {
            return "the suite declares shape " + shapeName + " a " + shape.type() + " but gives it " + contradiction
                    + "; a generated client reads it as a " + shape.type();
        }
        switch (shape.type()) {
            case "structure" -> {
                for (Map.Entry<String, JsonNode> field : value.properties()) {
                    ShapeRef member = shape.members().get(field.getKey());
                    String found = member == null ? null : contradictionIn(service, member.shape(), field.getValue());
                    if (found != null) {
                        return found;
                    }
                }
            }
            case "list" -> {
                for (JsonNode element : value) {
                    String found = contradictionIn(service, shape.member().shape(), element);
                    if (found != null) {
                        return found;
                    }
                }
            }
            case "map" -> {
                for (JsonNode entry : value) {
                    String found = contradictionIn(service, shape.value().shape(), entry);
                    if (found != null) {
                        return found;
                    }
                }
            }
            default -> { }
        }
        return null;
    }

    /** The fields a shape has that its type does not take, described; null when it has none. */
    private static String contradiction(Shape shape) {
        String type = shape.type();
        if (!"map".equals(type) && (shape.key() != null || shape.value() != null)) {
            return "the key and value of a map";
        }
        if (!"list".equals(type) && shape.member() != null) {
            return "the member of a list";
        }
        if (!"structure".equals(type) && !shape.members().isEmpty()) {
            return "the members of a structure";
        }
        return null;
    }

    /** Whether the suite defines an exception shape of that name. */
    static boolean isException(GeneratedService service, String name) {
        Shape shape = service.shapeOrNull(name);
        return shape != null && (shape.exception() || shape.error() != null);
    }

}
