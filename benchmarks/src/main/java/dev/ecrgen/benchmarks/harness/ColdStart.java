package dev.ecrgen.benchmarks.harness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: a new JVM per run that builds a client, makes one {@code DescribeRepositories} call to the loopback
 * server and exits. Configurations are interleaved round by round (rotating the order) so that a busy moment of the
 * machine falls on all of them alike; one discarded run of each warms the file cache first. Over HTTPS both clients
 * trust the server through the same trust store. The plain JDK floors run in the same rounds, among them
 * {@code TlsPhasesMain}, whose steps of a first HTTPS answer are recorded as the {@code floor-tls-phases} section.
 */
final class ColdStart {

    private static final String FLOOR = "dev.ecrgen.benchmarks.floor.";

    /** A program run cold: the configuration it belongs to, its classpath and its arguments after the main class. */
    private record Program(String name, String section, String classpath, String mainClass, List<String> args,
            boolean expectsAnswer) {
    }

    private final Context context;
    private final Samples samples;

    ColdStart(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "cold");
    }

    void run(URI http, URI https, List<String> tlsOptions) {
        List<Program> programs = new ArrayList<>();
        for (ClientConfig config : ClientConfig.ALL) {
            String classpath = context.programClasspath(config.closure());
            programs.add(new Program(config.name(), "cold-http", classpath, config.mainClass(),
                    List.of("cold", http.toString()), true));
            programs.add(new Program(config.name(), "cold-https", classpath, config.mainClass(),
                    List.of("cold", https.toString()), true));
        }
        programs.add(new Program("empty-main", "floor-cold", context.classes().toString(), FLOOR + "EmptyMain",
                List.of(), false));
        programs.add(new Program("urlconnection-post", "floor-cold", context.classes().toString(),
                FLOOR + "UrlConnectionPostMain", List.of(http.toString()), true));
        programs.add(new Program("post+sdk-sigv4+json", "floor-cold", context.programClasspath("ecrgen"),
                FLOOR + "SignedPostMain", List.of(http.toString()), true));
        programs.add(new Program("post+region+credentials+sdk-sigv4+json", "floor-cold",
                context.programClasspath("ecrgen"), FLOOR + "ContractPostMain", List.of(http.toString()), true));
        programs.add(new Program("post+jdk-sigv4+json", "floor-cold", context.programClasspath("ecrgen"),
                FLOOR + "JdkSignedPostMain", List.of(http.toString()), true));
        programs.add(new Program("urlconnection-post", "floor-cold-https", context.classes().toString(),
                FLOOR + "UrlConnectionPostMain", List.of(https.toString()), true));
        programs.add(new Program("post+sdk-sigv4+json", "floor-cold-https", context.programClasspath("ecrgen"),
                FLOOR + "SignedPostMain", List.of(https.toString()), true));
        programs.add(new Program("post+region+credentials+sdk-sigv4+json", "floor-cold-https",
                context.programClasspath("ecrgen"), FLOOR + "ContractPostMain", List.of(https.toString()), true));
        programs.add(new Program("tls-phases", "floor-cold-https", context.classes().toString(),
                FLOOR + "TlsPhasesMain", List.of(https.toString()), true));

        for (Program program : programs) {
            once(program, tlsOptions);
        }
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < context.runs(); round++) {
            for (Program program : ClientConfig.rotated(programs, round)) {
                try {
                    record(program, once(program, tlsOptions));
                } catch (RuntimeException e) {
                    failures.add(program.name() + " " + program.section());
                    System.out.println("cold start: a run failed, the others go on: " + e.getMessage());
                }
            }
            System.out.printf("cold start: round %d of %d done%n", round + 1, context.runs());
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " cold runs failed: " + failures);
        }
    }

    private ChildRun once(Program program, List<String> tlsOptions) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        if (program.section().endsWith("https")) {
            command.addAll(tlsOptions);
        }
        command.add("-cp");
        command.add(program.classpath());
        command.add(program.mainClass());
        command.addAll(program.args());
        ChildRun run = context.jvm().runOk(command, 120);
        if (program.expectsAnswer() && run.firstAnswerMillis() < 0) {
            throw new IllegalStateException(program.name() + " printed no answer: " + run.output() + run.errors());
        }
        return run;
    }

    private void record(Program program, ChildRun run) {
        String section = program.section();
        if (program.expectsAnswer()) {
            samples.add(section, "JVM start to first answer", program.name(), run.firstAnswerMillis(), "ms", true);
        }
        samples.add(section, "whole process, wall", program.name(), run.wallMillis(), "ms", true);
        samples.add(section, "whole process, CPU (user+sys)", program.name(), run.cpuSeconds() * 1000, "ms", true);
        samples.add(section, "peak RSS", program.name(), run.maxRssKib() / 1024.0, "MiB", true);
        for (String line : run.output()) {
            // TlsPhasesMain: "PHASE <name> <ms>", one line per step of the first HTTPS answer
            String[] phase = line.split(" ");
            if (phase.length == 3 && phase[0].equals("PHASE")) {
                samples.add("floor-tls-phases", phase[1], program.name(), Double.parseDouble(phase[2]), "ms", true);
            }
        }
    }
}
