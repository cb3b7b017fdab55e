package dev.ecrgen.benchmarks.harness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Steady state: one JVM per run that calls in a loop for a warm-up and then a measured window. Small calls
 * ({@code DescribeRepositories}) at 1 and 4 threads, and {@code DescribeImages} with 1000 images at 1 thread, over
 * HTTP. The plain JDK load floors (raw keep-alive socket, {@code HttpURLConnection}) run in the same rounds.
 */
final class SteadyState {

    private static final String FLOOR = "dev.ecrgen.benchmarks.floor.LoadMain";

    /** One steady run: a program, a workload and a thread count. */
    private record Load(String name, String section, String classpath, String mainClass, String mode, String op,
            int threads) {
    }

    private final Context context;
    private final Samples samples;

    SteadyState(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "steady");
    }

    void run(URI http) {
        List<Load> loads = new ArrayList<>();
        for (ClientConfig config : ClientConfig.ALL) {
            String classpath = context.programClasspath(config.closure());
            loads.add(new Load(config.name(), "steady", classpath, config.mainClass(), "steady", "repositories", 1));
            loads.add(new Load(config.name(), "steady", classpath, config.mainClass(), "steady", "repositories", 4));
            loads.add(new Load(config.name(), "steady", classpath, config.mainClass(), "steady", "images", 1));
        }
        String plain = context.classes().toString();
        for (int threads : new int[] {1, 4}) {
            loads.add(new Load("raw-socket", "floor-steady", plain, FLOOR, "raw", "repositories", threads));
            loads.add(new Load("urlconnection", "floor-steady", plain, FLOOR, "urlconnection", "repositories", threads));
        }
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < context.rounds(); round++) {
            for (Load load : ClientConfig.rotated(loads, round)) {
                try {
                    record(load, once(load, http));
                } catch (RuntimeException e) {
                    failures.add(load.name() + " " + load.op() + " x" + load.threads());
                    System.out.println("steady state: a run failed, the others go on: " + e.getMessage());
                }
            }
            System.out.printf("steady state: round %d of %d done%n", round + 1, context.rounds());
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " steady runs failed: " + failures);
        }
    }

    private ChildRun once(Load load, URI http) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-cp", load.classpath(), load.mainClass(),
                load.mode(), http.toString()));
        if (!load.mainClass().equals(FLOOR)) {
            command.add(load.op());
        }
        command.add(Integer.toString(load.threads()));
        command.add(Double.toString(context.warmupSeconds()));
        command.add(Double.toString(context.measureSeconds()));
        return context.jvm().runOk(command, (long) (context.warmupSeconds() + context.measureSeconds()) + 120);
    }

    private void record(Load load, ChildRun run) {
        if (load.op().equals("images")) {
            samples.add(load.section(), "DescribeImages (1000 images) over HTTP, 1 thread, time per call",
                    load.name(), run.value("RESULT", "msPerCall"), "ms", true);
        } else {
            samples.add(load.section(), "DescribeRepositories calls/s, " + load.threads()
                    + (load.threads() == 1 ? " thread" : " threads"), load.name(),
                    run.value("RESULT", "callsPerSecond"), "calls/s", false);
        }
        samples.add(load.section(), "peak RSS, " + load.op() + " x" + load.threads(), load.name(),
                run.maxRssKib() / 1024.0, "MiB", true);
    }
}
