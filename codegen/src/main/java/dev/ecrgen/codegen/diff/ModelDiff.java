package dev.ecrgen.codegen.diff;

import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.c2j.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two versions of a service model as a client user sees them: operations and their errors, the members of
 * structures, the types members have, which members are required, and enum values.
 *
 * <p>What counts as breaking: anything removed (operations, errors, members, enum values); any type change; a member
 * that becomes required, or a new required member, in a structure that requests are built from (callers must now set
 * it). Additions and members that become optional are not breaking.
 *
 * <p>Structures are paired by shape name, and each operation's old input (output) with its new one whatever their
 * names, since the generated request and response classes are named after the operation. A named shape whose own type
 * changes is reported once, as the shape; the members that still refer to it are not reported again.
 */
public final class ModelDiff {
    private final ServiceModel before;
    private final ServiceModel after;
    private final TypeDescriptions beforeTypes;
    private final TypeDescriptions afterTypes;
    private final Set<String> inputStructures;
    private final Set<String> retypedShapes = new HashSet<>();
    private final List<Change> changes = new ArrayList<>();

    private ModelDiff(ServiceModel before, ServiceModel after) {
        this.before = before;
        this.after = after;
        this.beforeTypes = new TypeDescriptions(before.shapes());
        this.afterTypes = new TypeDescriptions(after.shapes());
        this.inputStructures = reachableFromInputs(after);
    }

    /** Every change from {@code before} to {@code after}, breaking or not, in a stable order. */
    public static List<Change> compare(ServiceModel before, ServiceModel after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        ModelDiff diff = new ModelDiff(before, after);
        diff.compareOperations();
        diff.compareShapes();
        List<Change> sorted = new ArrayList<>(diff.changes);
        sorted.sort(Comparator.comparing(Change::kind).thenComparing(Change::subject).thenComparing(Change::detail));
        return List.copyOf(sorted);
    }

    private void compareOperations() {
        Map<String, Operation> old = new TreeMap<>(before.operations());
        Map<String, Operation> now = new TreeMap<>(after.operations());
        for (String name : old.keySet()) {
            if (!now.containsKey(name)) {
                add(Change.Kind.OPERATION_REMOVED, name, "", true);
            }
        }
        for (String name : now.keySet()) {
            if (!old.containsKey(name)) {
                add(Change.Kind.OPERATION_ADDED, name, "", false);
            }
        }
    }

