package dev.ecrgen.codegen.protocol;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs botocore-format JSON protocol suites (awsJson1_0 and awsJson1_1) against generated code. For each suite it
 * builds a C2J model from the suite's metadata, shapes and case operations, generates a client, compiles it in memory
 * and runs every case through the client against a loopback server: input cases compare the request that arrives
 * with {@code serialized}; output cases serve {@code response} and compare what the client returns or throws.
 *
 * <p>The suite files come from the system property {@code ecrgen.protocolSuites} (comma-separated paths), by default
 * the two files in {@code ../shared/protocol-tests/json/} and the project's own suites in botocore's older format
 * ({@code src/test/resources/protocol/legacy-*.json}: no target prefix, the {@code character} type, idempotency
 * tokens the suite fixes). One line per file reports {@code protocol suite <path>: N passed, M failed}, and lists the
 * cases skipped because their operation has an event stream, which ecrgen leaves out; the test fails listing every
 * failed case and its differences.
 */
class ProtocolConformanceTest {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Differences longer than this are written out once and referred to by the later cases that repeat them. */
    private static final int SHORT = 300;

    private record PlannedCase(GeneratedService service, JsonNode suite, JsonNode testCase) {
        /** The case's id or description; older suites have neither, so the suite's description and the position. */
        String id() {
            String named = testCase.path("id").asText(testCase.path("description").asText(""));
            if (!named.isEmpty()) {
                return named;
            }
            int position = 1;
            for (JsonNode other : suite.path("cases")) {
                if (other == testCase) {
                    break;
                }
                position++;
            }
            return suite.path("description").asText("(no description)") + " #" + position;
        }
    }

    private record FilePlan(SuiteFile file, List<PlannedCase> cases) {}

    @Test
    void generatedClientsPassEveryProtocolCase() throws Exception {
        List<SuiteFile> files = SuiteFile.configured();
        Map<String, GeneratedService> services = new LinkedHashMap<>();
        List<FilePlan> plan = new ArrayList<>();
        for (SuiteFile file : files) {
            List<PlannedCase> cases = new ArrayList<>();
            for (int i = 0; i < file.suites().size(); i++) {
                JsonNode suite = file.suites().get(i);
                String where = file.name() + " suite " + (i + 1) + " (" + suite.path("description").asText("") + ")";
                for (SuiteModels.Planned planned : SuiteModels.plan(suite)) {
                    GeneratedService service = services.computeIfAbsent(planned.model().toString(), key -> {
                        String basePackage = "dev.ecrgen.protocoltest.m" + services.size();
                        return GeneratedService.generate(planned.model(), basePackage, basePackage + " from " + where);
                    });
                    planned.cases().forEach(testCase -> cases.add(new PlannedCase(service, suite, testCase)));
                }
            }
            plan.add(new FilePlan(file, cases));
        }
        ServiceCompiler.compile(services.values());

        List<String> failures = new ArrayList<>();
        Map<String, String> firstWithDifferences = new LinkedHashMap<>();
        try (LoopbackServer server = LoopbackServer.start(); CaseRunner runner = new CaseRunner(server)) {
            for (FilePlan file : plan) {
                int passed = 0;
                int failed = 0;
                List<String> skipped = new ArrayList<>();
                for (PlannedCase planned : file.cases()) {
                    String skip = CaseRunner.skipReason(planned.service(), planned.testCase());
                    if (skip != null) {
                        skipped.add(planned.id() + ": " + skip);
                        continue;
                    }
                    List<String> differences = runner.run(planned.service(), planned.suite(), planned.testCase());
                    if (differences.isEmpty()) {
                        passed++;
                    } else {
                        failed++;
                        String text = String.join("\n      ", differences);
                        String id = file.file().name() + " :: " + planned.id();
                        String first = firstWithDifferences.putIfAbsent(text, id);
                        failures.add(id + "\n      " + (first == null || text.length() < SHORT
                                ? text : "the same as " + first + ": " + text.lines().findFirst().orElse("")));
                    }
                }
                System.out.println("protocol suite " + file.file().name() + ": " + passed + " passed, " + failed
                        + " failed" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped:\n  "
                        + String.join("\n  ", skipped)));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " protocol case(s) failed:\n  " + String.join("\n  ", failures));
        }
    }
}
