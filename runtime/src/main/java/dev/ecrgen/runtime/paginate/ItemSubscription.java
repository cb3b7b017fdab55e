package dev.ecrgen.runtime.paginate;

import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * Turns a subscription to pages into a subscription to their items: demand is counted in items, and the next page is
 * requested (one at a time) only when the items of the last one are all delivered and the subscriber wants more.
 */
final class ItemSubscription<P, E> implements Flow.Subscription, Flow.Subscriber<P> {

    private final Function<? super P, ? extends Iterable<? extends E>> extractor;
    private final Flow.Subscriber<? super E> subscriber;
    private final Demand demand = new Demand();
    private final SerialDrain drain = new SerialDrain(this::step);

    // Read and written only inside step().
    private Iterator<? extends E> current;
    private boolean pageRequested;
    private boolean finished;

    // Handed over from other threads to step().
    private volatile Flow.Subscription pages;
    private volatile P arrived;
    private volatile Throwable failed;
    private volatile Throwable badRequest;
    private volatile boolean pagesDone;
    private volatile boolean cancelled;

    ItemSubscription(Function<? super P, ? extends Iterable<? extends E>> extractor,
            Flow.Subscriber<? super E> subscriber) {
        this.extractor = extractor;
        this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
        IllegalArgumentException rejected = demand.request(n);
        if (rejected != null) {
            badRequest = rejected;
        }
        drain.run();
    }

    @Override
    public void cancel() {
        cancelled = true;
        drain.run();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        if (pages != null) {
            subscription.cancel();
            return;
        }
        pages = subscription;
        drain.run();
    }

    @Override
    public void onNext(P page) {
        arrived = page;
        drain.run();
    }

    @Override
    public void onError(Throwable failure) {
        failed = failure;
        drain.run();
    }

    @Override
    public void onComplete() {
        pagesDone = true;
        drain.run();
    }

    private void step() {
        if (finished) {
            return;
        }
        if (cancelled) {
            finished = true;
            cancelPages();
            return;
        }
        if (badRequest != null) {
            fail(badRequest);
            return;
        }
        P page = arrived;
        if (page != null) {
            arrived = null;
            pageRequested = false;
            try {
                Iterable<? extends E> items = extractor.apply(page);
                current = items == null ? null : items.iterator();
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
        }
        while (current != null && current.hasNext() && demand.any() && !cancelled) {
            demand.take();
            subscriber.onNext(current.next());
        }
        if (cancelled) {
            finished = true;
            cancelPages();
            return;
        }
        if (current != null && current.hasNext()) {
            return;
        }
        Throwable failure = failed;
        if (failure != null) {
            fail(failure);
            return;
        }
        if (pagesDone && arrived == null) {
            finished = true;
            subscriber.onComplete();
            return;
        }
        Flow.Subscription upstream = pages;
        if (demand.any() && !pageRequested && upstream != null && arrived == null) {
            pageRequested = true;
            upstream.request(1);
        }
    }

    private void fail(Throwable failure) {
        finished = true;
        cancelPages();
        subscriber.onError(failure);
    }

    private void cancelPages() {
        Flow.Subscription upstream = pages;
        if (upstream != null) {
            upstream.cancel();
        }
    }
}
