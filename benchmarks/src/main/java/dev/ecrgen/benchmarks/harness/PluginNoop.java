package dev.ecrgen.benchmarks.harness;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The plugin's no-op run inside Maven: {@code generate-sources} on {@code benchmarks/plugin-noop/pom.xml} once to
 * generate, then again per run, timing the {@code ecrgen:generate} execution from Maven's own timestamped log: from
 * the line that announces it to the next line Maven prints after it. Whether the plugin reported its sources up to
 * date (a true no-op) or generated again is recorded with the figure. In the same rounds, {@code
 * benchmarks/plugin-floor/pom.xml} times a stock plugin execution that does nothing (maven-clean-plugin with
 * {@code skip=true}) the same way: the part of the figure that is Maven's own cost for any plugin execution.
 */
final class PluginNoop {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Context context;
    private final Samples samples;

    PluginNoop(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "plugin");
    }

    void run() {
        List<String> command = generateSources("benchmarks/plugin-noop/pom.xml");
        List<String> floor = generateSources("benchmarks/plugin-floor/pom.xml");
        context.jvm().runOk(command, 300);
        context.jvm().runOk(floor, 300);
        for (int i = 0; i < context.runs(); i++) {
            MojoTime stock = mojoTime(context.jvm().runOk(floor, 300).output(), "--- clean:");
            samples.add("plugin", "floor: a stock plugin execution that does nothing (maven-clean-plugin, skip=true)",
                    "maven", stock.millis(), "ms", true);
            ChildRun run = context.jvm().runOk(command, 300);
            MojoTime mojo = mojoTime(run.output(), "--- ecrgen:");
            samples.add("plugin", mojo.upToDate() ? "plugin no-op run inside Maven (sources up to date)"
                    : "plugin re-run inside Maven, model unchanged (no up-to-date check: generated again, nothing written)",
                    "ecrgen", mojo.millis(), "ms", true);
            samples.add("plugin", "mvn generate-sources (no-op), whole process wall", "ecrgen", run.wallMillis(), "ms",
                    true);
        }
    }

    private List<String> generateSources(String pom) {
        return List.of(context.root().resolve("mvnw").toString(), "-B", "-o", "-f",
                context.root().resolve(pom).toString(), "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS", "generate-sources");
    }

    /** How long the execution took and whether the plugin skipped generation as up to date. */
    record MojoTime(double millis, boolean upToDate) {
    }

    static MojoTime mojoTime(List<String> lines, String announcement) {
        int start = -1;
        boolean upToDate = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (start < 0) {
                if (line.contains(announcement)) {
                    start = i;
                }
                continue;
            }
            if (line.contains("is up to date")) {
                upToDate = true;
            }
            String message = line.length() > 20 ? line.substring(line.indexOf(']') + 1).trim() : "";
            if (message.startsWith("---") || message.startsWith("BUILD")) {
                return new MojoTime(millisBetween(lines.get(start), line), upToDate);
            }
        }
        throw new IllegalStateException("no '" + announcement + "' execution found in Maven's log:\n"
                + String.join("\n", lines));
    }

    private static double millisBetween(String from, String to) {
        LocalTime start = LocalTime.parse(from.substring(0, 12), CLOCK);
        LocalTime end = LocalTime.parse(to.substring(0, 12), CLOCK);
        return Duration.between(start, end).toNanos() / 1e6;
    }
}
