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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Feeds random mutations of the ECR model to the generator: a shape dropped, a member pointing at a missing shape, a
 * shape's type changed, a cycle, broken JSON. Every outcome must be generated code or a {@link CodegenException} whose
 * problems each name a place; any other exception is a defect. A few generated outcomes are compiled (compiling is
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
            String mutation;
            byte[] bytes;
            if (i % 6 == 5) {
                String text = new String(original, StandardCharsets.UTF_8);
                int cut = random.nextInt(text.length());
                mutation = "broken JSON at char " + cut;
                bytes = (text.substring(0, cut) + (random.nextBoolean() ? "" : "}{,\"")).getBytes(StandardCharsets.UTF_8);
            } else {
                ObjectNode model = (ObjectNode) JSON.readTree(original);
                mutation = mutate(model, random, i % 6);
                bytes = JSON.writeValueAsBytes(model);
            }
            String outcome;
            try {
                ServiceModel service = ModelLoader.parse(bytes, "service-2.json", ServiceModel.class);
                List<GeneratedSource> sources = CodegenRunner.generate(
                        new ModelBundle(service, Paginators.none(), Waiters.none(), "service-2.json"), null, null);
                outcome = "generated";
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
    }

    /** Applies one kind of mutation and says what it did. */
    private static String mutate(ObjectNode model, Random random, int kind) {
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        List<String> names = new ArrayList<>();
        shapes.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        ObjectNode shape = (ObjectNode) shapes.get(name);
        switch (kind) {
            case 0:
                shapes.remove(name);
                return "dropped shape " + name;
            case 1: {
                String target = randomMember(shapes, names, random);
                if (target == null) {
                    return "no structure found";
                }
                String[] parts = target.split("\\.");
                ((ObjectNode) shapes.get(parts[0]).get("members").get(parts[1])).put("shape", "Missing" + parts[1]);
                return "member " + target + " refers to a missing shape";
            }
            case 2: {
                String type = TYPES[random.nextInt(TYPES.length)];
                shape.put("type", type);
                return "shape " + name + " changed to type '" + type + "'";
            }
            case 3: {
                String target = randomMember(shapes, names, random);
                if (target == null) {
                    return "no structure found";
                }
                String[] parts = target.split("\\.");
                ((ObjectNode) shapes.get(parts[0]).get("members").get(parts[1])).put("shape", parts[0]);
                return "member " + target + " refers to its own structure (cycle)";
            }
            default: {
                String target = randomMember(shapes, names, random);
                if (target == null) {
                    return "no structure found";
                }
                String[] parts = target.split("\\.");
                JsonNode other = shapes.get(names.get(random.nextInt(names.size())));
                ((ObjectNode) shapes.get(parts[0]).get("members")).set(parts[1], random.nextBoolean() ? other
                        : JSON.getNodeFactory().textNode("x"));
                return "member " + target + " replaced by a non-reference value";
            }
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
        return null;
    }
}
