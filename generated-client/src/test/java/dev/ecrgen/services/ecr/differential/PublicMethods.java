package dev.ecrgen.services.ecr.differential;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds and calls the public methods of either client's classes. A method found on a class that is not public (such
 * as a builder implementation) is looked up again on a public supertype so that it can be called without opening
 * access. Model member names are matched to Java names case-insensitively, ignoring characters Java names cannot hold,
 * which covers the lower-cased leading acronyms both clients use.
 */
final class PublicMethods {
    private PublicMethods() {}

    /** The key a member name or a Java method name is matched on. */
    static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** The public instance methods of the type with that many parameters whose name matches the key. */
    static List<Method> named(Class<?> type, String matchKey, int parameterCount) {
        List<Method> found = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == parameterCount && !Modifier.isStatic(method.getModifiers())
                    && !method.isBridge() && key(method.getName()).equals(matchKey)) {
                found.add(callable(method));
            }
        }
        return found;
    }

    /** The zero-argument method of that key, or null when the type has none. */
    static Method getter(Class<?> type, String matchKey) {
        List<Method> found = named(type, matchKey, 0);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A static method of a public type, e.g. {@code builder()}. */
    static Method staticMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new IllegalStateException(type.getName() + "." + name + "() is not static");
            }
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no public static " + name + "()", e);
        }
    }

    /** The same method as declared by a public type, so that it can be invoked. */
    static Method callable(Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return method;
        }
        Method onSupertype = onPublicSupertype(method.getDeclaringClass(), method);
        if (onSupertype == null) {
            throw new IllegalStateException(method + " is declared by no public type");
        }
        return onSupertype;
    }

    private static Method onPublicSupertype(Class<?> type, Method method) {
        List<Class<?>> supertypes = new ArrayList<>(List.of(type.getInterfaces()));
        if (type.getSuperclass() != null) {
            supertypes.add(type.getSuperclass());
        }
        for (Class<?> supertype : supertypes) {
            if (Modifier.isPublic(supertype.getModifiers())) {
                try {
                    return supertype.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared there; look further up
                }
            }
            Method further = onPublicSupertype(supertype, method);
            if (further != null) {
                return further;
            }
        }
        return null;
    }

    /** Calls a method, rethrowing what it threw unwrapped. */
    static Object invoke(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Calls a method that is not expected to throw; a failure names the method. */
    static Object call(Method method, Object target, Object... args) {
        try {
            return invoke(method, target, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        }
    }
}
