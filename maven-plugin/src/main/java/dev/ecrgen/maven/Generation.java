package dev.ecrgen.maven;

import dev.ecrgen.codegen.write.SourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * One run of the plugin without Maven's plumbing: read the inputs, compare their fingerprint with the stored one, and
 * either report that the output is up to date (touching nothing) or generate through {@link SourceGeneration}. The
 * up-to-date check refers to none of the generator's classes, so a build with nothing to do never loads them.
 */
public final class Generation {
    /** The generator's list of the files it wrote; a constant, so naming it here loads no generator class. */
    private static final String MANIFEST = SourceWriter.MANIFEST;

    private final Log log;
    private final String generator;

    /** A generation that logs to {@code log} and fingerprints the generator on the class path. */
    public Generation(Log log) {
        this(log, GeneratorIdentity.current());
    }

    Generation(Log log, String generator) {
        this.log = log;
        this.generator = generator;
    }

    /** What a run did. */
    public record Outcome(boolean upToDate, List<String> reasons, Written written) {
        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }

    /** The files of a run that generated, as paths relative to the output directory; nothing for an up-to-date run. */
    public record Written(int generated, List<String> written, List<String> unchanged, List<String> deleted) {
        static final Written NOTHING = new Written(0, List.of(), List.of(), List.of());

        public Written {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }
    }

    /**
     * Generates when anything changed since the last run.
     *
     * @throws dev.ecrgen.codegen.CodegenException when the inputs cannot be read or the model is not valid; the message
     *     is the report
     * @throws UncheckedIOException when the output directory cannot be written
     */
    public Outcome run(GenerateRequest request) {
        Path output = request.outputDirectory();
        ModelInputs inputs = ModelInputs.read(request);
        Fingerprint current = Fingerprint.of(inputs, request, generator);
        List<String> reasons = reasons(current, Fingerprint.read(output), output);
        if (reasons.isEmpty()) {
            log.info("ecrgen: " + output + " is up to date with " + request.model().displayName());
            return new Outcome(true, List.of(), Written.NOTHING);
        }
        log.info("ecrgen: generating from " + request.model().displayName() + " because " + String.join("; ", reasons));
        Written result = SourceGeneration.generate(inputs, request, current, warning -> log.warn("ecrgen: " + warning));
        log.info("ecrgen: " + result.generated() + " files in " + output + ": " + result.written().size() + " written, "
                + result.unchanged().size() + " unchanged, " + result.deleted().size() + " deleted");
        for (String deleted : result.deleted()) {
            log.info("ecrgen: deleted " + deleted + " (no longer generated)");
        }
        return new Outcome(false, reasons, result);
    }

    private static List<String> reasons(Fingerprint current, Optional<Fingerprint> stored, Path output) {
        if (stored.isEmpty()) {
            return List.of("there is no fingerprint of an earlier run in the output directory");
        }
        List<String> reasons = new ArrayList<>(current.changesSince(stored.get()));
        Optional<String> missing = missingOutput(output);
        if (missing.isPresent()) {
            reasons.add(missing.get());
        }
        return reasons;
    }

    /**
     * Why the output of the last run is incomplete, e.g. files deleted by hand; empty when it is whole. Each directory
     * is listed once rather than each of the hundreds of files looked up on its own.
     */
    private static Optional<String> missingOutput(Path output) {
        try {
            int missing = 0;
            Map<Path, Set<String>> listings = new HashMap<>();
            for (String line : Files.readAllLines(output.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Path file = output.resolve(line.trim());
                Set<String> names = listings.get(file.getParent());
                if (names == null) {
                    names = fileNames(file.getParent());
                    listings.put(file.getParent(), names);
                }
                if (!names.contains(file.getFileName().toString())) {
                    missing++;
                }
            }
            return missing == 0 ? Optional.empty()
                    : Optional.of(missing + (missing == 1 ? " generated file is" : " generated files are") + " missing");
        } catch (NoSuchFileException e) {
            return Optional.of("the list of generated files (" + MANIFEST + ") is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output.resolve(MANIFEST) + ": " + e.getMessage(), e);
        }
    }

    /** The names in a directory, read without looking at each entry; none when the directory is not there. */
    private static Set<String> fileNames(Path directory) {
        String[] names = directory.toFile().list();
        return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
    }
}
