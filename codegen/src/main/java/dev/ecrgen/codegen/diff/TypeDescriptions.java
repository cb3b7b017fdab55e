package dev.ecrgen.codegen.diff;

import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.util.Map;

/**
 * Describes the type a shape reference stands for in the generated client, so two model versions can be compared:
 * {@code string}, {@code enum Color}, {@code structure Image}, {@code list<structure Image>},
 * {@code map<string, integer>}. Names appear only where they become class names (structures and enums).
 */
final class TypeDescriptions {
    private static final int MAX_DEPTH = 8;

    private final Map<String, Shape> shapes;

    TypeDescriptions(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    String of(ShapeRef ref) {
        return ref == null ? "nothing" : of(ref.shape(), 0);
    }

    String of(String name, int depth) {
        Shape shape = name == null ? null : shapes.get(name);
        if (shape == null || shape.type() == null) {
            return "undefined shape " + name;
        }
        if (depth > MAX_DEPTH) {
            return shape.type() + " " + name;
        }
        return switch (shape.type()) {
            case "structure" -> shape.document() ? "document"
                    : (shape.exception() ? "exception " : "structure ") + name;
            case "string" -> shape.enumValues().isEmpty() ? "string" : "enum " + name;
            case "list" -> "list<" + element(shape.member(), depth) + ">";
            case "map" -> "map<" + element(shape.key(), depth) + ", " + element(shape.value(), depth) + ">";
            default -> shape.type();
        };
    }

    private String element(ShapeRef ref, int depth) {
        return ref == null ? "nothing" : of(ref.shape(), depth + 1);
    }
}
