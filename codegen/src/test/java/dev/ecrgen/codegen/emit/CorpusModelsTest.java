package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference model (ECR and each model of {@code ../shared/reference-models/corpus}) and one edge-case model per
 * problem real models brought (documentation that attacks comments, shapes named like JDK types, deprecated shapes
 * and members, event streams, an older model without target prefix, names that collide with generated classes and
 * methods) generates with the paginators, waiters and
 * endpoint rule set beside it, and the output compiles with {@code -Xlint:all -Werror}. Operations with an event
 * stream are left out, with one warning each.
 *
 * <p>Generation is timed too: the median of {@value #RUNS} runs of the whole in-memory generation (validation,
 * resolution, emitting and rendering), printed as {@code [corpus] <model>: N files, generated in M ms (median of 5)}.
 */
class CorpusModelsTest {
    private static final int RUNS = 5;

    /**
     * What a model must give: its package, paginated operations and waiters, and the operations left out for their
     * event streams, each as {@code Operation side member StreamShape}.
     */
    private record Expected(String packageName, int paginated, int waiters, List<String> leftOut) {
        List<String> warnings() {
            return leftOut.stream().map(s -> s.split(" ")).map(p -> "operation " + p[0] + " is left out: its " + p[1]
                    + " member " + p[2] + " is an event stream (" + p[3] + "), which ecrgen does not generate").toList();
        }

        List<String> operations() {
            return leftOut.stream().map(s -> s.split(" ")[0]).toList();
        }
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("ecr/2015-09-21", new Expected("ecr", 6, 2, List.of())),
            Map.entry("corpus/codedeploy/2014-10-06", new Expected("codedeploy", 9, 1, List.of())),
            Map.entry("corpus/dynamodb/2012-08-10", new Expected("dynamodb", 5, 6, List.of())),
            Map.entry("corpus/events/2015-10-07", new Expected("eventbridge", 3, 0, List.of())),
            Map.entry("corpus/kinesis/2013-12-02", new Expected("kinesis", 4, 2,
                    List.of("SubscribeToShard output EventStream SubscribeToShardEventStream"))),
            Map.entry("corpus/sqs/2012-11-05", new Expected("sqs", 2, 0, List.of())),
            Map.entry("corpus/ssm/2014-11-06", new Expected("ssm", 52, 1, List.of())),
            Map.entry("robust/docs", new Expected("hostiledocs", 1, 1, List.of())),
            Map.entry("robust/shadow", new Expected("shadow", 1, 1, List.of())),
            Map.entry("robust/deprecated", new Expected("relics", 1, 2, List.of())),
            Map.entry("robust/eventstream", new Expected("streams", 1, 0,
                    List.of("Publish input Events TopicEvents", "Subscribe output Events TopicEvents"))),
            Map.entry("robust/legacy", new Expected("legacy", 0, 0, List.of())),
            Map.entry("robust/clashes", new Expected("clashes", 1, 1, List.of())));

    static Stream<Arguments> models() throws IOException, URISyntaxException {
        List<Arguments> models = new ArrayList<>();
        models.add(Arguments.of("ecr/2015-09-21", SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json")));
        Path corpus = SharedFiles.resolve("reference-models/corpus");
        try (Stream<Path> services = Files.list(corpus)) {
            for (Path service : services.sorted().toList()) {
                try (Stream<Path> versions = Files.list(service)) {
                    for (Path version : versions.sorted().toList()) {
                        Path model = version.resolve("service-2.json");
                        if (Files.isRegularFile(model)) {
                            models.add(Arguments.of(corpus.getParent().relativize(version).toString(), model));
                        }
                    }
                }
            }
        }
        Path robust = Path.of(CorpusModelsTest.class.getResource("/models/robust").toURI());
        for (String name : List.of("docs", "shadow", "deprecated", "eventstream", "legacy", "clashes")) {
            models.add(Arguments.of("robust/" + name, robust.resolve(name).resolve("service-2.json")));
        }
        return models.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void generatesAndCompilesWithoutAWarning(String name, Path model) {
        Expected expected = EXPECTED.get(name);
        assertNotNull(expected, "no expectations for model " + name + "; add its package, paginated operations,"
                + " waiters and event-stream operations to EXPECTED");
        ModelBundle bundle = CodegenRunner.load(CodegenSettings.builder().model(model).build());
        List<String> warnings = new ArrayList<>();
        List<GeneratedSource> sources = CodegenRunner.generate(bundle, null, null, warnings::add);

        assertEquals(expected.warnings(), warnings.stream().filter(w -> w.startsWith("operation ")).toList());
        String base = "dev/ecrgen/services/" + expected.packageName() + "/";
        long paginators = sources.stream().filter(s -> s.relativePath().startsWith(base + "paginators/")).count();
        long waiterFiles = sources.stream().filter(s -> s.relativePath().startsWith(base + "waiters/")).count();
        assertEquals(2L * expected.paginated(), paginators, "an iterable and a publisher per paginated operation");
        assertEquals(expected.waiters() == 0 ? 0 : 4, waiterFiles, "the waiter interfaces and implementations");
        for (String operation : expected.operations()) {
            assertTrue(sources.stream().noneMatch(s -> s.relativePath().endsWith("/model/" + operation + "Request.java")),
                    operation + " is left out");
        }

        InMemoryCompiler.compile(sources);

        System.out.println("[corpus] " + name + ": " + sources.size() + " files, generated in "
                + medianMillis(bundle) + " ms (median of " + RUNS + ")");
    }

    private static long medianMillis(ModelBundle bundle) {
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            CodegenRunner.generate(bundle, null, null, warning -> { });
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
