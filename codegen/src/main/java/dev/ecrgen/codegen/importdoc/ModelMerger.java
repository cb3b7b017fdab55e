package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges imported operations into an existing C2J model without overwriting anything.
 *
 * <p>An operation the model already has is compared with the page (see {@link ShapeMatcher}); if they agree the
 * model is left as it is, otherwise every difference is reported as a conflict. A new operation is added with its
 * shapes, each of which reuses a model shape when one fits, looked for in this order: the shape of the same name; the
 * shapes the model already uses for a member of the same name; any shape of the same structure (only for shapes
 * whose structure says something: structures, enums, and lists or maps of those). A shape that fits nothing and
 * whose name the model already uses for something else is a conflict. Nothing is merged when there is a conflict.
 */
final class ModelMerger {

    private final Fragment fragment;

    ModelMerger(Fragment fragment) {
        this.fragment = fragment;
    }

    /** A merged copy of {@code model}; {@code modelName} names the model in messages. */
    ObjectNode merge(ObjectNode model, String modelName) throws DocImportException {
        ObjectNode merged = model.deepCopy();
        ObjectNode operations = section(merged, "operations", modelName);
        ObjectNode shapes = section(merged, "shapes", modelName);
        Run run = new Run(operations, shapes);
        new TreeMap<>(fragment.operations()).values().forEach(run::mergeOperation);
        if (!run.conflicts.isEmpty()) {
            run.conflicts.sort(Comparator.comparing(DocProblem::page).thenComparingInt(DocProblem::line));
            throw new DocImportException(run.conflicts);
        }
        putInOrder(shapes, run.additions);
        putInOrder(operations, run.newOperations);
        return merged;
    }

    private static ObjectNode section(ObjectNode model, String field, String modelName) throws DocImportException {
        JsonNode section = model.get(field);
        if (section == null) {
            return model.putObject(field);
        }
        if (!section.isObject()) {
            throw DocImportException.of(modelName, 0, "not a C2J model: \"" + field + "\" is not an object");
        }
        return (ObjectNode) section;
    }

