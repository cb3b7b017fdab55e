package dev.ecrgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorIdentityTest {
    private static final List<String> CLASS_FILES = List.of("dev/ecrgen/maven/Generation.class",
            "dev/ecrgen/codegen/CodegenRunner.class", "com/palantir/javapoet/JavaFile.class");

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @Test
    void sameJarIsTheSameGenerator() throws IOException {
        Path jar = jar(dir.resolve("plugin.jar"), "0.1.0-SNAPSHOT", "code");
        String first = identity(jar);
        assertEquals(first, identity(jar));
        assertTrue(first.startsWith("ecrgen-codegen 0.1.0-SNAPSHOT " + Digests.PREFIX), first);
    }

    @Test
    void rebuiltSnapshotJarIsAnotherGenerator() throws IOException {
        Path jar = jar(dir.resolve("plugin.jar"), "0.1.0-SNAPSHOT", "code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
        String before = identity(jar);

        jar(jar, "0.1.0-SNAPSHOT", "code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000L));
        assertNotEquals(before, identity(jar), "same bytes, rebuilt later");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
        assertEquals(before, identity(jar));
        jar(jar, "0.1.0-SNAPSHOT", "other code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
        assertNotEquals(before, identity(jar), "other size, same time");
    }

    @Test
    void generatorInAnotherJarIsAnotherGenerator() throws IOException {
        Path jar = jar(dir.resolve("a/plugin.jar"), "0.1.0-SNAPSHOT", "code");
        Path copy = Files.copy(jar, Files.createDirectories(dir.resolve("b")).resolve("plugin.jar"));
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(jar));
        assertNotEquals(identity(jar), identity(copy));
    }

    @Test
    void classDirectoryChangesWithAnyFileInIt() throws IOException {
        Path classes = dir.resolve("classes");
        for (String classFile : CLASS_FILES) {
            Files.createDirectories(classes.resolve(classFile).getParent());
            Files.writeString(classes.resolve(classFile), "code");
        }
        Path other = classes.resolve("dev/ecrgen/codegen/emit/Emitter.class");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "code");
        String before = identity(classes);
        assertTrue(before.startsWith("ecrgen-codegen (unpackaged) "), before);
        assertEquals(before, identity(classes));

        Files.writeString(other, "changed code");
        assertNotEquals(before, identity(classes));
    }

    @Test
    void changedGeneratorRegeneratesTheSameModel() throws IOException {
        Path model = DemoModel.write(dir.resolve("model"), DemoModel.SERVICE);
        GenerateRequest request = new GenerateRequest(new ModelSource.File(model), null, null, "com.example.demo",
                dir.resolve("out"), List.of());
        Path jar = jar(dir.resolve("plugin.jar"), "0.1.0-SNAPSHOT", "code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
        String built = identity(jar);
        assertFalse(new Generation(log, built).run(request).upToDate());
        assertTrue(new Generation(log, identity(jar)).run(request).upToDate());

        jar(jar, "0.1.0-SNAPSHOT", "code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000L));
        String rebuilt = identity(jar);
        Generation.Outcome outcome = new Generation(log, rebuilt).run(request);
        assertFalse(outcome.upToDate());
        assertEquals(List.of("the generator changed (" + built + " -> " + rebuilt + ")"), outcome.reasons());
        assertTrue(new Generation(log, rebuilt).run(request).upToDate());
    }

    @Test
    void pluginOnTheTestClassPathHasAnIdentity() {
        String identity = GeneratorIdentity.current();
        assertTrue(identity.startsWith("ecrgen-codegen "), identity);
        assertEquals(identity, GeneratorIdentity.current());
    }

    /** The identity of the generator a class loader finds only in {@code code} (a jar or a class directory). */
    private static String identity(Path code) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {code.toUri().toURL()}, null)) {
            return GeneratorIdentity.of(loader);
        }
    }

    /** A jar holding the generator's class files (with {@code content} as their bytes) and the codegen version. */
    private static Path jar(Path jar, String version, String content) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/maven/dev.ecrgen/ecrgen-codegen/pom.properties"));
            zip.write(("version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
            for (String classFile : CLASS_FILES) {
                zip.putNextEntry(new ZipEntry(classFile));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
