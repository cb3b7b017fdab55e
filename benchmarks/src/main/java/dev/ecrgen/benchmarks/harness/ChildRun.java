package dev.ecrgen.benchmarks.harness;

import java.util.List;

/**
 * What one separate process did, measured from outside.
 *
 * @param wallMillis from starting the process to its exit, seen by the harness
 * @param firstAnswerMillis from starting the process to the line that reports its first answer; -1 when none came
 * @param cpuSeconds user plus system CPU time, from GNU time
 * @param maxRssKib peak resident set size in KiB, from GNU time
 * @param exitCode the process's exit code
 * @param output the lines the process printed on standard output
 * @param errors what it printed on standard error
 */
public record ChildRun(double wallMillis, double firstAnswerMillis, double cpuSeconds, long maxRssKib, int exitCode,
        List<String> output, String errors) {

    public ChildRun {
        output = List.copyOf(output);
    }

    /** The first output line starting with {@code prefix}, or null. */
    public String line(String prefix) {
        for (String line : output) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** The number after {@code key=} in the first line starting with {@code prefix}. */
    public double value(String prefix, String key) {
        String line = line(prefix);
        if (line == null) {
            throw new IllegalStateException("the process printed no line starting with " + prefix + "; exit code "
                    + exitCode + ", standard error: " + errors);
        }
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException("no " + key + "= in: " + line);
    }
}
