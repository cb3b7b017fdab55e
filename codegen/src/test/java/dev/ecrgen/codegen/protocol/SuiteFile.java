package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ecrgen.codegen.testing.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of protocol suites in the botocore format: a JSON array of suites, each with metadata, shapes and cases.
 * Numbers are read exactly as written (decimals as {@code BigDecimal}, trailing zeros kept, so an old-style numeric
 * {@code "jsonVersion": 1.0} stays "1.0") and compare by value, not by binary rounding.
 */
record SuiteFile(String name, Path path, List<JsonNode> suites) {
    /** The system property that lists the suite files to run, comma-separated. */
    static final String PROPERTY = "ecrgen.protocolSuites";

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The files named by {@value #PROPERTY}, or the shared JSON suites and the project's legacy ones when it is not set. */
    static List<SuiteFile> configured() {
        String listed = System.getProperty(PROPERTY, "").trim();
        List<SuiteFile> files = new ArrayList<>();
        if (listed.isEmpty()) {
            for (String file : List.of("input.json", "output.json")) {
                Path path = SharedFiles.resolve("protocol-tests/json/" + file);
                files.add(read(path.normalize().toString(), path));
            }
            for (String file : List.of("legacy-input.json", "legacy-output.json")) {
                files.add(read("protocol/" + file, resource("/protocol/" + file)));
            }
            return files;
        }
        for (String entry : listed.split(",")) {
            String name = entry.trim();
            if (!name.isEmpty()) {
                files.add(read(name, locate(name)));
            }
        }
        if (files.isEmpty()) {
            throw new AssertionError(PROPERTY + " names no file: '" + listed + "'");
        }
        return files;
    }

    private static Path resource(String name) {
        URL url = SuiteFile.class.getResource(name);
        if (url == null) {
            throw new AssertionError("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError("test resource " + name + " has no file path: " + url, e);
        }
    }

    /** A listed path as given, or else relative to the project root (tests run in the module folder). */
    private static Path locate(String name) {
        Path path = Path.of(name);
        if (Files.exists(path) || path.isAbsolute()) {
            return path;
        }
        Path fromRoot = Path.of("..").resolve(name);
        return Files.exists(fromRoot) ? fromRoot : path;
    }

    private static SuiteFile read(String name, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("protocol suite file not found: " + path.toAbsolutePath()
                    + " (listed in " + PROPERTY + " or the shared folder)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read protocol suite file " + path + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new AssertionError("protocol suite file " + path + " must hold a JSON array of suites");
        }
        List<JsonNode> suites = new ArrayList<>();
        root.forEach(suites::add);
        return new SuiteFile(name, path, List.copyOf(suites));
    }
}
