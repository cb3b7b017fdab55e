package dev.ecrgen.codegen.jmespath;

import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.util.Map;

/**
 * The checker's view of the model: the {@link JmesType} of each shape and the members of each structure. It reads the
 * raw shapes, so it also serves the validator before the model is resolved; a reference to a shape the model does not
 * define has {@link JmesType#ANY} (the validator reports such references on their own).
 */
public final class ModelTypes {
    private final Map<String, Shape> shapes;

    /**
     * A view of these shapes.
     *
     * @param shapes the model's shapes by name
     */
    public ModelTypes(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    /**
     * The type of the value an expression is applied to: a request or response, or any shape.
     *
     * @param shapeName the shape, or null for an operation's input or output that the model leaves out
     * @return a root {@link JmesType.Struct} for structures, the shape's type otherwise
     */
    public JmesType root(String shapeName) {
        Shape shape = shapeName == null ? null : shapes.get(shapeName);
        if (shapeName == null || (shape != null && "structure".equals(shape.type()) && !shape.document())) {
            return new JmesType.Struct(shapeName, true);
        }
        return typeOf(shapeName);
    }

    /** The type of the values of a shape, as the generated accessors return them (enums as strings). */
    JmesType typeOf(String shapeName) {
        Shape shape = shapeName == null ? null : shapes.get(shapeName);
        if (shape == null || shape.type() == null) {
            return JmesType.ANY;
        }
        return switch (shape.type()) {
            case "structure" -> shape.document() ? new JmesType.Scalar(JmesType.Scalar.Kind.DOCUMENT)
                    : new JmesType.Struct(shapeName, false);
            case "list" -> new JmesType.ListOf(shape.member() == null ? JmesType.ANY : typeOf(shape.member().shape()));
            case "map" -> new JmesType.MapOf(shape.value() == null ? JmesType.ANY : typeOf(shape.value().shape()));
            case "string" -> JmesType.STRING;
            case "boolean" -> JmesType.BOOLEAN;
            case "integer" -> scalar(JmesType.Scalar.Kind.INTEGER);
            case "long" -> scalar(JmesType.Scalar.Kind.LONG);
            case "short" -> scalar(JmesType.Scalar.Kind.SHORT);
            case "byte" -> scalar(JmesType.Scalar.Kind.BYTE);
            case "float" -> scalar(JmesType.Scalar.Kind.FLOAT);
            case "double" -> scalar(JmesType.Scalar.Kind.DOUBLE);
            case "bigdecimal" -> scalar(JmesType.Scalar.Kind.BIG_DECIMAL);
            case "biginteger" -> scalar(JmesType.Scalar.Kind.BIG_INTEGER);
            case "timestamp" -> scalar(JmesType.Scalar.Kind.TIMESTAMP);
            case "blob" -> scalar(JmesType.Scalar.Kind.BLOB);
            default -> JmesType.ANY;
        };
    }

    /** The members of a structure, in model order; empty for a structure without a shape. */
    Map<String, ShapeRef> members(JmesType.Struct struct) {
        Shape shape = struct.shape() == null ? null : shapes.get(struct.shape());
        return shape == null ? Map.of() : shape.members();
    }

    /** Whether the shape is marked deprecated; its generated class then is too. */
    boolean deprecated(String shapeName) {
        Shape shape = shapeName == null ? null : shapes.get(shapeName);
        return shape != null && shape.deprecated();
    }

    private static JmesType scalar(JmesType.Scalar.Kind kind) {
        return new JmesType.Scalar(kind);
    }
}
