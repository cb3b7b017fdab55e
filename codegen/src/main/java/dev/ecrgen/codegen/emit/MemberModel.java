package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.types.TypeMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything the emitters need to know about one member of a structure, decided once. */
record MemberModel(
        String modelName,
        String wireName,
        String javaName,
        ShapeRef ref,
        Shape shape,
        TypeName storage,
        TypeName typed,
        Kind kind,
        boolean required,
        boolean sensitive) {

    /** How the member is exposed: plain values, or values with an enum view beside their string form. */
    enum Kind {
        PLAIN,
        LIST,
        MAP,
        ENUM,
        LIST_OF_ENUM,
        MAP_OF_ENUM,
        STRUCTURE,
        LIST_OF_STRUCTURE
    }

    /** The model name with its first letter upper-cased, as {@code toString()} shows it. */
    String modelNameForDisplay() {
        return Character.toUpperCase(modelName.charAt(0)) + modelName.substring(1);
    }

    String shapeName() {
        return ref.shape();
    }

    boolean isCollection() {
        return kind == Kind.LIST || kind == Kind.MAP || kind == Kind.LIST_OF_ENUM || kind == Kind.MAP_OF_ENUM
                || kind == Kind.LIST_OF_STRUCTURE;
    }

    boolean hasEnumView() {
        return kind == Kind.ENUM || kind == Kind.LIST_OF_ENUM || kind == Kind.MAP_OF_ENUM;
    }

    /** The accessor that returns the stored (string) form: {@code xAsString}, {@code xAsStrings} or {@code x}. */
    String rawAccessor() {
        return switch (kind) {
            case ENUM -> javaName + "AsString";
            case LIST_OF_ENUM, MAP_OF_ENUM -> javaName + "AsStrings";
            default -> javaName;
        };
    }

    /**
     * The member with its lists and maps of enums exposed in their string form only, as an exception's codec sets
     * them; other members are returned as they are.
     */
    MemberModel withoutCollectionEnumView() {
        return switch (kind) {
            case LIST_OF_ENUM -> new MemberModel(modelName, wireName, javaName, ref, shape, storage, storage, Kind.LIST,
                    required, sensitive);
            case MAP_OF_ENUM -> new MemberModel(modelName, wireName, javaName, ref, shape, storage, storage, Kind.MAP,
                    required, sensitive);
            default -> this;
        };
    }

    /** The members of a structure shape, in model order. */
    static List<MemberModel> of(ServiceIndex index, TypeMapper types, Shape structure, boolean exception) {
        List<MemberModel> members = new ArrayList<>();
        if (structure == null) {
            return members;
        }
        Names names = index.names();
        Map<String, String> javaNames = names.memberNames(structure, exception);
        for (Map.Entry<String, ShapeRef> entry : structure.members().entrySet()) {
            String name = entry.getKey();
            ShapeRef ref = entry.getValue();
            Shape shape = index.shape(ref.shape());
            members.add(new MemberModel(
                    name,
                    ref.locationName() != null ? ref.locationName() : name,
                    javaNames.get(name),
                    ref,
                    shape,
                    types.storage(ref.shape()),
                    typed(index, types, shape, ref.shape()),
                    kind(index, shape),
                    structure.required().contains(name),
                    shape.sensitive() || ref.sensitive()));
        }
        return members;
    }

    /** The enum-view type: the enum class, or a list or map with enum classes one level down. */
    private static TypeName typed(ServiceIndex index, TypeMapper types, Shape shape, String shapeName) {
        Names names = index.names();
        if (index.isEnum(shape)) {
            return names.shapeClass(shapeName);
        }
        if ("list".equals(shape.type()) && index.isEnum(index.shape(shape.member().shape()))) {
            return ParameterizedTypeName.get(ClassName.get(List.class), names.shapeClass(shape.member().shape()));
        }
        if ("map".equals(shape.type())) {
            String key = shape.key().shape();
            String value = shape.value().shape();
            return ParameterizedTypeName.get(ClassName.get(Map.class),
                    index.isEnum(index.shape(key)) ? names.shapeClass(key) : types.storage(key),
                    index.isEnum(index.shape(value)) ? names.shapeClass(value) : types.storage(value));
        }
        return types.storage(shapeName);
    }

    private static Kind kind(ServiceIndex index, Shape shape) {
        if (index.isEnum(shape)) {
            return Kind.ENUM;
        }
        switch (shape.type()) {
            case "list" -> {
                Shape element = index.shape(shape.member().shape());
                if (index.isEnum(element)) {
                    return Kind.LIST_OF_ENUM;
                }
                return "structure".equals(element.type()) && !element.document() ? Kind.LIST_OF_STRUCTURE : Kind.LIST;
            }
            case "map" -> {
                boolean enumKey = index.isEnum(index.shape(shape.key().shape()));
                boolean enumValue = index.isEnum(index.shape(shape.value().shape()));
                return enumKey || enumValue ? Kind.MAP_OF_ENUM : Kind.MAP;
            }
            case "structure" -> {
                return shape.document() ? Kind.PLAIN : Kind.STRUCTURE;
            }
            default -> {
                return Kind.PLAIN;
            }
        }
    }
}
