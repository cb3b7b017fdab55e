package dev.ecrgen.codegen.naming;

import dev.ecrgen.codegen.naming.ApiDifference.Kind;
import dev.ecrgen.codegen.naming.ApiSurface.ClassApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares the public API of the generated classes of one service with the official SDK's, class by class. */
final class ApiComparison {
    private final String service;
    private final List<ApiDifference> differences = new ArrayList<>();
    private int classes;
    private final Map<String, Integer> classesByPackage = new TreeMap<>();
    private int methods;
    private int leftOut;

    ApiComparison(String service) {
        this.service = service;
    }

    /**
     * Compares every class of either side. What {@code scope} puts out of scope on the official side (things of a
     * newer model than ours) is counted in {@link #leftOut()}, not compared.
     */
    ApiComparison compare(Map<String, ClassApi> official, Map<String, ClassApi> generated, ModelScope scope) {
        Set<String> names = new TreeSet<>(official.keySet());
        names.addAll(generated.keySet());
        for (String name : names) {
            ClassApi theirs = official.get(name);
            ClassApi ours = generated.get(name);
            if (theirs == null) {
                add(Kind.EXTRA_CLASS, name, "", "");
            } else if (!scope.classInScope(name)) {
                leftOut++;
            } else if (ours == null) {
                add(Kind.MISSING_CLASS, name, "", "");
            } else {
                classes++;
                classesByPackage.merge(name.contains(".") && Character.isLowerCase(name.charAt(0))
                        ? name.substring(0, name.indexOf('.')) : "client", 1, Integer::sum);
                compareMethods(name, theirs, ours, scope);
                compareConstants(name, theirs, ours, scope);
            }
        }
        return this;
    }

    /** Official classes, methods and constants out of scope: of operations or members our model does not have. */
    int leftOut() {
        return leftOut;
    }

    List<ApiDifference> differences() {
        return differences;
    }

    /** Classes present on both sides, whose methods were compared. */
    int classes() {
        return classes;
    }

    /** Classes compared by package: {@code model}, {@code paginators}, {@code waiters}, {@code endpoints}, {@code client}. */
    Map<String, Integer> classesByPackage() {
        return classesByPackage;
    }

    /** Methods and enum constants compared: those of the official classes compared, plus the generated extras. */
    int methods() {
        return methods;
    }

    private void compareMethods(String name, ClassApi theirs, ClassApi ours, ModelScope scope) {
        for (Map.Entry<String, String> method : theirs.methods().entrySet()) {
            String signature = method.getKey();
            if (!scope.methodInScope(theirs, signature)) {
                if (!ours.methods().containsKey(signature)) {
                    leftOut++;
                    continue;
                }
            }
            methods++;
            String returned = ours.methods().get(signature);
            if (returned == null) {
                add(Kind.MISSING_METHOD, name, signature, "", hasName(ours, signature));
            } else if (!returned.equals(method.getValue())) {
                add(Kind.RETURN_TYPE, name, signature, method.getValue() + " -> " + returned);
            }
        }
        for (String signature : ours.methods().keySet()) {
            if (!theirs.methods().containsKey(signature)) {
                methods++;
                add(Kind.EXTRA_METHOD, name, signature, "", hasName(theirs, signature));
            }
        }
    }

    private void compareConstants(String name, ClassApi theirs, ClassApi ours, ModelScope scope) {
        for (String constant : theirs.constants()) {
            if (!ours.constants().contains(constant) && !scope.constantInScope(theirs, constant)) {
                leftOut++;
                continue;
            }
            methods++;
            if (!ours.constants().contains(constant)) {
                add(Kind.MISSING_CONSTANT, name, constant, "");
            }
        }
        for (String constant : ours.constants()) {
            if (!theirs.constants().contains(constant)) {
                methods++;
                add(Kind.EXTRA_CONSTANT, name, constant, "");
            }
        }
    }

    private void add(Kind kind, String className, String member, String detail) {
        add(kind, className, member, detail, false);
    }

    private void add(Kind kind, String className, String member, String detail, boolean nameShared) {
        differences.add(new ApiDifference(service, kind, className, member, detail, nameShared));
    }

    /** Whether the class has a method named as in {@code signature}, with any parameters. */
    private static boolean hasName(ClassApi type, String signature) {
        String prefix = signature.substring(0, signature.indexOf('(') + 1);
        for (String method : type.methods().keySet()) {
            if (method.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
