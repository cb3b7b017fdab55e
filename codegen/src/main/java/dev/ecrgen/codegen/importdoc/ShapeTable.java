package dev.ecrgen.codegen.importdoc;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shapes inferred so far, by name. A shape that equals one already present under its name is shared; one that
 * differs gets its parent's name as a prefix, then a number.
 */
final class ShapeTable {

    private final Map<String, FragmentShape> shapes = new LinkedHashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private final ShapeNames names;

    ShapeTable(ShapeNames names) {
        this.names = names;
    }

    /** Claims a name for a shape defined later with {@link #define}, e.g. an operation's input structure. */
    String reserve(String desired) {
        String name = names.renamed(desired);
        for (int n = 2; isTaken(name); n++) {
            name = names.renamed(desired) + n;
        }
        reserved.add(name);
        return name;
    }

    void define(String reservedName, FragmentShape shape) {
        if (!reserved.remove(reservedName)) {
            throw new IllegalStateException("not reserved: " + reservedName);
        }
        shapes.put(reservedName, shape);
    }

    /** Adds {@code shape} under {@code desired} (or a variant of it) and returns the name it has. */
    String add(String desired, String parent, FragmentShape shape) {
        String base = names.renamed(desired);
        String prefixed = parent + base;
        for (String candidate : new String[] {base, prefixed}) {
            if (fits(candidate, shape)) {
                return claim(candidate, shape);
            }
        }
        for (int n = 2; ; n++) {
            if (fits(base + n, shape)) {
                return claim(base + n, shape);
            }
        }
    }

    Map<String, FragmentShape> shapes() {
        return Collections.unmodifiableMap(shapes);
    }

    private boolean fits(String name, FragmentShape shape) {
        FragmentShape existing = shapes.get(name);
        return existing != null ? existing.sameAs(shape) : !reserved.contains(name);
    }

    private String claim(String name, FragmentShape shape) {
        shapes.putIfAbsent(name, shape);
        return name;
    }

    private boolean isTaken(String name) {
        return shapes.containsKey(name) || reserved.contains(name);
    }
}
