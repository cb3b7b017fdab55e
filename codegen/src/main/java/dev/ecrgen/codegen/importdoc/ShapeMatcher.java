package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether an inferred shape can stand for a shape of an existing model, and says where they differ.
 *
 * <p>It compares what pages show: types, enum values, member names, list and map elements, and required members
 * where the page marks them. It ignores what pages never show (names, documentation, constraints, timestamp formats)
 * and accepts either reading of a recorded {@link Ambiguity}: a whole number matches an integer or a long, a printed
 * list matches a list or a map, {@code list()} matches any structure.
 */
final class ShapeMatcher {

    /** One difference: where on the page, the member path, and what differs. */
    record Mismatch(Origin origin, String path, String message) {
    }

    private final Fragment fragment;
    private final JsonNode modelShapes;

    ShapeMatcher(Fragment fragment, JsonNode modelShapes) {
        this.fragment = fragment;
        this.modelShapes = modelShapes;
    }

    boolean matches(String inferred, String modelShape) {
        return compare(inferred, modelShape, inferred).isEmpty();
    }

    /** Every difference between inferred shape {@code inferred} and model shape {@code modelShape}. */
    List<Mismatch> compare(String inferred, String modelShape, String path) {
        Comparison comparison = new Comparison();
        comparison.compare(inferred, modelShape, path, fragment.shape(inferred).origin());
        return comparison.mismatches;
    }

    /** How a model shape reads in a message, e.g. {@code LayerSizeInBytes (long)}. */
    String describeModel(String name) {
        JsonNode shape = modelShapes.get(name);
        if (shape == null) {
            return name + " (not defined in the model)";
        }
        if (shape.has("enum")) {
            return name + " (enum " + values(shape.get("enum")) + ")";
        }
        String type = shape.path("type").asText();
        if (type.equals("structure")) {
            return name + " (" + (shape.path("document").asBoolean() ? "document" : "structure with members "
                    + new TreeSet<>(names(shape.path("members")))) + ")";
        }
        return name + " (" + type + ")";
    }

    /** How an inferred shape reads in a message, e.g. {@code a whole number (integer or long)}. */
    String describeInferred(String name) {
        FragmentShape shape = fragment.shape(name);
        String doubtful = switch (shape.ambiguity()) {
            case WHOLE_NUMBER -> "a whole number (integer or long)";
            case DECIMAL -> "a decimal number (float or double)";
            case EMPTY_LIST -> "list() (an empty structure, a document or a recursive reference)";
            default -> null;
        };
        if (doubtful != null) {
            return doubtful;
        }
        JsonNode definition = shape.definition();
        if (definition.has("enum")) {
            return "an enum " + values(definition.get("enum"));
        }
        String type = shape.type();
        if (type.equals("structure")) {
            return "a structure with members " + new TreeSet<>(names(definition.path("members")));
        }
        return type.equals("string") ? "a plain string" : "a " + type;
    }

    private final class Comparison {
        private final Set<String> assumed = new HashSet<>();
        private final List<Mismatch> mismatches = new ArrayList<>();

        void compare(String inferred, String modelName, String path, Origin origin) {
            if (!assumed.add(inferred + '\u0000' + modelName)) {
                return; // already being compared further up: recursive shapes match unless a difference shows
            }
            FragmentShape shape = fragment.shape(inferred);
            JsonNode model = modelShapes.get(modelName);
            if (model == null || !model.isObject()) {
                differ(origin, path, "the model refers to shape " + modelName + " but does not define it");
                return;
            }
            Set<String> readings = switch (shape.ambiguity()) {
                case WHOLE_NUMBER -> Set.of("integer", "long");
                case DECIMAL -> Set.of("float", "double");
                case EMPTY_LIST -> Set.of("structure");
                default -> null;
            };
            if (readings != null) {
                expectType(readings, inferred, modelName, path, origin);
                return;
            }
            switch (shape.type()) {
                case "string" -> compareStrings(shape, inferred, modelName, path, origin);
                case "list" -> compareCollection(shape.definition().path("member"), inferred, modelName, path, origin);
                case "map" -> compareMap(shape, inferred, modelName, path, origin);
                case "structure" -> {
                    if (model.path("type").asText().equals("structure") && !model.path("document").asBoolean()) {
                        compareStructures(shape, model, path);
                    } else {
                        typeDiffers(inferred, modelName, path, origin);
                    }
                }
                default -> expectType(Set.of(shape.type()), inferred, modelName, path, origin);
            }
        }

