package dev.ecrgen.benchmarks.client;

import java.lang.management.ManagementFactory;

/**
 * The CPU time the whole client process (every thread: callers, transport, JIT compiler and garbage collector) spends
 * inside the measured window, read by a thread of its own at the window's start and end.
 */
public final class CpuWindow {

    private final Thread reader;
    private volatile long cpuNanos = -1;

    private CpuWindow(long startNanos, long endNanos) {
        reader = new Thread(() -> {
            try {
                sleepUntil(startNanos);
                long start = processCpuNanos();
                sleepUntil(endNanos);
                cpuNanos = processCpuNanos() - start;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-window");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading the process's CPU time at {@code startNanos} and {@code endNanos} ({@link System#nanoTime}). */
    public static CpuWindow between(long startNanos, long endNanos) {
        return new CpuWindow(startNanos, endNanos);
    }

    /** The process's CPU time inside the window in microseconds per call, once the window has ended. */
    public double microsPerCall(long calls) throws InterruptedException {
        reader.join();
        return calls == 0 || cpuNanos < 0 ? Double.NaN : cpuNanos / 1e3 / calls;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
