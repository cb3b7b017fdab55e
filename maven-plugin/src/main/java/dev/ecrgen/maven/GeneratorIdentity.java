package dev.ecrgen.maven;

import com.palantir.javapoet.JavaFile;
import dev.ecrgen.codegen.CodegenRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Identifies the generator that produces the sources: the codegen version plus a digest of the code of the generator
 * and of JavaPoet. A version alone is not enough while it is a snapshot, so any change to the generator's classes
 * counts as a new generator and makes the next build regenerate.
 */
public final class GeneratorIdentity {
    private static final String POM_PROPERTIES = "META-INF/maven/dev.ecrgen/ecrgen-codegen/pom.properties";

    private static volatile String current;

    private GeneratorIdentity() {}

    /** The identity of the generator on this class path, computed once. */
    public static String current() {
        String identity = current;
        if (identity == null) {
            identity = version() + " " + Digests.sha256(codeDigests(List.of(CodegenRunner.class, JavaFile.class)));
            current = identity;
        }
        return identity;
    }

    private static String version() {
        try (InputStream in = CodegenRunner.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
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

    private static byte[] codeDigests(List<Class<?>> types) {
        StringBuilder digests = new StringBuilder();
        for (Class<?> type : types) {
            digests.append(type.getName()).append('=').append(codeDigest(type)).append('\n');
        }
        return digests.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The digest of the jar, or of every file of the class directory, that a class was loaded from. */
    private static String codeDigest(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return "unknown-location";
        }
        try {
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                return Digests.sha256(Files.readAllBytes(path));
            }
            return directoryDigest(path);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unknown-location";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator's code at " + location + ": " + e.getMessage(), e);
        }
    }

    private static String directoryDigest(Path root) throws IOException {
        StringBuilder listing = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                listing.append(root.relativize(file).toString().replace('\\', '/')).append('=')
                        .append(Digests.sha256(Files.readAllBytes(file))).append('\n');
            }
        }
        return Digests.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }
}
