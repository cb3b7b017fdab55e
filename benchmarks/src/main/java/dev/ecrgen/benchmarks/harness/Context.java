package dev.ecrgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are and how long to measure.
 *
 * @param root the project's root directory
 * @param results where result files go
 * @param classes the compiled benchmark programs ({@code benchmarks/target/classes})
 * @param closures where {@code <closure>.classpath} files are
 * @param jvm runs the measured processes
 * @param runs separate-process runs per configuration (cold start, generation)
 * @param rounds steady-state rounds per configuration
 * @param warmupSeconds steady-state warm-up per run
 * @param measureSeconds steady-state measurement per run
 */
public record Context(Path root, Path results, Path classes, Path closures, ChildJvm jvm, int runs, int rounds,
        double warmupSeconds, double measureSeconds) {

    /** The classpath of a closure, as resolved by run.sh. */
    public String closureClasspath(String closure) {
        Path file = closures.resolve(closure + ".classpath");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no classpath for closure " + closure + " at " + file
                    + ": run benchmarks/run.sh, which resolves benchmarks/closures/" + closure + "/pom.xml", e);
        }
    }

    /** The benchmark programs followed by a closure. */
    public String programClasspath(String closure) {
        return classes + File.pathSeparator + closureClasspath(closure);
    }
}
