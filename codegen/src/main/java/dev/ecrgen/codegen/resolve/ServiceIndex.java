package dev.ecrgen.codegen.resolve;

import com.palantir.javapoet.ClassName;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.rules.RuleChecker;
import dev.ecrgen.codegen.validate.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The resolved, read-only view of a validated model, built once: the operations to generate (all, or an allow-list)
 * and every shape they reach, with what each needs (a JSON writer, a reader, or both). Iteration is sorted so output
 * never depends on map order.
 */
public final class ServiceIndex {
    private final ModelBundle bundle;
    private final Names names;
    private final Map<String, Operation> operations;
    private final Set<String> writtenShapes;
    private final Set<String> readShapes;
    private final Set<String> errorShapes;
    private final Map<ClassName, StructureClass> structures;
    private final RuleChecker.Checked endpointRules;

    private ServiceIndex(ModelBundle bundle, Names names, Map<String, Operation> operations,
            RuleChecker.Checked endpointRules) {
        this.bundle = bundle;
        this.endpointRules = endpointRules;
        this.names = names;
        this.operations = operations;
        this.writtenShapes = new TreeSet<>();
        this.readShapes = new TreeSet<>();
        this.errorShapes = new TreeSet<>();
        this.structures = new TreeMap<>(Comparator.comparing(ClassName::canonicalName));
        for (Operation operation : operations.values()) {
            if (operation.input() != null) {
                reach(operation.input().shape(), writtenShapes);
            }
            if (operation.output() != null) {
                reach(operation.output().shape(), readShapes);
            }
            for (ShapeRef error : operation.errors()) {
                errorShapes.add(error.shape());
                reach(error.shape(), readShapes);
            }
        }
        planStructures();
    }

    /** Indexes every operation of the model. */
    public static ServiceIndex of(ModelBundle bundle, Names names) {
        return of(bundle, names, null, null);
    }

    /** Indexes only the named operations (already checked to exist) and what they reach. */
    public static ServiceIndex of(ModelBundle bundle, Names names, Collection<String> allowList) {
        return of(bundle, names, allowList, null);
    }

