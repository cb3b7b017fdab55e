package dev.ecrgen.codegen.jmespath;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the checker's types to the Java types of the generated model, and members to the accessors that read them,
 * with the rules the structure emitter follows: enums are read in their string form ({@code xAsString()}), lists and
 * maps that hold enums through {@code xAsStrings()}, and list and map accessors never return null.
 */
final class JavaTypes {
    private final ServiceIndex index;
    private final ClassName rootClass;
    private final Map<String, Map<String, String>> memberNames = new HashMap<>();
    private boolean deprecatedUsed;

    JavaTypes(ServiceIndex index, ClassName rootClass) {
        this.index = index;
        this.rootClass = rootClass;
    }

    /** The accessor of a member of a generated class. */
    record Accessor(String method, boolean neverNull) {}

    /** The Java type that holds values of a type. */
    TypeName of(JmesType type) {
        if (type instanceof JmesType.Struct struct) {
            if (struct.shape() != null && index.shape(struct.shape()).deprecated()) {
                deprecatedUsed = true;
            }
            return struct.root() ? rootClass : index.structureClass(struct.shape());
        }
        if (type instanceof JmesType.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.element()).box());
        }
        if (type instanceof JmesType.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    of(map.value()).box());
        }
        if (type instanceof JmesType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> ClassName.get(String.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
                case INTEGER -> ClassName.get(Integer.class);
                case LONG -> ClassName.get(Long.class);
                case SHORT -> ClassName.get(Short.class);
                case BYTE -> ClassName.get(Byte.class);
                case FLOAT -> ClassName.get(Float.class);
                case DOUBLE -> ClassName.get(Double.class);
                case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
                case BIG_INTEGER -> ClassName.get(BigInteger.class);
                case TIMESTAMP -> ClassName.get(Instant.class);
                case BLOB -> RuntimeTypes.SDK_BYTES;
                case DOCUMENT -> RuntimeTypes.DOCUMENT;
            };
        }
        return ClassName.OBJECT;
    }

    /** The accessor of a member the checker found in the structure. */
    Accessor member(JmesType.Struct struct, String name) {
        Shape shape = index.shape(struct.shape());
        Map<String, String> names = memberNames.computeIfAbsent(struct.shape(),
                s -> index.names().memberNames(shape, false));
        ShapeRef ref = shape.members().get(name);
        Shape target = index.shape(ref.shape());
        String javaName = names.get(name);
        if (index.isEnum(target)) {
            return new Accessor(javaName + "AsString", false);
        }
        boolean list = "list".equals(target.type());
        boolean map = "map".equals(target.type());
        boolean ofEnum = list && index.isEnum(index.shape(target.member().shape()))
                || map && (index.isEnum(index.shape(target.key().shape()))
                        || index.isEnum(index.shape(target.value().shape())));
        return new Accessor(ofEnum ? javaName + "AsStrings" : javaName, list || map);
    }

    /** Whether any type mapped so far is a deprecated class. */
    boolean deprecatedUsed() {
        return deprecatedUsed;
    }
}
