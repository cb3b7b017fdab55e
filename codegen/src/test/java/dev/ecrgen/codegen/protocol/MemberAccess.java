package dev.ecrgen.codegen.protocol;

import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How generated classes expose one structure member, by the generator's naming rules: the builder setter that takes
 * the stored (string) form, and the accessor that returns it. Enums are set and read as strings, lists and maps of
 * enums through the {@code xxxWithStrings} setters and {@code xxxAsStrings} accessors.
 */
record MemberAccess(String modelName, String javaName, String hasMethod, ShapeRef ref, Shape shape, boolean exception) {

    static List<MemberAccess> of(GeneratedService service, Shape structure, boolean exception) {
        List<MemberAccess> members = new ArrayList<>();
        if (structure == null) {
            return members;
        }
        Map<String, String> javaNames = service.names().memberNames(structure.members().keySet(), exception);
        structure.members().forEach((name, ref) -> {
            String javaName = javaNames.get(name);
            members.add(new MemberAccess(name, javaName, "has" + service.names().capitalized(javaName), ref,
                    service.shape(ref.shape()), exception));
        });
        return members;
    }

    /** The member of the given model name, or null. */
    static MemberAccess find(List<MemberAccess> members, String modelName) {
        for (MemberAccess member : members) {
            if (member.modelName().equals(modelName)) {
                return member;
            }
        }
        return null;
    }

    String shapeName() {
        return ref.shape();
    }

    boolean isCollection() {
        return "list".equals(shape.type()) || "map".equals(shape.type());
    }

    /** Whether this is a list or map with enums one level down, which has string-form setters and accessors. */
    boolean isEnumCollection(GeneratedService service) {
        if ("list".equals(shape.type())) {
            return GeneratedService.isEnum(service.shape(shape.member().shape()));
        }
        if ("map".equals(shape.type())) {
            return GeneratedService.isEnum(service.shape(shape.key().shape()))
                    || GeneratedService.isEnum(service.shape(shape.value().shape()));
        }
        return false;
    }

    String setter(GeneratedService service) {
        return isEnumCollection(service) ? javaName + "WithStrings" : javaName;
    }

    /** The accessor returning the stored form; exceptions have only plain accessors. */
    String getter(GeneratedService service) {
        if (exception) {
            return javaName;
        }
        if (GeneratedService.isEnum(shape)) {
            return javaName + "AsString";
        }
        return isEnumCollection(service) ? javaName + "AsStrings" : javaName;
    }
}