    /**
     * Indexes the named operations (all when the list is null or empty) of a model whose endpoint rule set, if it has
     * one, has been checked.
     */
    public static ServiceIndex of(ModelBundle bundle, Names names, Collection<String> allowList,
            RuleChecker.Checked endpointRules) {
        if (allowList == null || allowList.isEmpty()) {
            return new ServiceIndex(bundle, names, new TreeMap<>(bundle.service().operations()), endpointRules);
        }
        Map<String, Operation> selected = new TreeMap<>();
        for (String name : allowList) {
            selected.put(name, bundle.service().operations().get(name));
        }
        return new ServiceIndex(bundle, names, selected, endpointRules);
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /** The checked endpoint rule set, or null when the model came without one. */
    public RuleChecker.Checked endpointRules() {
        return endpointRules;
    }

    public Names names() {
        return names;
    }

    public Metadata metadata() {
        return bundle.service().metadata();
    }

    /** The operations to generate, by name, sorted. */
    public Map<String, Operation> operations() {
        return operations;
    }

    public Shape shape(String name) {
        Shape shape = bundle.service().shapes().get(name);
        if (shape == null) {
            throw new IllegalStateException("unvalidated model: no shape " + name);
        }
        return shape;
    }

    /** Every structure class to generate, sorted by class name. */
    public Collection<StructureClass> structures() {
        return structures.values();
    }

    public StructureClass structure(ClassName className) {
        return structures.get(className);
    }

    /** Enum shapes (strings with {@code enum} values, or int enums) reached by the generated operations, sorted. */
    public List<String> enumShapes() {
        List<String> enums = new ArrayList<>();
        for (String name : allReached()) {
            if (isEnum(shape(name))) {
                enums.add(name);
            }
        }
        return enums;
    }

    /** Exception shapes named in the errors of the generated operations, sorted. */
    public Set<String> errorShapes() {
        return errorShapes;
    }

    public boolean isEnum(Shape shape) {
        return "string".equals(shape.type()) && !shape.enumValues().isEmpty();
    }

    /** Whether values of the shape are written into requests. */
    public boolean isWritten(String shapeName) {
        return writtenShapes.contains(shapeName);
    }

    /** Whether values of the shape are read from responses or errors. */
    public boolean isRead(String shapeName) {
        return readShapes.contains(shapeName);
    }

    /** The class that holds values of a nested structure shape (never a request or response class). */
    public ClassName structureClass(String shapeName) {
        return names.shapeClass(shapeName);
    }

    private Set<String> allReached() {
        Set<String> all = new TreeSet<>(writtenShapes);
        all.addAll(readShapes);
        return all;
    }

    private void reach(String root, Set<String> into) {
        Deque<String> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!into.add(name)) {
                continue;
            }
            Shape shape = shape(name);
            for (ShapeRef member : shape.members().values()) {
                pending.push(member.shape());
            }
            for (ShapeRef ref : new ShapeRef[] {shape.member(), shape.key(), shape.value()}) {
                if (ref != null) {
                    pending.push(ref.shape());
                }
            }
        }
    }

    private void planStructures() {
        Set<String> topLevelOnly = new TreeSet<>();
        for (Map.Entry<String, Operation> entry : operations.entrySet()) {
            String op = entry.getKey();
            Operation operation = entry.getValue();
            String input = operation.input() == null ? null : operation.input().shape();
            String output = operation.output() == null ? null : operation.output().shape();
            add(new StructureClass(names.requestClass(op), input, StructureClass.Kind.REQUEST, op));
            add(new StructureClass(names.responseClass(op), output, StructureClass.Kind.RESPONSE, op));
            if (input != null) {
                topLevelOnly.add(input);
            }
            if (output != null) {
                topLevelOnly.add(output);
            }
        }
        Set<String> nested = nestedStructures();
        for (String name : nested) {
            if (!errorShapes.contains(name)) {
                add(new StructureClass(names.shapeClass(name), name, StructureClass.Kind.STRUCTURE, null));
            }
        }
    }

    /** Structure shapes referenced from another shape's member, list member or map value (not only as an operation's top level). */
    private Set<String> nestedStructures() {
        Set<String> nested = new TreeSet<>();
        List<Problem> exceptionValues = new ArrayList<>();
        for (String name : allReached()) {
            Shape shape = shape(name);
            Map<String, ShapeRef> refs = new TreeMap<>();
            shape.members().forEach((member, ref) -> refs.put("members." + member, ref));
            if (shape.member() != null) {
                refs.put("member", shape.member());
            }
            if (shape.key() != null) {
                refs.put("key", shape.key());
            }
            if (shape.value() != null) {
                refs.put("value", shape.value());
            }
            refs.forEach((where, ref) -> {
                Shape target = shape(ref.shape());
                if ("structure".equals(target.type()) && !target.document() && target.exception()) {
                    exceptionValues.add(new Problem("E061", "shapes." + name + "." + where, "refers to "
                            + ref.shape() + ", an exception shape; ecrgen generates exceptions only as operation"
                            + " errors, so give the value a structure shape without the exception trait"));
                } else if ("structure".equals(target.type()) && !target.document()) {
                    nested.add(ref.shape());
                }
            });
        }
        if (!exceptionValues.isEmpty()) {
            throw new CodegenException(exceptionValues);
        }
        return nested;
    }

    private void add(StructureClass structure) {
        StructureClass previous = structures.putIfAbsent(structure.className(), structure);
        if (previous != null && !java.util.Objects.equals(previous.shapeName(), structure.shapeName())) {
            throw CodegenException.of(new Problem("E060", "shapes." + structure.shapeName(),
                    "would generate class " + structure.className().simpleName() + ", which the "
                            + (previous.operation() == null ? "shape " + previous.shapeName() : "operation " + previous.operation())
                            + " also needs; rename one of the shapes"));
        }
    }
}
