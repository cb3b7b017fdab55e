package dev.ecrgen.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command (usually a JVM) under GNU {@code /usr/bin/time -v}, timing it from outside: wall time from start to
 * exit, time to the first line starting with {@code ANSWER}, CPU time and peak RSS as GNU time reports them.
 */
public final class ChildJvm {

    private static final String TIME = "/usr/bin/time";

    private final Path scratch;

    /** Uses {@code scratch} for GNU time's report files. */
    public ChildJvm(Path scratch) {
        this.scratch = scratch;
    }

    /** The {@code java} launcher of the JVM running the harness. */
    public static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Fails plainly when GNU time is missing. */
    public static void requireGnuTime() {
        if (!Files.isExecutable(Paths.get(TIME))) {
            throw new IllegalStateException(TIME + " is missing: install GNU time (apt-get install time)");
        }
    }

    /** Runs {@code command} to its end, at most {@code timeoutSeconds}. */
    public ChildRun run(List<String> command, long timeoutSeconds) {
        try {
            Files.createDirectories(scratch);
            Path report = Files.createTempFile(scratch, "time-", ".txt");
            List<String> full = new ArrayList<>(List.of(TIME, "-v", "-o", report.toString()));
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full);
            Path errorFile = Files.createTempFile(scratch, "stderr-", ".txt");
            builder.redirectError(errorFile.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            List<String> output = new ArrayList<>();
            double firstAnswer = -1;
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (firstAnswer < 0 && line.startsWith("ANSWER")) {
                        firstAnswer = (System.nanoTime() - start) / 1e6;
                    }
                    output.add(line);
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
            }
            double wall = (System.nanoTime() - start) / 1e6;
            String errors = Files.readString(errorFile);
            TimeReport time = TimeReport.parse(Files.readAllLines(report));
            Files.deleteIfExists(report);
            Files.deleteIfExists(errorFile);
            return new ChildRun(wall, firstAnswer, time.cpuSeconds(), time.maxRssKib(), process.exitValue(), output,
                    errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Like {@link #run} but fails, with the process's standard error, when it exits with a code other than 0. */
    public ChildRun runOk(List<String> command, long timeoutSeconds) {
        ChildRun run = run(command, timeoutSeconds);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("exit code " + run.exitCode() + " from " + command + "\n" + run.errors());
        }
        return run;
    }
}
