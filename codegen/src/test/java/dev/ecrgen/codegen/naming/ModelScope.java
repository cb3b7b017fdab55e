package dev.ecrgen.codegen.naming;

import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.naming.ApiSurface.ClassApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Which parts of an official service jar our model speaks of. The official jars are built from the AWS SDK's own,
 * newer copies of the models, so they have operations, shapes, members and enum values ours lacks; those cannot be
 * compared and are left out, counted. An official class is in scope when its name, compared without case and without
 * the affixes the naming rules add, is a shape the generated operations reach, a generated operation's request,
 * response or paginator, or one of the service's own classes: a wrong name is a different spelling of the same
 * letters, so it stays in scope and shows as a difference. A method of an in-scope class is out of scope when it
 * names an out-of-scope class, stands for a member or an operation our model does not have; an enum constant when
 * its value is not one of our model's.
 */
final class ModelScope {
    private static final List<String> SERVICE_CLASSES = List.of("client", "asyncclient", "exception", "request",
            "response", "responsemetadata", "waiter", "asyncwaiter", "endpointparams", "endpointprovider",
            "clientcontextparams");

    /** Methods of the endpoint parameters that stand for no rule-set parameter. */
    private static final Set<String> ENDPOINT_PARAMS_METHODS = Set.of("builder", "tobuilder", "build", "copy",
            "applymutation", "equals", "hashcode", "tostring");

    private final ServiceModel model;
    /** The rule set's parameters, compared without case. */
    private final Set<String> endpointParameters = new HashSet<>();
    private final Set<String> vocabulary = new HashSet<>();
    /** Top-level relative class name to the shape of our model it stands for. */
    private final Map<String, String> shapeOfClass = new HashMap<>();
    private final Set<String> outOfScopeClasses = new HashSet<>();
    private final Set<String> outOfScopeOperations = new HashSet<>();
    private final Map<String, Set<String>> foreignMembers = new HashMap<>();

    ModelScope(ModelBundle bundle, Names names, Collection<String> operations, Map<String, ClassApi> official) {
        this.model = bundle.service();
        if (bundle.endpointRules() != null) {
            bundle.endpointRules().parameters().keySet().forEach(name -> endpointParameters.add(normal(name)));
        }
        String stem = names.serviceBase();
        for (String suffix : SERVICE_CLASSES) {
            vocabulary.add(normal(stem) + suffix);
        }
        for (String operation : operations) {
            for (String suffix : List.of("request", "response", "iterable", "publisher")) {
                vocabulary.add(normal(operation) + suffix);
            }
            Operation op = model.operations().get(operation);
            shapeOfClass.put("model." + names.requestClass(operation).simpleName(),
                    op.input() == null ? null : op.input().shape());
            shapeOfClass.put("model." + names.responseClass(operation).simpleName(),
                    op.output() == null ? null : op.output().shape());
        }
        for (String shape : reach(operations)) {
            vocabulary.add(normal(shape));
            vocabulary.add(normal(shape) + "exception");
            if (shape.endsWith("Fault")) {
                vocabulary.add(normal(shape.substring(0, shape.length() - "Fault".length())) + "exception");
            }
            shapeOfClass.putIfAbsent("model." + names.shapeClass(shape).simpleName(), shape);
        }
        for (String name : official.keySet()) {
            String top = topLevel(name);
            if (!inVocabulary(top)) {
                outOfScopeClasses.add(top);
                if (top.startsWith("model.") && top.endsWith("Request")) {
                    outOfScopeOperations.add(normal(top.substring("model.".length(), top.length() - "Request".length())));
                }
            }
        }
    }

    /** Whether the official class (relative name, nested or not) is one our model speaks of. */
    boolean classInScope(String relativeName) {
        return !outOfScopeClasses.contains(topLevel(relativeName));
    }

