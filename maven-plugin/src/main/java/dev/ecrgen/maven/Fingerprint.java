package dev.ecrgen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the generated sources depend on, stored beside them: checksums of the model, paginators and waiters bytes
 * ({@link Digests}), the settings that shape the output, and the generator's identity ({@link GeneratorIdentity}). When the fingerprint of a build equals the stored
 * one, the output is up to date. The file carries a format version; a file of another format never matches, so a
 * change to what is fingerprinted always regenerates once.
 */
public final class Fingerprint {
    /** The file name, in the output directory. */
    public static final String FILE_NAME = ".ecrgen-fingerprint";
    /**
     * Bump when the set or meaning of the entries changes. 2: CRC checksums of the inputs instead of SHA-256, and a
     * generator identity from the jars' paths, sizes and modification times instead of their contents.
     */
    public static final int FORMAT = 3;

    private static final String FORMAT_KEY = "format";
    private static final String ABSENT = "absent";
    private static final String DEFAULT_PACKAGE = "(default)";
    private static final String ALL_OPERATIONS = "(all)";
    private static final List<String> KEYS =
            List.of("generator", "model", "paginators", "waiters", "endpointRules", "basePackage", "operations");

    private final String format;
    private final Map<String, String> entries;

    private Fingerprint(String format, Map<String, String> entries) {
        this.format = format;
        this.entries = Map.copyOf(entries);
    }

    /** The fingerprint of a build about to run. */
    public static Fingerprint of(ModelInputs inputs, GenerateRequest request, String generator) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("generator", generator);
        entries.put("model", digest(inputs.model()));
        entries.put("paginators", digest(inputs.paginators()));
        entries.put("waiters", digest(inputs.waiters()));
        entries.put("endpointRules", digest(inputs.endpointRules()));
        entries.put("basePackage", request.basePackage() == null ? DEFAULT_PACKAGE : request.basePackage());
        // the allow-list is a set: its order does not change the output
        entries.put("operations", request.operations().isEmpty()
                ? ALL_OPERATIONS : String.join(",", new TreeSet<>(request.operations())));
        return new Fingerprint(Integer.toString(FORMAT), entries);
    }

    /** The fingerprint stored in an output directory, if there is one. */
    public static Optional<Fingerprint> read(Path outputDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(outputDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // an unreadable fingerprint only costs a regeneration
            return Optional.of(new Fingerprint("unreadable", Map.of()));
        }
        String format = "missing";
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals);
            String value = line.substring(equals + 1);
            if (key.equals(FORMAT_KEY)) {
                format = value;
            } else {
                entries.put(key, value);
            }
        }
        return Optional.of(new Fingerprint(format, entries));
    }

    /** Removes the stored fingerprint, so an interrupted generation is never taken as up to date. */
    public static void delete(Path outputDirectory) {
        try {
            Files.deleteIfExists(outputDirectory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + outputDirectory.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Stores this fingerprint in the output directory. */
    public void write(Path outputDirectory) {
        StringBuilder text = new StringBuilder()
                .append("# What the generated sources here were made from; delete this file to force regeneration.\n")
                .append(FORMAT_KEY).append('=').append(format).append('\n');
        for (String key : KEYS) {
            text.append(key).append('=').append(entries.get(key)).append('\n');
        }
        try {
            Files.createDirectories(outputDirectory);
            Files.writeString(outputDirectory.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputDirectory.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** What differs from an earlier fingerprint, in words for the build log; empty when nothing does. */
    public List<String> changesSince(Fingerprint earlier) {
        if (!format.equals(earlier.format)) {
            return List.of("the stored fingerprint has format " + earlier.format + ", this build writes format " + format);
        }
        List<String> changes = new ArrayList<>();
        for (String key : KEYS) {
            String before = earlier.entries.get(key);
            String now = entries.get(key);
            if (!Objects.equals(before, now)) {
                changes.add(describe(key, before, now));
            }
        }
        return changes;
    }

    /** The stored value of one entry, for tests and diagnostics. */
    public Optional<String> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && format.equals(that.format) && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, entries);
    }

    @Override
    public String toString() {
        return "Fingerprint" + entries;
    }

    private static String describe(String key, String before, String now) {
        return switch (key) {
            case "model" -> "the model changed";
            case "generator" -> "the generator changed (" + before + " -> " + now + ")";
            case "paginators", "waiters" -> ABSENT.equals(before) ? key + " file appeared"
                    : ABSENT.equals(now) ? key + " file disappeared" : key + " file changed";
            default -> key + " changed from " + before + " to " + now;
        };
    }

    private static String digest(ModelInput input) {
        return input.isPresent() ? Digests.checksum(input.content()) : ABSENT;
    }
}
