package dev.ecrgen.benchmarks.client;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body of every async client program, run in a JVM of its own:
 * <ul>
 *   <li>{@code cold <endpoint>}: one {@code DescribeRepositories}, waited for, then prints {@code ANSWER <n>} and
 *       exits;</li>
 *   <li>{@code steady <endpoint> <in flight> <warmup s> <measure s>}: one thread starts calls as long as fewer than
 *       {@code in flight} are unfinished (a semaphore, released by each call's completion), and prints
 *       {@code RESULT calls=<n> seconds=<s> callsPerSecond=<x> msPerCall=<y> cpuUsPerCall=<c>}, counting the calls
 *       that completed inside the measured window.</li>
 * </ul>
 */
public final class AsyncDriver {

    private AsyncDriver() {
    }

    /** Runs the mode named by {@code args[0]} with a client from {@code factory}, then exits the JVM. */
    public static void run(String[] args, EcrAsyncCalls.Factory factory) {
        URI endpoint = URI.create(args[1]);
        int status;
        try {
            if ("cold".equals(args[0])) {
                EcrAsyncCalls calls = factory.open(endpoint);
                int repositories = calls.describeRepositories().join();
                System.out.println("ANSWER " + repositories);
                calls.close();
                status = repositories == 1 ? 0 : 1;
            } else if ("steady".equals(args[0]) && args.length == 5) {
                status = steady(factory, endpoint, Integer.parseInt(args[2]), Double.parseDouble(args[3]),
                        Double.parseDouble(args[4]));
            } else {
                System.err.println("unknown mode or wrong arguments: " + String.join(" ", args));
                status = 2;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    private static int steady(EcrAsyncCalls.Factory factory, URI endpoint, int inFlight, double warmupSeconds,
            double measureSeconds) throws InterruptedException {
        long measureStart = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long measureEnd = measureStart + (long) (measureSeconds * 1e9);
        CpuWindow cpu = CpuWindow.between(measureStart, measureEnd);
        Semaphore free = new Semaphore(inFlight);
        AtomicLong counted = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (EcrAsyncCalls calls = factory.open(endpoint)) {
            while (failure.get() == null) {
                free.acquire();
                if (System.nanoTime() >= measureEnd) {
                    free.release();
                    break;
                }
                CompletableFuture<Integer> call = calls.describeRepositories();
                call.whenComplete((read, error) -> {
                    if (error != null || read != 1) {
                        failure.compareAndSet(null, error != null ? error
                                : new IllegalStateException("read " + read + " repositories, expected 1"));
                    } else {
                        long now = System.nanoTime();
                        if (now >= measureStart && now < measureEnd) {
                            counted.incrementAndGet();
                        }
                    }
                    free.release();
                });
            }
            if (!free.tryAcquire(inFlight, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("calls still unfinished a minute after the window");
            }
        }
        if (failure.get() != null) {
            failure.get().printStackTrace();
            return 1;
        }
        long total = counted.get();
        double perSecond = total / measureSeconds;
        System.out.printf(Locale.ROOT,
                "RESULT calls=%d seconds=%.3f callsPerSecond=%.1f msPerCall=%.4f cpuUsPerCall=%.2f%n", total,
                measureSeconds, perSecond, inFlight * 1000.0 / perSecond, cpu.microsPerCall(total));
        return 0;
    }
}
