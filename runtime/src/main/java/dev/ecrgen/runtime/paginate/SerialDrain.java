package dev.ecrgen.runtime.paginate;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a drain step on one thread at a time: a call that arrives while another thread drains makes that thread go
 * round once more instead of running concurrently, so subscriber signals never overlap or nest.
 */
final class SerialDrain {

    private final AtomicInteger pending = new AtomicInteger();
    private final Runnable step;

    SerialDrain(Runnable step) {
        this.step = step;
    }

    void run() {
        if (pending.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            step.run();
            missed = pending.addAndGet(-missed);
        } while (missed != 0);
    }
}