    /** Whether an official method stands for something our model has. */
    boolean methodInScope(ClassApi official, String signature) {
        for (String named : official.references().getOrDefault(signature, Set.of())) {
            if (outOfScopeClasses.contains(named)) {
                return false;
            }
        }
        String method = signature.substring(0, signature.indexOf('('));
        if (official.name().startsWith("endpoints.") && official.name().contains("EndpointParams")) {
            return endpointParameters.contains(normal(method)) || ENDPOINT_PARAMS_METHODS.contains(normal(method));
        }
        Set<String> foreign = foreignMembers(official);
        for (String base : bases(method)) {
            if (outOfScopeOperations.contains(base) || foreign.contains(base)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an official enum constant's value is one of our model's values for that enum. */
    boolean constantInScope(ClassApi official, String constant) {
        String shape = shapeOfClass.get(topLevel(official.name()));
        if (shape == null || model.shapes().get(shape) == null) {
            return true;
        }
        for (Object value : official.type().getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant)) {
                return model.shapes().get(shape).enumValues().contains(value.toString());
            }
        }
        return true;
    }

    /** The members of the official class's shape (compared without case) that our model's shape does not have. */
    private Set<String> foreignMembers(ClassApi official) {
        String top = topLevel(official.name());
        return foreignMembers.computeIfAbsent(top, t -> {
            Set<String> foreign = new HashSet<>();
            String shapeName = shapeOfClass.get(t);
            Shape shape = shapeName == null ? null : model.shapes().get(shapeName);
            Class<?> type = official.type();
            while (type.getEnclosingClass() != null) {
                type = type.getEnclosingClass();
            }
            if (shape == null || !SdkPojo.class.isAssignableFrom(type)) {
                return foreign;
            }
            Set<String> ours = new HashSet<>();
            shape.members().keySet().forEach(member -> ours.add(normal(member)));
            for (SdkField<?> field : officialFields(type)) {
                if (!ours.contains(normal(field.memberName()))) {
                    foreign.add(normal(field.memberName()));
                }
            }
            return foreign;
        });
    }

    private static List<SdkField<?>> officialFields(Class<?> type) {
        try {
            Object builder = type.getMethod("builder").invoke(null);
            return ((SdkPojo) builder).sdkFields();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new AssertionError("cannot read the members of the official " + type.getName(), e);
        }
    }

    private boolean inVocabulary(String topLevel) {
        String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
        String name = normal(simple);
        return vocabulary.contains(name)
                || (name.startsWith("default") && vocabulary.contains(name.substring("default".length())));
    }

    /**
     * The member or operation names a method name may stand for: itself, and itself without each affix the naming
     * rules put around a name ({@code hasTags}, {@code statusAsString}, {@code tagsWithStrings},
     * {@code listImagesPaginator}, {@code defaultValue}), each compared without case.
     */
    private static Set<String> bases(String name) {
        Set<String> bases = new HashSet<>();
        bases.add(normal(name));
        String base = name;
        if (base.startsWith("has") && base.length() > 3 && Character.isUpperCase(base.charAt(3))) {
            base = base.substring(3);
            bases.add(normal(base));
        }
        for (String suffix : List.of("AsStrings", "AsString", "WithStrings", "Paginator", "Value")) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                bases.add(normal(base.substring(0, base.length() - suffix.length())));
            }
        }
        return bases;
    }

    private Set<String> reach(Collection<String> operations) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (String name : operations) {
            Operation operation = model.operations().get(name);
            List<ShapeRef> refs = new ArrayList<>(operation.errors());
            if (operation.input() != null) {
                refs.add(operation.input());
            }
            if (operation.output() != null) {
                refs.add(operation.output());
            }
            refs.forEach(ref -> pending.push(ref.shape()));
        }
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                Shape shape = model.shapes().get(name);
                shape.members().values().forEach(ref -> pending.push(ref.shape()));
                for (ShapeRef ref : new ShapeRef[] {shape.member(), shape.key(), shape.value()}) {
                    if (ref != null) {
                        pending.push(ref.shape());
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The top-level class of a relative class name: {@code model.Repository} for {@code model.Repository.Builder},
     * {@code EcrClient} for {@code EcrClient}.
     */
    static String topLevel(String relative) {
        int dot = relative.indexOf('.');
        if (dot < 0) {
            return relative;
        }
        int end = Character.isUpperCase(relative.charAt(0)) ? dot : relative.indexOf('.', dot + 1);
        return end < 0 ? relative : relative.substring(0, end);
    }

    private static String normal(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
