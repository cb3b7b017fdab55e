package dev.ecrgen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time that moves only when a test says so: a {@link System#nanoTime()}-like clock ({@link #nanoTime()}), a sleeper
 * that records each sleep and advances the clock by it, and a scheduler whose tasks run when {@link #advance} reaches
 * their time, in time order, on the test's thread. Records every sleep and every scheduled delay, in milliseconds.
 * Code under test may schedule from its own threads: the clock is guarded by its lock, and tasks run outside it. A
 * test may override {@link #schedule(Runnable, long, TimeUnit)}, e.g. to let time jump to each task as it is scheduled.
 */
public class ManualClock extends AbstractExecutorService implements ScheduledExecutorService {
    private long nanos = 1_000_000_000L;
    private long sequence;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    /** Every sleep and every delay scheduled, in milliseconds, in order. */
    public final List<Long> delays = new ArrayList<>();

    /** The current reading, in nanoseconds. */
    public synchronized long nanoTime() {
        return nanos;
    }

    /** Milliseconds since the clock was made. */
    public synchronized long elapsedMillis() {
        return (nanos - 1_000_000_000L) / 1_000_000;
    }

    /** Sleeps without waiting: records the delay and moves the clock on by it. */
    public synchronized void sleep(long millis) {
        delays.add(millis);
        nanos += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Moves the clock on by {@code millis} without recording it, running each task that falls due, in order. */
    public void advance(long millis) {
        advanceNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** As {@link #advance}, by nanoseconds. */
    public void advanceNanos(long step) {
        long until;
        synchronized (this) {
            until = nanos + step;
        }
        while (true) {
            Task task;
            synchronized (this) {
                if (queue.isEmpty() || queue.peek().due > until) {
                    nanos = until;
                    return;
                }
                task = queue.poll();
                nanos = Math.max(nanos, task.due);
                if (task.cancelled) {
                    continue;
                }
                task.done = true;
            }
            task.command.run();
        }
    }

    /** Runs every task, including those that the tasks schedule, moving the clock to each one's time. */
    public void runAll() {
        while (true) {
            long step;
            synchronized (this) {
                if (queue.isEmpty()) {
                    return;
                }
                step = TimeUnit.NANOSECONDS.toMillis(Math.max(0, queue.peek().due - nanos)) + 1;
            }
            advance(step);
        }
    }

    /** Tasks scheduled and neither run nor cancelled. */
    public synchronized int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    /** Every delay scheduled or slept so far, in milliseconds, in order. */
    public synchronized List<Long> delays() {
        return List.copyOf(delays);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(unit.toMillis(delay));
        Task task = new Task(command, nanos + unit.toNanos(Math.max(0, delay)), sequence++);
        queue.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object>, Comparable<Delayed> {
        final Runnable command;
        final long due;
        final long order;
        boolean cancelled;
        boolean done;

        Task(Runnable command, long due, long order) {
            this.command = command;
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task that = (Task) other;
            return due != that.due ? Long.compare(due, that.due) : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualClock.this) {
                if (done) {
                    return false;
                }
                cancelled = true;
                return true;
            }
        }

        @Override
        public boolean isCancelled() {
            synchronized (ManualClock.this) {
                return cancelled;
            }
        }

        @Override
        public boolean isDone() {
            synchronized (ManualClock.this) {
                return done || cancelled;
            }
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