    /** Adds {@code additions} to {@code target}, keeping its keys sorted if they were. */
    private static void putInOrder(ObjectNode target, Map<String, ObjectNode> additions) {
        if (additions.isEmpty()) {
            return;
        }
        List<String> keys = fieldNames(target);
        boolean sorted = true;
        for (int i = 1; i < keys.size() && sorted; i++) {
            sorted = keys.get(i - 1).compareTo(keys.get(i)) < 0;
        }
        if (!sorted) {
            additions.forEach(target::set);
            return;
        }
        Map<String, JsonNode> all = new TreeMap<>();
        keys.forEach(key -> all.put(key, target.get(key)));
        all.putAll(additions);
        target.removeAll();
        all.forEach(target::set);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The state of one merge. */
    private final class Run {
        private final ObjectNode operations;
        private final ObjectNode shapes;
        private final ShapeMatcher matcher;
        private final List<DocProblem> conflicts = new ArrayList<>();
        private final Map<String, String> resolved = new HashMap<>();
        private final Map<String, ObjectNode> additions = new LinkedHashMap<>();
        private final Map<String, ObjectNode> newOperations = new LinkedHashMap<>();
        private final Set<String> modelShapeNames;
        private final Set<String> notReusable = new HashSet<>();
        private final Map<String, Map<String, Integer>> memberUses = new HashMap<>();

        Run(ObjectNode operations, ObjectNode shapes) {
            this.operations = operations;
            this.shapes = shapes;
            this.matcher = new ShapeMatcher(fragment, shapes);
            this.modelShapeNames = new TreeSet<>(fieldNames(shapes));
            for (JsonNode operation : operations) {
                notReusable.add(operation.path("input").path("shape").asText());
                notReusable.add(operation.path("output").path("shape").asText());
            }
            for (Map.Entry<String, JsonNode> shape : shapes.properties()) {
                if (shape.getValue().path("exception").asBoolean()) {
                    notReusable.add(shape.getKey());
                }
                for (Map.Entry<String, JsonNode> member : shape.getValue().path("members").properties()) {
                    memberUses.computeIfAbsent(member.getKey(), k -> new HashMap<>())
                            .merge(member.getValue().path("shape").asText(), 1, Integer::sum);
                }
            }
        }

        void mergeOperation(FragmentOperation operation) {
            String existing = existingOperation(operation.name());
            if (existing != null) {
                JsonNode model = operations.get(existing);
                compareRoot(operation, existing, operation.input(), model.path("input"), "input");
                compareRoot(operation, existing, operation.output(), model.path("output"), "output");
                return;
            }
            if (operation.input() != null) {
                resolveRoot(operation.input());
            }
            resolveRoot(operation.output());
            newOperations.put(operation.name(), Fragment.operationJson(operation, resolved::get));
        }

        /** The model's operation of this name; pages lose the case of acronyms, so case is ignored if need be. */
        private String existingOperation(String name) {
            if (operations.has(name)) {
                return name;
            }
            return fieldNames(operations).stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
        }

        private void compareRoot(FragmentOperation operation, String existing, String inferred, JsonNode modelRef,
                String role) {
            String modelRoot = modelRef.path("shape").isTextual() ? modelRef.path("shape").asText() : null;
            if (inferred == null || modelRoot == null) {
                boolean inferredEmpty = inferred == null || fragment.shape(inferred).definition().path("members")
                        .isEmpty();
                boolean modelEmpty = modelRoot == null || shapes.path(modelRoot).path("members").isEmpty();
                if (!inferredEmpty || !modelEmpty) {
                    conflicts.add(operation.origin().problem("conflict: operation " + existing + " in the model has "
                            + (modelRoot == null ? "no " + role : role + " " + modelRoot) + ", the page shows "
                            + (inferred == null ? "none" : "members " + fieldNames(fragment.shape(inferred)
                                    .definition().path("members")))));
                }
                return;
            }
            for (ShapeMatcher.Mismatch mismatch : matcher.compare(inferred, modelRoot, inferred)) {
                conflicts.add(mismatch.origin().problem("conflict: operation " + existing + " in the model differs at "
                        + mismatch.path() + ": " + mismatch.message()));
            }
        }

        /** An operation's input or output: it keeps its own name, or reuses the model's shape of that name. */
        private void resolveRoot(String inferred) {
            if (shapes.has(inferred)) {
                resolved.put(inferred, inferred);
                if (!matcher.matches(inferred, inferred)) {
                    nameConflict(inferred);
                }
                return;
            }
            add(inferred);
        }

        private String resolve(String inferred, String member) {
            String done = resolved.get(inferred);
            if (done != null) {
                return done;
            }
            String reused = reusable(inferred, member);
            if (reused != null) {
                resolved.put(inferred, reused);
                return reused;
            }
            if (shapes.has(inferred)) {
                resolved.put(inferred, inferred);
                nameConflict(inferred);
                return inferred;
            }
            add(inferred);
            return inferred;
        }

        private String reusable(String inferred, String member) {
            if (shapes.has(inferred) && matcher.matches(inferred, inferred)) {
                return inferred;
            }
            if (member != null) {
                Map<String, Integer> uses = memberUses.getOrDefault(member, Map.of());
                List<String> candidates = new ArrayList<>(new TreeSet<>(uses.keySet()));
                candidates.sort(Comparator.comparing(uses::get, Comparator.reverseOrder()));
                for (String candidate : candidates) {
                    if (shapes.has(candidate) && matcher.matches(inferred, candidate)) {
                        return candidate;
                    }
                }
            }
            if (isDistinctive(inferred)) {
                for (String candidate : modelShapeNames) {
                    if (!notReusable.contains(candidate) && matcher.matches(inferred, candidate)) {
                        return candidate;
                    }
                }
            }
            return null;
        }

        /** Whether matching by structure alone means something: not for a plain string or number. */
        private boolean isDistinctive(String inferred) {
            FragmentShape shape = fragment.shape(inferred);
            JsonNode definition = shape.definition();
            return switch (shape.type()) {
                case "string" -> definition.has("enum");
                case "structure" -> shape.ambiguity() != Ambiguity.EMPTY_LIST && !definition.path("members").isEmpty();
                case "list" -> isDistinctive(definition.path("member").path("shape").asText());
                case "map" -> isDistinctive(definition.path("value").path("shape").asText());
                default -> false;
            };
        }

        /** Adds an inferred shape under its own name, resolving the shapes it refers to first. */
        private void add(String inferred) {
            resolved.put(inferred, inferred);
            ObjectNode definition = fragment.shape(inferred).definition().deepCopy();
            for (Map.Entry<String, JsonNode> member : definition.path("members").properties()) {
                ObjectNode reference = (ObjectNode) member.getValue();
                reference.put("shape", resolve(reference.path("shape").asText(), member.getKey()));
            }
            for (String field : new String[] {"member", "key", "value"}) {
                if (definition.has(field)) {
                    ObjectNode reference = (ObjectNode) definition.get(field);
                    reference.put("shape", resolve(reference.path("shape").asText(), null));
                }
            }
            additions.put(inferred, definition);
        }

        private void nameConflict(String inferred) {
            FragmentShape shape = fragment.shape(inferred);
            conflicts.add(shape.origin().problem("conflict: the model already has " + matcher.describeModel(inferred)
                    + ", but " + shape.origin().member() + " is " + matcher.describeInferred(inferred)
                    + " and no model shape fits it; give it another name (ImportOptions.Builder.shapeName(\""
                    + inferred + "\", ...)) or change the model"));
        }
    }
}
