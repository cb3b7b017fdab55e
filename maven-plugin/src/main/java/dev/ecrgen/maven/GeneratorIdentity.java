package dev.ecrgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Identifies the generator that produces the sources: the codegen version plus a checksum of where the code of this
 * plugin, of the generator and of JavaPoet comes from, each jar by its path, size and modification time. A version
 * alone is not enough while it is a snapshot: a rebuilt jar has a new modification time, so it counts as a new
 * generator and the next build regenerates. Nothing here reads the jars' contents or loads the generator's classes, so
 * an up-to-date check stays cheap.
 */
public final class GeneratorIdentity {
    private static final String POM_PROPERTIES = "META-INF/maven/dev.ecrgen/ecrgen-codegen/pom.properties";

    /** A class file of each part of the generator; they may all be in one jar. */
    private static final List<String> CODE = List.of(
            "dev/ecrgen/maven/Generation.class",
            "dev/ecrgen/codegen/CodegenRunner.class",
            "com/palantir/javapoet/JavaFile.class");

    private static volatile String current;

    private GeneratorIdentity() {}

    /** The identity of the generator on this plugin's class path, computed once. */
    public static String current() {
        String identity = current;
        if (identity == null) {
            identity = of(GeneratorIdentity.class.getClassLoader());
            current = identity;
        }
        return identity;
    }

    /** The identity of the generator that {@code loader} provides. */
    static String of(ClassLoader loader) {
        Set<Path> locations = new LinkedHashSet<>();
        for (String classFile : CODE) {
            Path location = location(loader.getResource(classFile), classFile);
            if (location != null) {
                locations.add(location);
            }
        }
        StringBuilder facts = new StringBuilder();
        for (Path location : locations) {
            facts.append(facts(location));
        }
        return version(loader) + " " + Digests.checksum(facts.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String version(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "ecrgen-codegen (unpackaged)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return "ecrgen-codegen " + properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "ecrgen-codegen (version unreadable)";
        }
    }

    /** The jar, or the root of the class directory, that holds a class file; null when it is not a local file. */
    static Path location(URL classFile, String name) {
        if (classFile == null) {
            return null;
        }
        try {
            if ("jar".equals(classFile.getProtocol())) {
                String path = classFile.getPath();
                int separator = path.indexOf("!/");
                URI jar = new URI(separator < 0 ? path : path.substring(0, separator));
                return "file".equals(jar.getScheme()) ? Path.of(jar) : null;
            }
            if ("file".equals(classFile.getProtocol())) {
                Path file = Path.of(classFile.toURI());
                Path root = file;
                for (int i = name.split("/").length; i > 0 && root != null; i--) {
                    root = root.getParent();
                }
                return root;
            }
            return null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Path, size and modification time of a jar, one line; for a class directory (tests, an IDE) the same of every
     * file below it.
     */
    static String facts(Path location) {
        try {
            if (Files.isRegularFile(location)) {
                return line(location.toString(), Files.readAttributes(location, BasicFileAttributes.class));
            }
            List<String> lines = new ArrayList<>();
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        lines.add(line(file.toString(), attributes));
                    }
                }
            }
            lines.sort(null);
            return String.join("", lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator's code at " + location + ": " + e.getMessage(), e);
        }
    }

    private static String line(String path, BasicFileAttributes attributes) {
        return path + ' ' + attributes.size() + ' ' + attributes.lastModifiedTime().toMillis() + '\n';
    }
}
