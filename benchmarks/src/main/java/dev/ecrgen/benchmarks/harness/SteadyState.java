package dev.ecrgen.benchmarks.harness;

import dev.ecrgen.benchmarks.server.EcrServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Steady state: one JVM per run that calls in a loop for a warm-up and then a measured window, against each loopback
 * server: the minimal one ({@code MinimalEcrServer}), where the client's own cost dominates, and the JDK
 * {@code HttpServer}, which costs more per request. Small calls ({@code DescribeRepositories}) at 1 and 4 threads,
 * and, against the JDK server, {@code DescribeImages} with 1000 images at 1 thread. Beside calls/s: the client
 * process's CPU time per call inside the window and the server's CPU time per request over the run. The plain JDK
 * load floors (raw keep-alive socket, {@code HttpURLConnection}) run in the same rounds.
 */
final class SteadyState {

    private static final String FLOOR = "dev.ecrgen.benchmarks.floor.LoadMain";

    /** One steady run: a program, a server, a workload and a thread count. */
    private record Load(String name, String server, String classpath, String mainClass, String mode, String op,
            int threads) {
    }

    private final Context context;
    private final Samples samples;

    SteadyState(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "steady");
    }

    /** Runs every load against every server; {@code servers} maps a server's name in the report to it. */
    void run(Map<String, EcrServer> servers) {
        List<Load> loads = new ArrayList<>();
        String plain = context.classes().toString();
        for (String server : servers.keySet()) {
            for (ClientConfig config : ClientConfig.ALL) {
                String classpath = context.programClasspath(config.closure());
                loads.add(new Load(config.name(), server, classpath, config.mainClass(), "steady", "repositories", 1));
                loads.add(new Load(config.name(), server, classpath, config.mainClass(), "steady", "repositories", 4));
                if (server.equals(HTTP_SERVER)) {
                    loads.add(new Load(config.name(), server, classpath, config.mainClass(), "steady", "images", 1));
                }
            }
            for (int threads : new int[] {1, 4}) {
                loads.add(new Load("raw-socket", server, plain, FLOOR, "raw", "repositories", threads));
                loads.add(new Load("urlconnection", server, plain, FLOOR, "urlconnection", "repositories", threads));
            }
        }
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < context.rounds(); round++) {
            for (Load load : ClientConfig.rotated(loads, round)) {
                EcrServer server = servers.get(load.server());
                try {
                    ServerCpu cpu = ServerCpu.start(server);
                    ChildRun run = once(load, server);
                    record(load, run, cpu.microsPerRequest());
                } catch (RuntimeException e) {
                    failures.add(load.name() + " " + load.op() + " x" + load.threads() + " on " + load.server());
                    System.out.println("steady state: a run failed, the others go on: " + e.getMessage());
                }
            }
            System.out.printf("steady state: round %d of %d done (load average %s)%n", round + 1, context.rounds(),
                    Environment.loadAverage());
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " steady runs failed: " + failures);
        }
    }

    /** The name of the JDK {@code HttpServer} in the report. */
    static final String HTTP_SERVER = "JDK HttpServer";
    /** The name of the minimal server in the report. */
    static final String MINIMAL_SERVER = "minimal server";

    private ChildRun once(Load load, EcrServer server) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-cp", load.classpath(), load.mainClass(),
                load.mode(), server.endpoint().toString()));
        if (!load.mainClass().equals(FLOOR)) {
            command.add(load.op());
        }
        command.add(Integer.toString(load.threads()));
        command.add(Double.toString(context.warmupSeconds()));
        command.add(Double.toString(context.measureSeconds()));
        return context.jvm().runOk(command, (long) (context.warmupSeconds() + context.measureSeconds()) + 120);
    }

    private void record(Load load, ChildRun run, double serverMicros) {
        String section = (load.mainClass().equals(FLOOR) ? "floor-steady, " : "steady, ") + load.server();
        String shape = load.op().equals("images") ? "DescribeImages (1000 images) x1"
                : "DescribeRepositories x" + load.threads();
        if (load.op().equals("images")) {
            samples.add(section, "DescribeImages (1000 images) over HTTP, 1 thread, time per call",
                    load.name(), run.value("RESULT", "msPerCall"), "ms", true);
        } else {
            samples.add(section, "DescribeRepositories calls/s, " + load.threads()
                    + (load.threads() == 1 ? " thread" : " threads"), load.name(),
                    run.value("RESULT", "callsPerSecond"), "calls/s", false);
        }
        samples.add(section, "client CPU per call, " + shape, load.name(), run.value("RESULT", "cpuUsPerCall"), "µs",
                true);
        samples.add(section, "server CPU per request, " + shape, load.name(), serverMicros, "µs", true);
        samples.add(section, "peak RSS, " + shape, load.name(), run.maxRssKib() / 1024.0, "MiB", true);
    }
}
