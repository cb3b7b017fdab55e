package dev.ecrgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runtime closures: the jars (the client and every runtime dependency) a user of each configuration ships, as Maven
 * resolves {@code benchmarks/closures/<name>/pom.xml}. Writes the jar count and total size, and the jar list,
 * largest first, to {@code closure-<name>.txt}.
 */
final class Closures {

    private final Context context;
    private final Samples samples;

    Closures(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "closures");
    }

    void run() {
        List<ClientConfig> configs = new ArrayList<>(ClientConfig.ALL);
        // the async transport candidate on Apache HttpClient 5: what shipping it would add
        configs.add(new ClientConfig("ecrgen-apache5", "ecrgen with httpclient5", "", "ecrgen-apache5", false));
        for (ClientConfig config : configs) {
            List<Path> jars = new ArrayList<>();
            for (String entry : context.closureClasspath(config.closure()).split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(Paths.get(entry));
                }
            }
            jars.sort(Comparator.comparingLong(Closures::size).reversed());
            long total = 0;
            StringBuilder text = new StringBuilder();
            for (Path jar : jars) {
                total += size(jar);
                text.append(String.format("%10d  %s%n", size(jar), jar.getFileName()));
            }
            text.insert(0, String.format("%s: %d jars, %d bytes%n%n", config.label(), jars.size(), total));
            samples.add("closure", "runtime closure, jars", config.name(), jars.size(), "jars", true);
            samples.add("closure", "runtime closure, size", config.name(), total / 1e6, "MB", true);
            write(context.results().resolve("closure-" + config.name() + ".txt"), text.toString());
        }
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + jar + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
