package dev.ecrgen.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The raw measurements of one part of the run, one per line in {@code <part>.tsv}:
 * {@code section, figure, configuration, value, unit, better} (better is {@code lower} or {@code higher}).
 * Every sample is kept so medians can be checked; the file is replaced when the part runs again.
 */
final class Samples {

    private final Path file;

    Samples(Path results, String part) {
        this.file = results.resolve(part + ".tsv");
        try {
            Files.createDirectories(results);
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void add(String section, String figure, String config, double value, String unit, boolean lowerIsBetter) {
        String line = String.join("\t", section, figure, config, String.format(Locale.ROOT, "%.6f", value), unit,
                lowerIsBetter ? "lower" : "higher") + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
