package dev.ecrgen.benchmarks.harness;

import dev.ecrgen.benchmarks.server.EcrServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The async clients side by side: the generated async client as shipped ({@code ecrgen}), the transport candidates it
 * was chosen among ({@code ecrgen-<candidate>}) and the official async client on its default HTTP client, Netty
 * ({@code official-netty}). Cold start (a JVM per run, one call waited for), then steady calls/s with 1 and 16
 * requests in flight against each loopback server, with the client's CPU time per call and the server's per request;
 * every run of a round interleaved, the order rotated each round.
 */
final class AsyncRuns {

    private static final String CLIENT = "dev.ecrgen.benchmarks.client.";

    /**
     * An async configuration.
     *
     * @param name its key in the results
     * @param mainClass the program
     * @param closure the closure that is its classpath
     * @param options JVM options (the candidate transport)
     */
    record AsyncConfig(String name, String mainClass, String closure, List<String> options) {
    }

    /** Every async configuration measured. */
    static final List<AsyncConfig> ALL = List.of(
            new AsyncConfig("ecrgen", CLIENT + "EcrgenAsyncMain", "ecrgen", List.of()),
            new AsyncConfig("ecrgen-jdk-httpclient", CLIENT + "EcrgenAsyncMain", "ecrgen",
                    List.of("-Decrgen.bench.transport=jdk")),
            new AsyncConfig("ecrgen-apache5", CLIENT + "EcrgenAsyncMain", "ecrgen-apache5",
                    List.of("-Decrgen.bench.transport=apache5")),
            new AsyncConfig("official-netty", CLIENT + "OfficialNettyMain", "official-default", List.of()));

    private static final int[] IN_FLIGHT = {1, 16};

    private record Run(AsyncConfig config, String section, List<String> tls, URI endpoint, String server,
            int inFlight) {
    }

    private final Context context;
    private final Samples samples;

    AsyncRuns(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "async");
    }

    void run(Map<String, EcrServer> servers, URI https, List<String> tlsOptions) {
        List<Run> cold = new ArrayList<>();
        for (AsyncConfig config : ALL) {
            URI http = servers.get(SteadyState.HTTP_SERVER).endpoint();
            cold.add(new Run(config, "async cold-http", List.of(), http, null, 0));
            if (config.name().equals("ecrgen") || config.name().startsWith("official")) {
                cold.add(new Run(config, "async cold-https", tlsOptions, https, null, 0));
            }
        }
        List<String> failures = new ArrayList<>();
        for (Run run : cold) {
            once(run);
        }
        for (int round = 0; round < context.runs(); round++) {
            for (Run run : ClientConfig.rotated(cold, round)) {
                try {
                    ChildRun result = once(run);
                    samples.add(run.section(), "JVM start to first answer", run.config().name(),
                            result.firstAnswerMillis(), "ms", true);
                    samples.add(run.section(), "whole process, CPU (user+sys)", run.config().name(),
                            result.cpuSeconds() * 1000, "ms", true);
                    samples.add(run.section(), "peak RSS", run.config().name(), result.maxRssKib() / 1024.0, "MiB",
                            true);
                } catch (RuntimeException e) {
                    failures.add(run.config().name() + " " + run.section());
                    System.out.println("async cold start: a run failed, the others go on: " + e.getMessage());
                }
            }
        }
        System.out.printf("async cold start: done (load average %s)%n", Environment.loadAverage());

        List<Run> steady = new ArrayList<>();
        for (Map.Entry<String, EcrServer> server : servers.entrySet()) {
            for (AsyncConfig config : ALL) {
                for (int inFlight : IN_FLIGHT) {
                    steady.add(new Run(config, "async steady, " + server.getKey(), List.of(),
                            server.getValue().endpoint(), server.getKey(), inFlight));
                }
            }
        }
        for (int round = 0; round < context.rounds(); round++) {
            for (Run run : ClientConfig.rotated(steady, round)) {
                try {
                    ServerCpu cpu = ServerCpu.start(servers.get(run.server()));
                    ChildRun result = once(run);
                    double serverMicros = cpu.microsPerRequest();
                    String shape = run.inFlight() + " in flight";
                    samples.add(run.section(), "DescribeRepositories calls/s, " + shape, run.config().name(),
                            result.value("RESULT", "callsPerSecond"), "calls/s", false);
                    samples.add(run.section(), "client CPU per call, " + shape, run.config().name(),
                            result.value("RESULT", "cpuUsPerCall"), "µs", true);
                    samples.add(run.section(), "server CPU per request, " + shape, run.config().name(),
                            serverMicros, "µs", true);
                    samples.add(run.section(), "peak RSS, " + shape, run.config().name(),
                            result.maxRssKib() / 1024.0, "MiB", true);
                } catch (RuntimeException e) {
                    failures.add(run.config().name() + " x" + run.inFlight() + " on " + run.server());
                    System.out.println("async steady: a run failed, the others go on: " + e.getMessage());
                }
            }
            System.out.printf("async steady: round %d of %d done (load average %s)%n", round + 1, context.rounds(),
                    Environment.loadAverage());
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " async runs failed: " + failures);
        }
    }

    private ChildRun once(Run run) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        command.addAll(run.tls());
        command.addAll(run.config().options());
        command.add("-cp");
        command.add(context.programClasspath(run.config().closure()));
        command.add(run.config().mainClass());
        if (run.inFlight() == 0) {
            command.add("cold");
            command.add(run.endpoint().toString());
            ChildRun result = context.jvm().runOk(command, 120);
            if (result.firstAnswerMillis() < 0) {
                throw new IllegalStateException(run.config().name() + " printed no answer: " + result.output());
            }
            return result;
        }
        command.add("steady");
        command.add(run.endpoint().toString());
        command.add(Integer.toString(run.inFlight()));
        command.add(Double.toString(context.warmupSeconds()));
        command.add(Double.toString(context.measureSeconds()));
        return context.jvm().runOk(command, (long) (context.warmupSeconds() + context.measureSeconds()) + 120);
    }
}
