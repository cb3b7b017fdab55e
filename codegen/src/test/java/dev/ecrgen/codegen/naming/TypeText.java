package dev.ecrgen.codegen.naming;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a reflected type with simple names only ({@code Consumer<? super Repository.Builder>}), so that the same
 * type in two packages (ours and the official SDK's) reads the same. Type variables that a class binds through its
 * supertypes ({@code T build()} in {@code SdkBuilder<B, T>}) are written as the type they are bound to.
 */
final class TypeText {
    private final Map<TypeVariable<?>, Type> bindings = new HashMap<>();

    private TypeText() {}

    /** A writer that resolves the type variables {@code type}'s supertypes bind. */
    static TypeText of(Class<?> type) {
        TypeText text = new TypeText();
        text.bind(type);
        return text;
    }

    String write(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? write(c.getComponentType()) + "[]" : nestedName(c);
        }
        if (type instanceof ParameterizedType p) {
            StringJoiner args = new StringJoiner(", ", "<", ">");
            for (Type arg : p.getActualTypeArguments()) {
                args.add(write(arg));
            }
            return write(p.getRawType()) + args;
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + write(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + write(upper);
        }
        if (type instanceof GenericArrayType a) {
            return write(a.getGenericComponentType()) + "[]";
        }
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound == null || bound == v ? v.getName() : write(bound);
        }
        return type.getTypeName();
    }

    /**
     * Adds to {@code into} the top-level classes of {@code servicePackage} and its subpackages that {@code type} names,
     * type arguments included, by their name relative to that package ({@code model.Repository}).
     */
    void classes(Type type, String servicePackage, Set<String> into) {
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            while (c.getEnclosingClass() != null) {
                c = c.getEnclosingClass();
            }
            if (c.getName().startsWith(servicePackage + ".")) {
                into.add(c.getName().substring(servicePackage.length() + 1));
            }
        } else if (type instanceof ParameterizedType p) {
            classes(p.getRawType(), servicePackage, into);
            for (Type argument : p.getActualTypeArguments()) {
                classes(argument, servicePackage, into);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getLowerBounds()) {
                classes(bound, servicePackage, into);
            }
            for (Type bound : w.getUpperBounds()) {
                classes(bound, servicePackage, into);
            }
        } else if (type instanceof GenericArrayType a) {
            classes(a.getGenericComponentType(), servicePackage, into);
        } else if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            if (bound != null && bound != v) {
                classes(bound, servicePackage, into);
            }
        }
    }

    /** The class a type stands for once its type variables are resolved; {@code Object} when it cannot be told. */
    Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound == null || bound == v ? rawClass(v.getBounds()[0]) : rawClass(bound);
        }
        return Object.class;
    }

    /** {@code Repository.Builder} for a nested type, the simple name for a top-level one. */
    static String nestedName(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : nestedName(c.getEnclosingClass()) + "." + c.getSimpleName();
    }

    private void bind(Type type) {
        Class<?> raw;
        if (type instanceof ParameterizedType p) {
            raw = (Class<?>) p.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.putIfAbsent(variables[i], arguments[i]);
            }
        } else if (type instanceof Class<?> c) {
            raw = c;
        } else {
            return;
        }
        if (raw.getGenericSuperclass() != null) {
            bind(raw.getGenericSuperclass());
        }
        for (Type parent : raw.getGenericInterfaces()) {
            bind(parent);
        }
    }
}
