package dev.ecrgen.codegen.types;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The one seam from a shape to the Java type that holds its values. */
public final class TypeMapper {
    private final ServiceIndex index;

    public TypeMapper(ServiceIndex index) {
        this.index = index;
    }

    /** The stored type of a value of the shape: enums are kept as their string form. */
    public TypeName storage(String shapeName) {
        Shape shape = index.shape(shapeName);
        return switch (shape.type()) {
            case "structure" -> shape.document() ? RuntimeTypes.DOCUMENT : index.structureClass(shapeName);
            case "list" -> ParameterizedTypeName.get(ClassName.get(List.class), storage(shape.member().shape()));
            case "map" -> ParameterizedTypeName.get(
                    ClassName.get(Map.class), storage(shape.key().shape()), storage(shape.value().shape()));
            default -> scalar(shape.type());
        };
    }

    /** Whether the shape is, or holds somewhere inside it (lists and maps only), an enum. */
    public boolean involvesEnum(String shapeName) {
        Shape shape = index.shape(shapeName);
        if (index.isEnum(shape)) {
            return true;
        }
        return switch (shape.type()) {
            case "list" -> involvesEnum(shape.member().shape());
            case "map" -> involvesEnum(shape.key().shape()) || involvesEnum(shape.value().shape());
            default -> false;
        };
    }

    private static TypeName scalar(String type) {
        return switch (type) {
            case "string" -> ClassName.get(String.class);
            case "integer" -> ClassName.get(Integer.class);
            case "long" -> ClassName.get(Long.class);
            case "short" -> ClassName.get(Short.class);
            case "byte" -> ClassName.get(Byte.class);
            case "boolean" -> ClassName.get(Boolean.class);
            case "float" -> ClassName.get(Float.class);
            case "double" -> ClassName.get(Double.class);
            case "bigdecimal" -> ClassName.get(BigDecimal.class);
            case "biginteger" -> ClassName.get(BigInteger.class);
            case "timestamp" -> ClassName.get(Instant.class);
            case "blob" -> RuntimeTypes.SDK_BYTES;
            default -> throw new IllegalStateException("unvalidated model: no Java type for shape type " + type);
        };
    }
}
