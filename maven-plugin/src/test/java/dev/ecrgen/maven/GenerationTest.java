package dev.ecrgen.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTest {
    private static final String PACKAGE_DIR = "com/example/demo/";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @Test
    void firstRunGeneratesAndSecondRunTouchesNothing() throws IOException {
        GenerateRequest request = request(DemoModel.write(dir.resolve("model"), DemoModel.SERVICE), List.of());
        Generation.Outcome first = new Generation(log, "test-generator").run(request);
        assertFalse(first.upToDate());
        assertTrue(Files.isRegularFile(out().resolve(PACKAGE_DIR + "DemoClient.java")));
        assertTrue(Files.isRegularFile(out().resolve(Fingerprint.FILE_NAME)));

        Map<String, FileTime> before = modificationTimes(out());
        setAllTimes(out(), FileTime.fromMillis(1_000_000L));
        Map<String, FileTime> backdated = modificationTimes(out());
        log.infos.clear();

        Generation.Outcome second = new Generation(log, "test-generator").run(request);
        assertTrue(second.upToDate());
        assertEquals(List.of("ecrgen: " + out() + " is up to date with " + request.model().displayName()), log.infos);
        assertEquals(backdated, modificationTimes(out()), "an up-to-date run must not touch any file");
        assertEquals(before.keySet(), backdated.keySet());
    }

    @Test
    void outputIsByteForByteDeterministic() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "test-generator").run(request(model, List.of(), dir.resolve("a")));
        new Generation(log, "test-generator").run(request(model, List.of(), dir.resolve("b")));
        Map<String, byte[]> a = contents(dir.resolve("a"));
        Map<String, byte[]> b = contents(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() > 10, "expected a whole client, got " + a.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }

    @Test
    void modelChangeRegeneratesAndDeletesWhatIsNoLongerProduced() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "test-generator").run(request(model, List.of()));
        assertTrue(Files.exists(out().resolve(PACKAGE_DIR + "model/EchoItem.java")));

        DemoModel.write(dir.resolve("model"), DemoModel.SERVICE
                .replace("\"Echo\": {\"name\": \"Echo\"", "\"Shout\": {\"name\": \"Shout\""));
        log.infos.clear();
        Generation.Outcome outcome = new Generation(log, "test-generator").run(request(model, List.of()));

        assertFalse(outcome.upToDate());
        assertEquals(List.of("the model changed"), outcome.reasons());
        assertTrue(log.infos.get(0).endsWith("because the model changed"), log.infos.get(0));
        assertTrue(Files.exists(out().resolve(PACKAGE_DIR + "model/ShoutRequest.java")));
        assertFalse(Files.exists(out().resolve(PACKAGE_DIR + "model/EchoRequest.java")));
        assertTrue(outcome.written().deleted().contains(PACKAGE_DIR + "model/EchoRequest.java"),
                outcome.written().deleted().toString());
        assertTrue(log.infos.contains("ecrgen: deleted " + PACKAGE_DIR + "model/EchoRequest.java (no longer generated)"));
    }

    @Test
    void settingAndGeneratorChangesAreLogged() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "generator-1").run(request(model, List.of()));
        Generation.Outcome outcome = new Generation(log, "generator-2").run(request(model, List.of("Ping")));
        assertEquals(List.of("the generator changed (generator-1 -> generator-2)",
                "operations changed from (all) to Ping"), outcome.reasons());
        assertFalse(Files.exists(out().resolve(PACKAGE_DIR + "model/EchoItem.java")), "the allow-list prunes shapes");
        assertTrue(Files.exists(out().resolve(PACKAGE_DIR + "model/PingRequest.java")));
    }

    @Test
    void deletedOutputFileIsRegenerated() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "test-generator").run(request(model, List.of()));
        Files.delete(out().resolve(PACKAGE_DIR + "DemoClient.java"));
        Generation.Outcome outcome = new Generation(log, "test-generator").run(request(model, List.of()));
        assertEquals(List.of("1 generated file is missing"), outcome.reasons());
        assertTrue(Files.exists(out().resolve(PACKAGE_DIR + "DemoClient.java")));
    }

    @Test
    void deletedOutputDirectoryIsRegenerated() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "test-generator").run(request(model, List.of()));
        Path models = out().resolve(PACKAGE_DIR + "model");
        long files;
        try (Stream<Path> listing = Files.list(models)) {
            files = listing.count();
        }
        try (Stream<Path> walk = Files.walk(models)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Generation.Outcome outcome = new Generation(log, "test-generator").run(request(model, List.of()));
        assertEquals(List.of(files + " generated files are missing"), outcome.reasons());
        assertTrue(Files.exists(out().resolve(PACKAGE_DIR + "model/EchoItem.java")));
    }

    @Test
    void unknownOperationFailsWithTheValidNames() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        CodegenException e = assertThrows(CodegenException.class,
                () -> new Generation(log, "test-generator").run(request(model, List.of("Pong"))));
        assertEquals("1 problem in the configuration:\n"
                + "  [E150] operations: 'Pong' is not an operation of the model; did you mean Ping?\n"
                + "  the model's operations are [Echo, Ping]", e.getMessage());
        assertFalse(Files.exists(out().resolve(Fingerprint.FILE_NAME)));
    }

    @Test
    void badJsonNamesFileLineAndColumn() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), "{\n  \"metadata\": {,\n}\n");
        CodegenException e = assertThrows(CodegenException.class,
                () -> new Generation(log, "test-generator").run(request(model, List.of())));
        assertTrue(e.getMessage().contains(model + ":2:16"), e.getMessage());
    }

    @Test
    void failedRunKeepsNoFingerprintThatCouldMatchLater() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        new Generation(log, "test-generator").run(request(model, List.of()));
        DemoModel.write(dir.resolve("model"), DemoModel.SERVICE.replace("\"shape\": \"Count\"", "\"shape\": \"Nope\""));
        assertThrows(CodegenException.class, () -> new Generation(log, "test-generator").run(request(model, List.of())));
        DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        assertTrue(new Generation(log, "test-generator").run(request(model, List.of())).upToDate(),
                "the output of the last good model is still current");
    }

    @Test
    void modelFromAClasspathResourceUsesThePaginatorsBesideIt() {
        GenerateRequest request = new GenerateRequest(new ModelSource.Resource("models/ecr/2015-09-21/service-2.json",
                getClass().getClassLoader()), null, null, null, out(), List.of("DescribeImages"));
        new Generation(log, "test-generator").run(request);
        Fingerprint stored = Fingerprint.read(out()).orElseThrow();
        assertTrue(stored.entry("paginators").orElseThrow().startsWith(Digests.PREFIX), stored.toString());
        assertTrue(stored.entry("waiters").orElseThrow().startsWith(Digests.PREFIX), stored.toString());
        assertTrue(Files.exists(out().resolve("dev/ecrgen/services/ecr/model/DescribeImagesRequest.java")));
    }

    @Test
    void missingResourceSaysWhereToAddIt() {
        GenerateRequest request = new GenerateRequest(new ModelSource.Resource("models/none/service-2.json",
                getClass().getClassLoader()), null, null, null, out(), List.of());
        CodegenException e = assertThrows(CodegenException.class, () -> new Generation(log, "test-generator").run(request));
        assertEquals("[E002] classpath:models/none/service-2.json: no such resource on the plugin's classpath; add the "
                + "artifact that holds it to the plugin's <dependencies>, or use <model> for a file",
                e.problems().get(0).toString());
    }

    @Test
    void explicitPaginatorsFileMustExist() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        GenerateRequest request = new GenerateRequest(new ModelSource.File(model), dir.resolve("none.json"), null,
                "com.example.demo", out(), List.of());
        CodegenException e = assertThrows(CodegenException.class, () -> new Generation(log, "test-generator").run(request));
        assertTrue(e.getMessage().contains("none.json: no such file; check <paginators>"), e.getMessage());
    }

    private Path out() {
        return dir.resolve("out");
    }

    private GenerateRequest request(Path model, List<String> operations) {
        return request(model, operations, out());
    }

    private static GenerateRequest request(Path model, List<String> operations, Path out) {
        return new GenerateRequest(new ModelSource.File(model), null, null, "com.example.demo", out, operations);
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static void setAllTimes(Path root, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
