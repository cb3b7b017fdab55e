package dev.ecrgen.codegen.naming;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The class of every structure, enum and exception shape of a model, decided once for the whole model: the AWS SDK's
 * names ({@link Names#plainShapeClass}, {@link Names#plainExceptionClass}), and {@link Names#COLLISION_PREFIX} where
 * another class of the model package already has the name.
 */
final class ShapeClasses {
    /** A class name taken, and the shape it stands for ({@code ""} for a class that stands for none). */
    private record Claim(String shape, String className) {}

    private ShapeClasses() {}

    /**
     * Shape name to simple class name. Names are claimed in the order of precedence: the service's base classes and
     * {@code Builder} (the nested class every model class has), then
     * every operation's request and response, then exceptions, then structures and enums, each group in shape-name
     * order. A name another class has claimed (ignoring case, as file systems may) gets
     * {@link Names#COLLISION_PREFIX}, and a number if that is taken too. An operation's input or output shape whose
     * name is its request or response class (ignoring case) shares that class.
     */
    static Map<String, String> decide(ServiceModel model, String serviceBase) {
        Map<String, Claim> claims = new HashMap<>();
        for (String base : List.of("Exception", "Request", "Response", "ResponseMetadata")) {
            take(claims, new Claim("", serviceBase + base));
        }
        // every model class has a nested Builder, and a nested class may not share its enclosing class's name
        take(claims, new Claim("", "Builder"));
        new TreeMap<>(model.operations()).forEach((name, operation) -> {
            take(claims, new Claim(operation != null && operation.input() != null ? operation.input().shape() : "",
                    Names.operationClass(name, serviceBase, "Request")));
            take(claims, new Claim(operation != null && operation.output() != null ? operation.output().shape() : "",
                    Names.operationClass(name, serviceBase, "Response")));
        });
        Map<String, String> classes = new HashMap<>();
        Map<String, Shape> shapes = new TreeMap<>(model.shapes());
        shapes.forEach((name, shape) -> {
            if (shape != null && shape.exception()) {
                classes.put(name, claim(Names.plainExceptionClass(name), name, claims));
            }
        });
        shapes.forEach((name, shape) -> {
            if (shape != null && !shape.exception()) {
                classes.put(name, claim(Names.plainShapeClass(name), name, claims));
            }
        });
        return Map.copyOf(classes);
    }

    private static String claim(String wanted, String shape, Map<String, Claim> claims) {
        Claim existing = claims.get(key(wanted));
        if (existing != null && existing.shape().equals(shape)) {
            return existing.className();
        }
        String candidate = wanted;
        for (int i = 1; claims.containsKey(key(candidate)); i++) {
            candidate = Names.COLLISION_PREFIX + wanted + (i == 1 ? "" : i);
        }
        take(claims, new Claim(shape, candidate));
        return candidate;
    }

    private static void take(Map<String, Claim> claims, Claim claim) {
        claims.putIfAbsent(key(claim.className()), claim);
    }

    private static String key(String className) {
        return className.toLowerCase(Locale.ROOT);
    }
}
