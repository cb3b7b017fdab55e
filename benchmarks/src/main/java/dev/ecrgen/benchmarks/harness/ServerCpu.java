package dev.ecrgen.benchmarks.harness;

import dev.ecrgen.benchmarks.server.EcrServer;
import java.lang.management.ManagementFactory;

/**
 * The loopback servers run in the harness JVM, which does nothing else while a measured program runs: its CPU time
 * over a run, divided by the requests the server answered in that run, is the server's own cost per request (its
 * handler threads, its garbage collection and compilation, and the harness reading the program's output).
 */
final class ServerCpu {

    private final EcrServer server;
    private final long cpuNanos;
    private final long requests;

    private ServerCpu(EcrServer server) {
        this.server = server;
        this.cpuNanos = processCpuNanos();
        this.requests = server.requests();
    }

    /** Starts counting for {@code server}. */
    static ServerCpu start(EcrServer server) {
        return new ServerCpu(server);
    }

    /** Microseconds of the harness's CPU time per request answered since {@link #start}. */
    double microsPerRequest() {
        long answered = server.requests() - requests;
        return answered == 0 ? Double.NaN : (processCpuNanos() - cpuNanos) / 1e3 / answered;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