    private void compareShapes() {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Map.Entry<String, Operation> entry : new TreeMap<>(before.operations()).entrySet()) {
            Operation now = after.operations().get(entry.getKey());
            if (now == null || entry.getValue() == null) {
                continue;
            }
            compareErrors(entry.getKey(), entry.getValue(), now);
            pair(pairs, entry.getValue().input(), now.input());
            pair(pairs, entry.getValue().output(), now.output());
        }
        for (String name : new TreeSet<>(before.shapes().keySet())) {
            if (after.shapes().containsKey(name)) {
                pairs.add(List.of(name, name));
            }
        }
        for (List<String> pair : pairs) {
            if (pair.get(0).equals(pair.get(1)) && retyped(pair.get(0))) {
                retypedShapes.add(pair.get(0));
            }
        }
        for (List<String> pair : pairs) {
            compareShape(pair.get(0), pair.get(1));
        }
    }

    private static void pair(Set<List<String>> pairs, ShapeRef old, ShapeRef now) {
        if (old != null && now != null && old.shape() != null && now.shape() != null) {
            pairs.add(List.of(old.shape(), now.shape()));
        }
    }

    private void compareErrors(String operation, Operation old, Operation now) {
        Set<String> oldErrors = errorNames(old);
        Set<String> newErrors = errorNames(now);
        for (String error : oldErrors) {
            if (!newErrors.contains(error)) {
                add(Change.Kind.ERROR_REMOVED, operation, error, true);
            }
        }
        for (String error : newErrors) {
            if (!oldErrors.contains(error)) {
                add(Change.Kind.ERROR_ADDED, operation, error, false);
            }
        }
    }

    private static Set<String> errorNames(Operation operation) {
        Set<String> names = new TreeSet<>();
        for (ShapeRef error : operation.errors()) {
            if (error != null && error.shape() != null) {
                names.add(error.shape());
            }
        }
        return names;
    }

    /** Whether a shape of both versions changed its type or became (or stopped being) an enum. */
    private boolean retyped(String name) {
        Shape old = before.shapes().get(name);
        Shape now = after.shapes().get(name);
        if (old == null || now == null || old.type() == null || now.type() == null) {
            return false;
        }
        return !old.type().equals(now.type())
                || (old.type().equals("string") && old.enumValues().isEmpty() != now.enumValues().isEmpty());
    }

    private void compareShape(String oldName, String newName) {
        Shape old = before.shapes().get(oldName);
        Shape now = after.shapes().get(newName);
        if (old == null || now == null || old.type() == null || now.type() == null) {
            return;
        }
        if (!old.type().equals(now.type())) {
            add(Change.Kind.TYPE_CHANGED, newName, old.type() + " -> " + now.type(), true);
            return;
        }
        if (old.type().equals("structure")) {
            compareMembers(newName, old, now);
        } else if (old.type().equals("string")) {
            compareEnumValues(newName, old, now);
        }
    }

    private void compareMembers(String structure, Shape old, Shape now) {
        boolean usedInRequests = inputStructures.contains(structure);
        for (String member : new TreeSet<>(old.members().keySet())) {
            String subject = structure + "." + member;
            ShapeRef newRef = now.members().get(member);
            if (newRef == null) {
                add(Change.Kind.MEMBER_REMOVED, subject, "", true);
                continue;
            }
            String oldType = beforeTypes.of(old.members().get(member));
            String newType = afterTypes.of(newRef);
            boolean explained = Objects.equals(old.members().get(member).shape(), newRef.shape())
                    && retypedShapes.contains(newRef.shape());
            if (!oldType.equals(newType) && !explained) {
                add(Change.Kind.TYPE_CHANGED, subject, oldType + " -> " + newType, true);
            }
            boolean wasRequired = old.required().contains(member);
            boolean isRequired = now.required().contains(member);
            if (!wasRequired && isRequired) {
                add(Change.Kind.MEMBER_BECAME_REQUIRED, subject, "", usedInRequests);
            } else if (wasRequired && !isRequired) {
                add(Change.Kind.MEMBER_BECAME_OPTIONAL, subject, "", false);
            }
        }
        for (String member : new TreeSet<>(now.members().keySet())) {
            if (!old.members().containsKey(member)) {
                boolean required = now.required().contains(member);
                add(Change.Kind.MEMBER_ADDED, structure + "." + member,
                        afterTypes.of(now.members().get(member)) + (required ? ", required" : ""),
                        required && usedInRequests);
            }
        }
    }

    private void compareEnumValues(String shape, Shape old, Shape now) {
        if (old.enumValues().isEmpty() != now.enumValues().isEmpty()) {
            add(Change.Kind.TYPE_CHANGED, shape, beforeTypes.of(shape, 0) + " -> " + afterTypes.of(shape, 0), true);
            return;
        }
        for (String value : new TreeSet<>(old.enumValues())) {
            if (!now.enumValues().contains(value)) {
                add(Change.Kind.ENUM_VALUE_REMOVED, shape + "." + value, "", true);
            }
        }
        for (String value : new TreeSet<>(now.enumValues())) {
            if (!old.enumValues().contains(value)) {
                add(Change.Kind.ENUM_VALUE_ADDED, shape + "." + value, "", false);
            }
        }
    }

    private void add(Change.Kind kind, String subject, String detail, boolean breaking) {
        changes.add(new Change(kind, subject, detail, breaking));
    }

    /** The structures a request can contain: operation inputs and every structure they reach. */
    private static Set<String> reachableFromInputs(ServiceModel model) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>();
        for (Operation operation : model.operations().values()) {
            if (operation != null && operation.input() != null && operation.input().shape() != null) {
                pending.add(operation.input().shape());
            }
        }
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            Shape shape = model.shapes().get(name);
            if (shape == null || !seen.add(name)) {
                continue;
            }
            for (ShapeRef ref : references(shape)) {
                if (ref != null && ref.shape() != null) {
                    pending.add(ref.shape());
                }
            }
        }
        return seen;
    }

    private static List<ShapeRef> references(Shape shape) {
        List<ShapeRef> refs = new ArrayList<>(shape.members().values());
        refs.add(shape.member());
        refs.add(shape.key());
        refs.add(shape.value());
        return refs;
    }
}
