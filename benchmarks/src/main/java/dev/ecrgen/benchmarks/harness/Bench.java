package dev.ecrgen.benchmarks.harness;

import dev.ecrgen.benchmarks.server.EcrServer;
import dev.ecrgen.benchmarks.server.LoopbackEcrServer;
import dev.ecrgen.benchmarks.server.MinimalEcrServer;
import dev.ecrgen.benchmarks.server.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the measurements that need separate processes, then the report. Parts, in the order they run:
 * {@code closures cold classes steady async codegen plugin report} ({@code all} for every one), or {@code serve}, which
 * only starts the loopback servers, prints their endpoints and runs until stopped (for profiling by hand). Options:
 * {@code --root <dir>} (the project, default the working directory), {@code --runs <n>} (cold-start and generation
 * runs per configuration, default 10), {@code --rounds <n>} (steady-state rounds, default 5), {@code --warmup <s>}
 * and {@code --measure <s>} (per steady run, default 5 and 10), {@code --server-threads <n>} (default 2).
 * Results go to {@code benchmarks/target/results}. Start it with {@code -Dsun.net.httpserver.nodelay=true}.
 */
public final class Bench {

    private static final List<String> PARTS = List.of("closures", "cold", "classes", "steady", "async", "codegen",
            "plugin", "report", "serve");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Paths.get("").toAbsolutePath();
        int runs = 10;
        int rounds = 5;
        double warmup = 5;
        double measure = 10;
        int serverThreads = 2;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Paths.get(args[++i]).toAbsolutePath();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--measure" -> measure = Double.parseDouble(args[++i]);
                case "--server-threads" -> serverThreads = Integer.parseInt(args[++i]);
                case "all" -> parts.addAll(PARTS);
                default -> {
                    if (!PARTS.contains(args[i])) {
                        throw new IllegalArgumentException("unknown part or option " + args[i] + "; parts: " + PARTS);
                    }
                    parts.add(args[i]);
                }
            }
        }
        if (!"true".equals(System.getProperty("sun.net.httpserver.nodelay"))) {
            throw new IllegalStateException("start the harness with -Dsun.net.httpserver.nodelay=true");
        }
        ChildJvm.requireGnuTime();
        Path target = root.resolve("benchmarks/target");
        Path results = target.resolve("results");
        Context context = new Context(root, results, target.resolve("classes"), target.resolve("closures"),
                new ChildJvm(target.resolve("scratch")), runs, rounds, warmup, measure);
        if (parts.stream().anyMatch(p -> !p.equals("report") && !p.equals("serve"))) {
            Environment.write(context);
        }

        TlsMaterial tls = TlsMaterial.in(target.resolve("tls"));
        boolean needsServer = parts.contains("cold") || parts.contains("classes") || parts.contains("steady")
                || parts.contains("async") || parts.contains("serve");
        try (LoopbackEcrServer http = needsServer ? LoopbackEcrServer.http(serverThreads) : null;
                LoopbackEcrServer https = needsServer ? LoopbackEcrServer.https(tls.serverContext(), serverThreads)
                        : null;
                MinimalEcrServer minimal = needsServer ? MinimalEcrServer.start() : null) {
            URI httpEndpoint = http == null ? null : http.endpoint();
            URI httpsEndpoint = https == null ? null : https.endpoint();
            Map<String, EcrServer> steadyServers = new LinkedHashMap<>();
            steadyServers.put(SteadyState.MINIMAL_SERVER, minimal);
            steadyServers.put(SteadyState.HTTP_SERVER, http);
            List<String> failed = new ArrayList<>();
            for (String part : PARTS) {
                if (!parts.contains(part)) {
                    continue;
                }
                long start = System.nanoTime();
                System.out.println("== " + part);
                try {
                    switch (part) {
                        case "closures" -> new Closures(context).run();
                        case "cold" -> new ColdStart(context).run(httpEndpoint, httpsEndpoint, tls.clientJvmOptions());
                        case "classes" -> new ClassLoadProfile(context).run(httpEndpoint, httpsEndpoint,
                                tls.clientJvmOptions());
                        case "steady" -> new SteadyState(context).run(steadyServers);
                        case "async" -> new AsyncRuns(context).run(steadyServers, httpsEndpoint,
                                tls.clientJvmOptions());
                        case "codegen" -> new CodegenTimings(context).run();
                        case "plugin" -> new PluginNoop(context).run();
                        case "report" -> new Report(results).write();
                        case "serve" -> serve(httpEndpoint, httpsEndpoint, minimal.endpoint(), tls);
                        default -> throw new IllegalStateException(part);
                    }
                } catch (RuntimeException e) {
                    failed.add(part);
                    System.out.println("== " + part + " FAILED: " + e.getMessage());
                    e.printStackTrace(System.out);
                    Environment.note(context, part + " failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
                System.out.printf("== %s took %.0f s%n", part, (System.nanoTime() - start) / 1e9);
                if (!part.equals("report") && !part.equals("serve")) {
                    Environment.note(context, "load average after " + part + ": " + Environment.loadAverage());
                }
            }
            if (!failed.isEmpty()) {
                System.out.println("== failed parts: " + failed);
                System.exit(1);
            }
        }
    }

    private static void serve(URI http, URI https, URI minimal, TlsMaterial tls) throws InterruptedException {
        System.out.println("http:  " + http);
        System.out.println("minimal: " + minimal);
        System.out.println("https: " + https + " (clients: " + String.join(" ", tls.clientJvmOptions()) + ")");
        System.out.println("serving until stopped");
        Thread.sleep(Long.MAX_VALUE);
    }
}
