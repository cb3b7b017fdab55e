package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the sources generated for the seed operation, BatchCheckLayerAvailability, with the golden copies under
 * {@code src/test/resources/golden/seed/}, and compiles them with {@code -Xlint:all -Werror}.
 *
 * <p>To accept a deliberate change of the output, run once with {@code -Decrgen.updateGolden=true}
 * ({@code ./mvnw -pl codegen test -Dtest=GoldenFilesTest -Decrgen.updateGolden=true}) and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seed");

    static ModelBundle ecrModel() {
        return new ModelBundle(
                ModelLoader.parse(resource("service-2.json"), "service-2.json", ServiceModel.class),
                ModelLoader.parse(resource("paginators-1.json"), "paginators-1.json", Paginators.class),
                ModelLoader.parse(resource("waiters-2.json"), "waiters-2.json", Waiters.class),
                "ecrgen-api-models");
    }

    static List<GeneratedSource> seedSources() {
        return CodegenRunner.generate(ecrModel(), "dev.ecrgen.services.ecr", List.of("BatchCheckLayerAvailability"));
    }

    @Test
    void seedOperationMatchesGoldenFiles() throws IOException {
        List<GeneratedSource> sources = seedSources();
        if (Boolean.getBoolean("ecrgen.updateGolden")) {
            deleteTree(GOLDEN);
            for (GeneratedSource source : sources) {
                Path target = GOLDEN.resolve(source.relativePath() + ".txt");
                Files.createDirectories(target.getParent());
                Files.write(target, source.content());
            }
        }
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            files.filter(Files::isRegularFile).forEach(f -> expected.add(
                    GOLDEN.relativize(f).toString().replace('\\', '/').replaceFirst("\\.txt$", "")));
        }
        Set<String> actual = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        for (GeneratedSource source : sources) {
            actual.add(source.relativePath());
            Path golden = GOLDEN.resolve(source.relativePath() + ".txt");
            if (Files.exists(golden)) {
                String want = Files.readString(golden, StandardCharsets.UTF_8);
                if (!want.equals(source.text())) {
                    differences.add(source.relativePath() + " differs first at line " + firstDifference(want, source.text()));
                }
            }
        }
        assertEquals(expected, actual, "the set of generated files changed");
        if (!differences.isEmpty()) {
            fail("generated sources differ from the golden files (rerun with -Decrgen.updateGolden=true to accept):\n  "
                    + String.join("\n  ", differences));
        }
    }

    @Test
    void seedOperationCompilesWithoutWarnings() {
        ClassLoader loader = InMemoryCompiler.compile(seedSources());
        assertTrue(loader != null);
    }

    @Test
    void wholeEcrModelCompilesWithoutWarnings() {
        List<GeneratedSource> sources = CodegenRunner.generate(ecrModel(), "dev.ecrgen.services.ecr", List.of());
        assertTrue(sources.size() > 200, "expected the whole API, got " + sources.size() + " files");
        InMemoryCompiler.compile(sources);
    }

    @Test
    void generationIsDeterministic() {
        List<GeneratedSource> first = CodegenRunner.generate(ecrModel(), null, List.of());
        List<GeneratedSource> second = CodegenRunner.generate(ecrModel(), null, List.of());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).relativePath(), second.get(i).relativePath());
            assertEquals(first.get(i).text(), second.get(i).text(), first.get(i).relativePath());
        }
    }

    private static int firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (!left[i].equals(right[i])) {
                return i + 1;
            }
        }
        return Math.min(left.length, right.length) + 1;
    }

    private static byte[] resource(String name) {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/models/ecr/2015-09-21/" + name)) {
            if (in == null) {
                throw new AssertionError("ecrgen-api-models is not on the test classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
