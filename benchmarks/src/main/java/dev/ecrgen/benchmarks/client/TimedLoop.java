package dev.ecrgen.benchmarks.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls in a loop from several threads for a warm-up and then a measured window, counting only the calls that finish
 * inside the window, and prints {@code RESULT calls=<n> seconds=<s> callsPerSecond=<x> msPerCall=<y> cpuUsPerCall=<c>}
 * (the process's CPU time in the window per call): the line the harness reads from every steady-state program.
 */
public final class TimedLoop {

    /** One call; throws to end the run as failed. */
    public interface Call {
        void run() throws Exception;
    }

    /** Makes the call each thread repeats (a thread may need state of its own, such as a connection). */
    public interface Calls {
        Call open() throws Exception;
    }

    private TimedLoop() {
    }

    /**
     * Runs the loop and prints its result line.
     *
     * @return 0, or 1 after printing the first failure of any thread
     */
    public static int run(int threads, double warmupSeconds, double measureSeconds, Calls calls)
            throws InterruptedException {
        long measureStart = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long measureEnd = measureStart + (long) (measureSeconds * 1e9);
        long[] counts = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CpuWindow cpu = CpuWindow.between(measureStart, measureEnd);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            Thread worker = new Thread(() -> {
                try {
                    Call call = calls.open();
                    long counted = 0;
                    while (true) {
                        call.run();
                        long now = System.nanoTime();
                        if (now >= measureEnd) {
                            break;
                        }
                        if (now >= measureStart) {
                            counted++;
                        }
                    }
                    counts[slot] = counted;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "caller-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            failure.get().printStackTrace();
            return 1;
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double perSecond = total / measureSeconds;
        System.out.printf(Locale.ROOT, "RESULT calls=%d seconds=%.3f callsPerSecond=%.1f msPerCall=%.4f cpuUsPerCall=%.2f%n",
                total, measureSeconds, perSecond, threads * 1000.0 / perSecond, cpu.microsPerCall(total));
        return 0;
    }
}
