package dev.ecrgen.codegen.naming;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The public API of a set of classes, keyed so that two implementations in different packages compare: classes by
 * their name relative to the service package ({@code model.Repository.Builder}), methods by name and parameter types
 * written with simple names ({@code imageIds(Collection<ImageIdentifier>)}), each with its return type. Methods that
 * {@code java.*} types declare (from {@code Object}, {@code Enum}, {@code Throwable}...) are left out; inherited
 * methods of the implementation's own supertypes are kept, since users call them.
 */
final class ApiSurface {
    /**
     * One public class: its methods (signature to return type), the classes of the service package each method's
     * signature names (relative names of top-level classes), and, for an enum, its constants.
     */
    record ClassApi(String name, Class<?> type, Map<String, String> methods, Map<String, Set<String>> references,
            List<String> constants) {}

    private ApiSurface() {}

    /**
     * The public API of the given top-level classes and their public nested classes, keyed by name relative to
     * {@code servicePackage}.
     */
    static Map<String, ClassApi> of(Collection<Class<?>> topLevel, String servicePackage) {
        Map<String, ClassApi> classes = new TreeMap<>();
        for (Class<?> type : topLevel) {
            add(type, servicePackage, classes);
        }
        return classes;
    }

    private static void add(Class<?> type, String servicePackage, Map<String, ClassApi> into) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return;
        }
        String relative = type.getPackageName().substring(servicePackage.length());
        relative = relative.isEmpty() ? "" : relative.substring(1) + ".";
        Map<String, Set<String>> references = new TreeMap<>();
        String name = relative + TypeText.nestedName(type);
        into.put(name, new ClassApi(name, type, methods(type, servicePackage, references), references,
                constants(type)));
        for (Class<?> nested : type.getDeclaredClasses()) {
            add(nested, servicePackage, into);
        }
    }

    /**
     * Public methods by signature. Where several methods share a signature (an override with a narrower return type,
     * or the bridges javac adds), the one a caller gets is kept: the narrowest return type. A bridge is kept only when
     * it is the sole method of its name and arity, as javac's bridges that make a non-public superclass's methods
     * public are.
     */
    private static Map<String, String> methods(Class<?> type, String servicePackage,
            Map<String, Set<String>> references) {
        TypeText text = TypeText.of(type);
        Method[] all = type.getMethods();
        Set<String> realArities = new HashSet<>();
        for (Method method : all) {
            if (!method.isBridge()) {
                realArities.add(method.getName() + "/" + method.getParameterCount());
            }
        }
        Map<String, Method> chosen = new TreeMap<>();
        for (Method method : all) {
            if (method.getDeclaringClass().getName().startsWith("java.")
                    || (method.isBridge() && realArities.contains(method.getName() + "/" + method.getParameterCount()))) {
                continue;
            }
            String signature = signature(method.getName(), method, text);
            Method previous = chosen.get(signature);
            if (previous == null || narrower(text, method, previous)) {
                chosen.put(signature, method);
            }
        }
        Map<String, String> methods = new TreeMap<>();
        chosen.forEach((signature, method) -> {
            methods.put(signature, text.write(method.getGenericReturnType()));
            Set<String> named = new TreeSet<>();
            text.classes(method.getGenericReturnType(), servicePackage, named);
            for (Type parameter : method.getGenericParameterTypes()) {
                text.classes(parameter, servicePackage, named);
            }
            references.put(signature, named);
        });
        for (Constructor<?> constructor : type.getConstructors()) {
            String signature = signature("<init>", constructor, text);
            methods.put(signature, "");
            Set<String> named = new TreeSet<>();
            for (Type parameter : constructor.getGenericParameterTypes()) {
                text.classes(parameter, servicePackage, named);
            }
            references.put(signature, named);
        }
        return methods;
    }

    private static boolean narrower(TypeText text, Method candidate, Method previous) {
        Class<?> returned = text.rawClass(candidate.getGenericReturnType());
        Class<?> before = text.rawClass(previous.getGenericReturnType());
        if (returned != before) {
            return before.isAssignableFrom(returned);
        }
        return previous.isBridge() && !candidate.isBridge();
    }

    private static String signature(String name, Executable executable, TypeText text) {
        StringJoiner parameters = new StringJoiner(", ", name + "(", ")");
        Type[] types = executable.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            String written = text.write(types[i]);
            if (executable.isVarArgs() && i == types.length - 1 && written.endsWith("[]")) {
                written = written.substring(0, written.length() - 2) + "...";
            }
            parameters.add(written);
        }
        return parameters.toString();
    }

    private static List<String> constants(Class<?> type) {
        List<String> constants = new ArrayList<>();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
        }
        return constants;
    }
}
