package dev.ecrgen.benchmarks.harness;

import java.util.List;

/** The figures read from a GNU {@code time -v} report. */
record TimeReport(double cpuSeconds, long maxRssKib) {

    static TimeReport parse(List<String> lines) {
        double user = -1;
        double system = -1;
        long rss = -1;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("User time (seconds):")) {
                user = Double.parseDouble(after(line));
            } else if (line.startsWith("System time (seconds):")) {
                system = Double.parseDouble(after(line));
            } else if (line.startsWith("Maximum resident set size (kbytes):")) {
                rss = Long.parseLong(after(line));
            }
        }
        if (user < 0 || system < 0 || rss < 0) {
            throw new IllegalStateException("not a GNU time -v report: " + lines);
        }
        return new TimeReport(user + system, rss);
    }

    private static String after(String line) {
        return line.substring(line.lastIndexOf(':') + 1).trim();
    }
}
