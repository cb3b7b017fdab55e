package dev.ecrgen.codegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.validate.Problem;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Feeds random mutations of the ECR model to the generator: a shape dropped, a member pointing at a missing shape, a
 * shape's type changed, a cycle, broken JSON. Each mutation knows its verdict: the model must be rejected with the
 * problem codes it predicts (a dangling reference E111, an unknown type E110, a list without member E112, ...), or,
 * when it breaks nothing the generator relies on (an unused shape dropped, a recursive member), generated. Accepting a
 * model that must be rejected, rejecting one that must be accepted, a problem without a place and any other exception
 * are defects. A few generated outcomes are compiled (compiling is
 * slow). Seed and size: {@code -Decrgen.fuzz.seed} (default 20261126), {@code -Decrgen.fuzz.models} (default 60),
 * {@code -Decrgen.fuzz.compiled} (default 1).
 */
class ModelFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPES = {"structure", "list", "map", "string", "integer", "long", "boolean",
        "timestamp", "blob", "double", "float", "union", "bogus", ""};

    @Test
    void everyMutatedModelGeneratesOrFailsWithAPlace() throws Exception {
        long seed = Long.getLong("ecrgen.fuzz.seed", 20261126L);
        int cases = Integer.getInteger("ecrgen.fuzz.models", 60);
        int compileBudget = Integer.getInteger("ecrgen.fuzz.compiled", 1);
        byte[] original = Files.readAllBytes(SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json"));
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int compiled = 0;
        for (int i = 0; i < cases; i++) {
            Mutation mutated;
            byte[] bytes;
            if (i % 6 == 5) {
                String text = new String(original, StandardCharsets.UTF_8);
                int cut = random.nextInt(text.length());
                String broken = text.substring(0, cut) + (random.nextBoolean() ? "" : "}{,\"");
                mutated = new Mutation("broken JSON at char " + cut, parses(broken) ? Set.of() : Set.of("E001"));
                bytes = broken.getBytes(StandardCharsets.UTF_8);
            } else {
                ObjectNode model = (ObjectNode) JSON.readTree(original);
                mutated = mutate(model, random, i % 6);
                bytes = JSON.writeValueAsBytes(model);
            }
            String mutation = mutated.description();
            String outcome;
            try {
                ServiceModel service = ModelLoader.parse(bytes, "service-2.json", ServiceModel.class);
                List<GeneratedSource> sources = CodegenRunner.generate(
                        new ModelBundle(service, Paginators.none(), Waiters.none(), "service-2.json"), null, null);
                outcome = "generated";
                if (!mutated.rejectedWith().isEmpty()) {
                    defects.add(mutation + ": generated, but must be rejected with " + mutated.rejectedWith());
                }
                if (compiled < compileBudget) {
                    compiled++;
                    try {
                        InMemoryCompiler.compile(sources);
                        outcome = "generated+compiled";
                    } catch (AssertionError e) {
                        defects.add(mutation + ": generated code does not compile: "
                                + e.getMessage().lines().limit(4).toList());
                    }
                }
            } catch (CodegenException e) {
                outcome = "CodegenException";
                for (Problem p : e.problems()) {
                    if (p.where() == null || p.where().isBlank() || p.message() == null || p.message().isBlank()) {
                        defects.add(mutation + ": a problem without a place or message: " + p);
                    }
                }
                if (e.problems().isEmpty()) {
                    defects.add(mutation + ": a CodegenException with no problems");
                }
                Set<String> codes = new TreeSet<>();
                e.problems().forEach(p -> codes.add(p.code()));
                if (mutated.rejectedWith().isEmpty()) {
                    defects.add(mutation + ": rejected, but must be generated: " + e.problems());
                } else if (!codes.containsAll(mutated.rejectedWith())) {
                    defects.add(mutation + ": rejected with " + codes + ", but must be rejected with "
                            + mutated.rejectedWith() + ": " + e.problems());
                }
            } catch (RuntimeException | StackOverflowError e) {
                outcome = e.getClass().getSimpleName();
                defects.add(mutation + ": " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("[reliability] model fuzz: seed " + seed + ", " + cases + " cases, outcomes " + outcomes
                + ", compiled " + compiled + ", defects " + defects.size());
        assertEquals(List.of(), defects, defects.size() + " mutated models ended badly");
        assertTrue(outcomes.containsKey("CodegenException"), "the mutations reached validation");
        assertTrue(outcomes.keySet().stream().anyMatch(o -> o.startsWith("generated")), "some mutations are harmless");
    }

    /** A mutation and its verdict: the problem codes the model must be rejected with, or none if it must generate. */
    record Mutation(String description, Set<String> rejectedWith) {}

    private static final Set<String> KNOWN_TYPES = Set.of("structure", "list", "map", "string", "integer", "long",
            "boolean", "timestamp", "blob", "double", "float");

    /** Applies one kind of mutation and says what it did and what the generator must make of it. */
    private static Mutation mutate(ObjectNode model, Random random, int kind) {
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        List<String> names = new ArrayList<>();
        shapes.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        ObjectNode shape = (ObjectNode) shapes.get(name);
        switch (kind) {
            case 0:
                shapes.remove(name);
                return new Mutation("dropped shape " + name, references(model).containsKey(name) ? Set.of("E111")
                        : Set.of());
            case 1: {
                String target = randomMember(shapes, names, random);
                String[] parts = target.split("\\.");
                ((ObjectNode) shapes.get(parts[0]).get("members").get(parts[1])).put("shape", "Missing" + parts[1]);
                return new Mutation("member " + target + " refers to a missing shape", Set.of("E111"));
            }
            case 2: {
                String type = TYPES[random.nextInt(TYPES.length)];
                String before = shape.path("type").asText();
                shape.put("type", type);
                return new Mutation("shape " + name + " changed from '" + before + "' to type '" + type + "'",
                        typeChange(model, name, shape, before, type));
            }
            case 3: {
                String target = randomMember(shapes, names, random);
                String[] parts = target.split("\\.");
                ((ObjectNode) shapes.get(parts[0]).get("members").get(parts[1])).put("shape", parts[0]);
                // a recursive structure is fine, but an exception shape may only be an operation error (E061)
                boolean exception = shapes.get(parts[0]).path("exception").asBoolean(false);
                return new Mutation("member " + target + " refers to its own structure (cycle)",
                        exception ? Set.of("E061") : Set.of());
            }
            default: {
                String target = randomMember(shapes, names, random);
                String[] parts = target.split("\\.");
                boolean shapeObject = random.nextBoolean();
                JsonNode other = shapes.get(names.get(random.nextInt(names.size())));
                ((ObjectNode) shapes.get(parts[0]).get("members")).set(parts[1], shapeObject ? other.deepCopy()
                        : JSON.getNodeFactory().textNode("x"));
                return new Mutation("member " + target + " replaced by " + (shapeObject ? "a shape definition"
                        : "a string"), Set.of(shapeObject ? "E111" : "E001"));
            }
        }
    }

    /** What a shape's new type breaks: the codes the model must then be rejected with. */
    private static Set<String> typeChange(ObjectNode model, String name, ObjectNode shape, String before, String type) {
        if (!KNOWN_TYPES.contains(type)) {
            return Set.of("E110");
        }
        if (type.equals(before)) {
            return Set.of();
        }
        Set<String> codes = new TreeSet<>();
        if (type.equals("list") && !shape.has("member")) {
            codes.add("E112");
        }
        if (type.equals("map") && (!shape.has("key") || !shape.has("value"))) {
            codes.add("E113");
        }
        Set<String> uses = references(model).getOrDefault(name, Set.of());
        if (uses.contains("operation") && !type.equals("structure")) {
            codes.add("E121");
        }
        if (uses.contains("key") && !type.equals("string")) {
            codes.add("E116");
        }
        return codes;
    }

    /** Every shape name referred to, with how: "member", "key", "value", "operation". */
    private static Map<String, Set<String>> references(ObjectNode model) {
        Map<String, Set<String>> uses = new TreeMap<>();
        model.get("shapes").forEach(shape -> {
            shape.path("members").forEach(ref -> use(uses, ref, "member"));
            use(uses, shape.get("member"), "member");
            use(uses, shape.get("key"), "key");
            use(uses, shape.get("value"), "value");
        });
        model.get("operations").forEach(operation -> {
            use(uses, operation.get("input"), "operation");
            use(uses, operation.get("output"), "operation");
            operation.path("errors").forEach(ref -> use(uses, ref, "operation"));
        });
        return uses;
    }

    private static void use(Map<String, Set<String>> uses, JsonNode ref, String how) {
        if (ref != null && ref.hasNonNull("shape")) {
            uses.computeIfAbsent(ref.get("shape").asText(), n -> new TreeSet<>()).add(how);
        }
    }

    private static boolean parses(String json) {
        try {
            JSON.readTree(json);
            return !json.isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String randomMember(ObjectNode shapes, List<String> names, Random random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = names.get(random.nextInt(names.size()));
            JsonNode members = shapes.get(name).path("members");
            if (members.size() > 0) {
                List<String> memberNames = new ArrayList<>();
                members.fieldNames().forEachRemaining(memberNames::add);
                return name + "." + memberNames.get(random.nextInt(memberNames.size()));
            }
        }
        throw new IllegalStateException("the model has no structure with members");
    }
}
