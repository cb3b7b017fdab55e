package dev.ecrgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes where and when the measurements were taken, and how loaded the machine was, to {@code environment.txt}. */
final class Environment {

    private Environment() {
    }

    static void write(Context context) {
        StringBuilder text = new StringBuilder();
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        text.append("os: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        text.append("processors: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        text.append("cpu: ").append(cpuModel()).append('\n');
        text.append("load average at start: ").append(loadAverage()).append('\n');
        text.append("memory: ").append(firstLine("/proc/meminfo")).append('\n');
        text.append("project: ").append(git(context, "rev-parse", "--short", "HEAD")).append(", ")
                .append(git(context, "status", "--porcelain").lines().count()).append(" paths changed since that commit\n");
        text.append("ecrgen jars measured: ").append(ecrgenJars(context)).append('\n');
        text.append("runs: ").append(context.runs()).append(", steady rounds: ").append(context.rounds())
                .append(", steady warm-up/measure: ").append(context.warmupSeconds()).append(" s/")
                .append(context.measureSeconds()).append(" s\n");
        Path file = context.results().resolve("environment.txt");
        try {
            Files.createDirectories(context.results());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends a line to {@code environment.txt}. */
    static void note(Context context, String line) {
        Path file = context.results().resolve("environment.txt");
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        String[] parts = read("/proc/loadavg").split(" ");
        return parts.length < 3 ? "unknown" : parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static String git(Context context, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", context.root().toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The ecrgen jars on the generated client's closure, with their sizes and times, to tell which build was measured. */
    private static String ecrgenJars(Context context) {
        List<String> jars = new ArrayList<>();
        String classpath;
        try {
            classpath = context.closureClasspath("ecrgen");
        } catch (UncheckedIOException e) {
            return "unknown (closure not resolved)";
        }
        for (String entry : classpath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (jar.getFileName().toString().startsWith("ecrgen-")) {
                try {
                    jars.add(jar.getFileName() + " (" + Files.size(jar) + " bytes, " + Files.getLastModifiedTime(jar)
                            + ")");
                } catch (IOException e) {
                    jars.add(jar.getFileName() + " (unreadable)");
                }
            }
        }
        return String.join(", ", jars);
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String firstLine(String path) {
        String text = read(path);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
