package dev.ecrgen.runtime.paginate;

import java.util.concurrent.atomic.AtomicLong;

/** Outstanding demand of a subscription: adds saturate at {@link Long#MAX_VALUE}, which means unbounded. */
final class Demand {

    private final AtomicLong requested = new AtomicLong();

    /**
     * Adds a subscriber's request; a request that is not positive leaves the demand as it was and returns the failure
     * the subscriber must be sent (Reactive Streams rule 3.9), or null.
     */
    IllegalArgumentException request(long n) {
        if (n <= 0) {
            return new IllegalArgumentException(
                    "Subscription.request needs a positive number (Reactive Streams rule 3.9), got " + n);
        }
        add(n);
        return null;
    }

    private void add(long n) {
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