        private void compareStrings(FragmentShape shape, String inferred, String modelName, String path,
                Origin origin) {
            JsonNode model = modelShapes.get(modelName);
            Set<String> inferredValues = values(shape.definition().path("enum"));
            Set<String> modelValues = values(model.path("enum"));
            if (!model.path("type").asText().equals("string") || !inferredValues.equals(modelValues)) {
                typeDiffers(inferred, modelName, path, origin);
            }
        }

        /** A printed list: the model may have a list or a map, since pages print both alike. */
        private void compareCollection(JsonNode element, String inferred, String modelName, String path,
                Origin origin) {
            JsonNode model = modelShapes.get(modelName);
            String modelType = model.path("type").asText();
            String inferredElement = element.path("shape").asText();
            if (modelType.equals("list")) {
                compare(inferredElement, model.path("member").path("shape").asText(), path + "[]", origin);
            } else if (modelType.equals("map") && isStringShape(model.path("key").path("shape").asText())) {
                compare(inferredElement, model.path("value").path("shape").asText(), path + "{}", origin);
            } else {
                typeDiffers(inferred, modelName, path, origin);
            }
        }

        private void compareMap(FragmentShape shape, String inferred, String modelName, String path, Origin origin) {
            JsonNode model = modelShapes.get(modelName);
            String placeholder = shape.placeholderKey();
            if (placeholder != null && model.path("type").asText().equals("structure")) {
                JsonNode members = model.path("members");
                if (members.size() == 1 && members.has(placeholder)) {
                    compare(shape.definition().path("value").path("shape").asText(),
                            members.path(placeholder).path("shape").asText(), path + "." + placeholder, origin);
                    return;
                }
            }
            if (placeholder != null && !model.path("type").asText().equals("map")) {
                typeDiffers(inferred, modelName, path, origin);
                return;
            }
            compareCollection(shape.definition().path("value"), inferred, modelName, path, origin);
        }

        private void compareStructures(FragmentShape shape, JsonNode model, String path) {
            JsonNode inferredMembers = shape.definition().path("members");
            JsonNode modelMembers = model.path("members");
            for (String member : names(inferredMembers)) {
                Origin origin = shape.originOf(member);
                if (!modelMembers.has(member)) {
                    differ(origin, path + "." + member, "the page shows this member, the model does not have it");
                    continue;
                }
                compare(inferredMembers.path(member).path("shape").asText(),
                        modelMembers.path(member).path("shape").asText(), path + "." + member, origin);
            }
            for (String member : names(modelMembers)) {
                if (!inferredMembers.has(member)) {
                    differ(shape.origin(), path + "." + member, "the model has this member, the page does not show it");
                }
            }
            if (shape.requiredKnown()) {
                Set<String> inferredRequired = values(shape.definition().path("required"));
                Set<String> modelRequired = values(model.path("required"));
                if (!inferredRequired.equals(modelRequired)) {
                    differ(shape.origin(), path, "the model requires " + modelRequired + ", the page marks "
                            + inferredRequired + " as [required]");
                }
            }
        }

        private void expectType(Set<String> types, String inferred, String modelName, String path, Origin origin) {
            if (!types.contains(modelShapes.get(modelName).path("type").asText())) {
                typeDiffers(inferred, modelName, path, origin);
            }
        }

        private boolean isStringShape(String modelName) {
            return modelShapes.path(modelName).path("type").asText().equals("string");
        }

        private void typeDiffers(String inferred, String modelName, String path, Origin origin) {
            differ(origin, path, "the model has " + describeModel(modelName) + ", the page shows "
                    + describeInferred(inferred));
        }

        private void differ(Origin origin, String path, String message) {
            mismatches.add(new Mismatch(origin, path, message));
        }
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
