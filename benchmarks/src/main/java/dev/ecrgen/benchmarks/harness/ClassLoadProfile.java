package dev.ecrgen.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the classes each configuration loads before its first answer, with {@code -Xlog:class+load} on standard
 * output and the program's {@code ANSWER} line as the marker, and writes where they come from (the JDK's shared
 * archive, the JDK's modules, each jar) and the busiest packages to {@code classload-<config>-<scheme>.txt}.
 */
final class ClassLoadProfile {

    private static final String TAG = "[class,load]";

    private final Context context;
    private final Samples samples;

    ClassLoadProfile(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "classes");
    }

    void run(URI http, URI https, List<String> tlsOptions) {
        for (ClientConfig config : ClientConfig.ALL) {
            String classpath = context.programClasspath(config.closure());
            profile(config.name(), config.label(), "http", List.of(), classpath, config.mainClass(),
                    List.of("cold", http.toString()));
            profile(config.name(), config.label(), "https", tlsOptions, classpath, config.mainClass(),
                    List.of("cold", https.toString()));
        }
        String floor = "dev.ecrgen.benchmarks.floor.";
        String plain = context.classes().toString();
        profile("empty-main", "an empty main", "http", List.of(), plain, floor + "EmptyMain", List.of());
        profile("urlconnection-post", "one bare HttpURLConnection POST", "http", List.of(), plain,
                floor + "UrlConnectionPostMain", List.of(http.toString()));
        profile("post+sdk-sigv4+json", "POST signed by the AWS SDK signer, parsed by the runtime's JsonReader", "http",
                List.of(), context.programClasspath("ecrgen"), floor + "SignedPostMain", List.of(http.toString()));
        profile("post+jdk-sigv4+json", "POST signed with MessageDigest only, parsed by the runtime's JsonReader", "http",
                List.of(), context.programClasspath("ecrgen"), floor + "JdkSignedPostMain", List.of(http.toString()));
        profile("urlconnection-post", "one bare HttpsURLConnection POST", "https", tlsOptions, plain,
                floor + "UrlConnectionPostMain", List.of(https.toString()));
    }

    private void profile(String name, String label, String scheme, List<String> options, String classpath,
            String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        command.addAll(options);
        command.add("-Xlog:class+load=info:stdout");
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        ChildRun run = context.jvm().runOk(command, 120);

        List<String> loaded = new ArrayList<>();
        for (String line : run.output()) {
            if (line.startsWith("ANSWER")) {
                break;
            }
            if (line.contains(TAG)) {
                loaded.add(line.substring(line.indexOf(TAG) + TAG.length()).trim());
            }
        }
        samples.add("classes-" + scheme, "classes loaded before the first answer", name, loaded.size(), "classes",
                true);
        write(name, label, scheme, loaded);
    }

    private void write(String name, String label, String scheme, List<String> loaded) {
        Map<String, Integer> bySource = new TreeMap<>();
        Map<String, Integer> byPackage = new TreeMap<>();
        Map<String, Integer> lambdaHosts = new TreeMap<>();
        for (String entry : loaded) {
            int space = entry.indexOf(' ');
            String className = space < 0 ? entry : entry.substring(0, space);
            String source = source(entry);
            bySource.merge(source, 1, Integer::sum);
            byPackage.merge(packageOf(className), 1, Integer::sum);
            if (source.startsWith("lambdas")) {
                lambdaHosts.merge(packageOf(entry.substring(entry.indexOf("source: ") + 8).trim()), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(label).append(" over ").append(scheme).append(": ").append(loaded.size())
                .append(" classes loaded before the first answer\n\nby source:\n");
        top(bySource, 40).forEach((k, v) -> text.append(String.format("%6d  %s%n", v, k)));
        text.append("\nlambdas and hidden classes, by the package that spun them:\n");
        top(lambdaHosts, 40).forEach((k, v) -> text.append(String.format("%6d  %s%n", v, k)));
        text.append("\nby package (top 40):\n");
        top(byPackage, 40).forEach((k, v) -> text.append(String.format("%6d  %s%n", v, k)));
        text.append("\nin load order:\n");
        loaded.forEach(l -> text.append(l).append('\n'));
        Path file = context.results().resolve("classload-" + name.replace('+', '-') + "-" + scheme + ".txt");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String source(String entry) {
        int at = entry.indexOf("source: ");
        if (at < 0) {
            return "(no source)";
        }
        String source = entry.substring(at + "source: ".length());
        if (source.startsWith("shared objects file")) {
            return "JDK, from the CDS archive";
        }
        if (source.startsWith("jrt:/")) {
            return "JDK module " + source.substring(5) + " (not archived)";
        }
        int jar = source.lastIndexOf(".jar");
        if (jar > 0) {
            return source.substring(source.lastIndexOf('/', jar) + 1, jar + 4);
        }
        if (source.startsWith("file:")) {
            return "benchmark programs (" + source.substring(5) + ")";
        }
        if (source.startsWith("__")) {
            return "method-handle forms spun at run time (" + source + ")";
        }
        return "lambdas and other hidden classes spun at run time";
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "(default)" : className.substring(0, dot);
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int limit) {
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(limit)
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
