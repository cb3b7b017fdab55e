package dev.ecrgen.services.ecr.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ecrgen.services.ecr.differential.Coverage.Part;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our generated client against the AWS SDK's for every operation of the model: the same random requests must reach
 * the server alike, the same random responses must read alike, and the same errors must throw alike. Where the two
 * disagree the test fails, naming the place, the two values and the seed to reproduce with. Three more tests show
 * that each comparison does notice when the two clients are given different input.
 *
 * <p>Run more rounds or another seed with {@code -Decrgen.diff.rounds=10 -Decrgen.diff.seed=7}; see
 * {@link DiffSettings} for the other properties.
 */
class DifferentialTest {
    private static Harness harness;
    private static Coverage coverage;

    @BeforeAll
    static void start() throws Exception {
        harness = new Harness(DiffSettings.fromSystemProperties());
        coverage = new Coverage();
    }

    @AfterAll
    static void report() {
        if (harness == null) {
            return;
        }
        try {
            System.out.println(coverage.summary());
            List<String> names = harness.model.operations().stream().map(C2jModel.Operation::name)
                    .collect(Collectors.toList());
            assertEquals(List.of(), coverage.uncovered(names), "operations left uncovered");
        } finally {
            harness.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> requestsReachTheServerAlike() {
        RequestCheck check = new RequestCheck(harness);
        return perOperation(Part.REQUESTS, (binding, round, differences) -> {
            record(Part.REQUESTS, binding, check.run(binding, round), differences);
        });
    }

    @TestFactory
    Stream<DynamicTest> responsesReadAlike() {
        ResponseCheck check = new ResponseCheck(harness);
        return perOperation(Part.RESPONSES, (binding, round, differences) -> {
            record(Part.RESPONSES, binding, check.run(binding, round), differences);
        });
    }

    @TestFactory
    Stream<DynamicTest> errorsThrowAlike() {
        ErrorCheck check = new ErrorCheck(harness);
        return perOperation(Part.ERRORS, (binding, round, differences) -> {
            for (String error : ErrorCheck.cases(binding.operation())) {
                for (ErrorCheck.Spelling spelling : ErrorCheck.spellings(error)) {
                    record(Part.ERRORS, binding, check.run(binding, error, spelling, round), differences);
                }
            }
        });
    }

    @Test
    void theRequestComparisonSeesADifferentRequest() {
        Harness.Binding binding = harness.bind(firstOperation(op -> op.input() != null
                && harness.model.shape(op.input()).path("members").size() > 0));
        Map<String, Object> one = generate(binding.operation().input(), ValueGenerator.Purpose.REQUEST, 1);
        Map<String, Object> other = one;
        for (int seed = 2; other.toString().equals(one.toString()); seed++) {
            other = generate(binding.operation().input(), ValueGenerator.Purpose.REQUEST, seed);
        }
        List<String> differences = new RequestCheck(harness).compare(binding, one, other);
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("request.body")), differences::toString);
    }

    @Test
    void theResponseComparisonSeesADifferentResponse() {
        Harness.Binding binding = harness.bind(firstOperation(op -> op.output() != null
                && harness.model.shape(op.output()).path("members").size() > 0));
        String output = binding.operation().output();
        String body = "{}";
        for (int seed = 1; body.equals("{}"); seed++) {
            body = new WireJson(harness.model, new Random(seed))
                    .structure(output, generate(output, ValueGenerator.Purpose.RESPONSE, seed)).toString();
        }
        List<String> differences = new ResponseCheck(harness).compare(binding, body, "{}");
        assertFalse(differences.isEmpty(), "serving " + body + " and {} must differ");
    }

    @Test
    void theErrorComparisonSeesADifferentError() {
        Harness.Binding binding = harness.bind(firstOperation(op -> !op.errors().isEmpty()));
        String modeled = binding.operation().errors().get(0);
        Map<String, String> headers = Map.of("x-amzn-RequestId", "req-1");
        List<String> differences = new ErrorCheck(harness).compare(binding, modeled, "error", new Reply(400, headers,
                "{\"__type\":\"" + harness.model.errorCode(modeled) + "\",\"message\":\"m\"}"),
                new Reply(400, headers, "{\"__type\":\"SomethingElse\",\"message\":\"m\"}"));
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("error.class")), differences::toString);
    }

    private static C2jModel.Operation firstOperation(Predicate<C2jModel.Operation> wanted) {
        return harness.model.operations().stream().filter(wanted).findFirst()
                .orElseThrow(() -> new IllegalStateException("the model has no operation to check the check with"));
    }

    private static Map<String, Object> generate(String shape, ValueGenerator.Purpose purpose, long seed) {
        return new ValueGenerator(harness.model, new Random(seed), purpose).structure(shape);
    }

    /** One round of one part for one operation, adding what differs. */
    @FunctionalInterface
    private interface Round {
        void run(Harness.Binding binding, int round, List<String> differences);
    }

    private static void record(Part part, Harness.Binding binding, List<String> found, List<String> differences) {
        coverage.compared(part, binding.operation().name(), !found.isEmpty());
        differences.addAll(found);
    }

    private static Stream<DynamicTest> perOperation(Part part, Round round) {
        coverage.started(part);
        DiffSettings settings = harness.settings;
        return harness.model.operations().stream().map(operation -> DynamicTest.dynamicTest(operation.name(), () -> {
            Harness.Binding binding = harness.bind(operation);
            List<String> differences = new ArrayList<>();
            for (int i = 1; i <= settings.rounds(); i++) {
                List<String> found = new ArrayList<>();
                round.run(binding, i, found);
                for (String difference : found) {
                    differences.add("round " + i + ": " + difference);
                }
            }
            if (!differences.isEmpty()) {
                fail(FailureReport.text(operation.name() + " " + part.name().toLowerCase(Locale.ROOT)
                        + " differ from the reference client (" + settings.reproduction() + ")", differences));
            }
        }));
    }
}
