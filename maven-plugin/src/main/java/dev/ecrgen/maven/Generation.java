package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.codegen.write.SourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * One run of the plugin without Maven's plumbing: read the inputs, compare their fingerprint with the stored one, and
 * either report that the output is up to date (touching nothing) or generate through {@link CodegenRunner}, which
 * rewrites only changed files and deletes files no longer produced.
 */
public final class Generation {
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
    public record Outcome(boolean upToDate, List<String> reasons, SourceWriter.Result written) {
        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Generates when anything changed since the last run.
     *
     * @throws CodegenException when the inputs cannot be read or the model is not valid; the message is the report
     * @throws UncheckedIOException when the output directory cannot be written
     */
    public Outcome run(GenerateRequest request) {
        Path output = request.outputDirectory();
        ModelInputs inputs = ModelInputs.read(request);
        Fingerprint current = Fingerprint.of(inputs, request, generator);
        List<String> reasons = reasons(current, Fingerprint.read(output), output);
        if (reasons.isEmpty()) {
            log.info("ecrgen: " + output + " is up to date with " + request.model().displayName());
            return new Outcome(true, List.of(), new SourceWriter.Result(List.of(), List.of(), List.of()));
        }
        log.info("ecrgen: generating from " + request.model().displayName() + " because " + String.join("; ", reasons));
        List<GeneratedSource> sources =
                CodegenRunner.generate(inputs.toBundle(), request.basePackage(), request.operations());
        Fingerprint.delete(output);
        SourceWriter.Result result = SourceWriter.write(output, sources);
        current.write(output);
        log.info("ecrgen: " + sources.size() + " files in " + output + ": " + result.written().size() + " written, "
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
        missingOutput(output).ifPresent(reasons::add);
        return reasons;
    }

    /** Why the output of the last run is incomplete, e.g. files deleted by hand; empty when it is whole. */
    private static Optional<String> missingOutput(Path output) {
        try {
            int missing = 0;
            for (String line : Files.readAllLines(output.resolve(SourceWriter.MANIFEST), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !Files.isRegularFile(output.resolve(line.trim()))) {
                    missing++;
                }
            }
            return missing == 0 ? Optional.empty()
                    : Optional.of(missing + (missing == 1 ? " generated file is" : " generated files are") + " missing");
        } catch (NoSuchFileException e) {
            return Optional.of("the list of generated files (" + SourceWriter.MANIFEST + ") is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output.resolve(SourceWriter.MANIFEST) + ": " + e.getMessage(), e);
        }
    }
}
