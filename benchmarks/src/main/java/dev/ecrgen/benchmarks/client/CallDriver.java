package dev.ecrgen.benchmarks.client;

import java.net.URI;

/**
 * The body of every client program, run in a JVM of its own:
 * <ul>
 *   <li>{@code cold <endpoint>}: one {@code DescribeRepositories}, then prints {@code ANSWER <n>} and exits: the
 *       harness times the whole process;</li>
 *   <li>{@code steady <endpoint> <repositories|images> <threads> <warmup s> <measure s>}: calls in a loop from each
 *       thread and prints {@code RESULT calls=<n> seconds=<s> callsPerSecond=<x> msPerCall=<y>}, counting only calls
 *       that finished inside the measured window.</li>
 * </ul>
 */
public final class CallDriver {

    private CallDriver() {
    }

    /** Runs the mode named by {@code args[0]} with a client from {@code factory}, then exits the JVM. */
    public static void run(String[] args, EcrCalls.Factory factory) {
        if (args.length < 2) {
            System.err.println("usage: cold <endpoint> | steady <endpoint> <repositories|images> <threads> <warmup s> <measure s>");
            System.exit(2);
        }
        URI endpoint = URI.create(args[1]);
        int status;
        if ("cold".equals(args[0])) {
            status = cold(factory, endpoint);
        } else if ("steady".equals(args[0]) && args.length == 6) {
            status = steady(factory, endpoint, args[2], Integer.parseInt(args[3]), Double.parseDouble(args[4]),
                    Double.parseDouble(args[5]));
        } else {
            System.err.println("unknown mode or wrong arguments: " + String.join(" ", args));
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    private static int cold(EcrCalls.Factory factory, URI endpoint) {
        EcrCalls calls = factory.open(endpoint);
        int repositories = calls.describeRepositories();
        System.out.println("ANSWER " + repositories);
        calls.close();
        return repositories == 1 ? 0 : 1;
    }

    private static int steady(EcrCalls.Factory factory, URI endpoint, String operation, int threads,
            double warmupSeconds, double measureSeconds) {
        boolean images = "images".equals(operation);
        int expected = images ? 1000 : 1;
        try (EcrCalls calls = factory.open(endpoint)) {
            return TimedLoop.run(threads, warmupSeconds, measureSeconds, () -> () -> {
                int read = images ? calls.describeImages() : calls.describeRepositories();
                if (read != expected) {
                    throw new IllegalStateException("read " + read + " items, expected " + expected);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
