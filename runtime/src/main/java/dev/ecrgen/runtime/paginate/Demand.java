package dev.ecrgen.runtime.paginate;

import java.util.concurrent.atomic.AtomicLong;

/** Outstanding demand of a subscription: adds saturate at {@link Long#MAX_VALUE}, which means unbounded. */
final class Demand {

    private final AtomicLong requested = new AtomicLong();

    void add(long n) {
        requested.accumulateAndGet(n, (current, more) -> {
            long sum = current + more;
            return sum < 0 ? Long.MAX_VALUE : sum;
        });
    }

    boolean any() {
        return requested.get() > 0;
    }

    /** Takes one unit, unless the demand is unbounded. */
    void take() {
        requested.updateAndGet(current -> current == Long.MAX_VALUE ? current : current - 1);
    }
}
