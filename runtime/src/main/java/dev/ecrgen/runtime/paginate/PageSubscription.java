package dev.ecrgen.runtime.paginate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Function;

/** One subscriber's walk through the pages: fetches the next page only while the subscriber has demand. */
final class PageSubscription<Q, P> implements Flow.Subscription {

    private final Paging<Q, P, ?> paging;
    private final Function<? super Q, ? extends CompletableFuture<? extends P>> call;
    private final Flow.Subscriber<? super P> subscriber;
    private final Demand demand = new Demand();
    private final SerialDrain drain = new SerialDrain(this::step);

    // Read and written only inside step(), which SerialDrain never runs concurrently.
    private Q next;
    private Q sent;
    private int pageNumber;
    private boolean fetching;
    private boolean finished;

    // Handed over from other threads to step().
    private volatile P arrived;
    private volatile Throwable failed;
    private volatile boolean cancelled;

    PageSubscription(Paging<Q, P, ?> paging, Function<? super Q, ? extends CompletableFuture<? extends P>> call,
            Q firstRequest, Flow.Subscriber<? super P> subscriber) {
        this.paging = paging;
        this.call = call;
        this.subscriber = subscriber;
        this.next = firstRequest;
    }

    @Override
    public void request(long n) {
        IllegalArgumentException rejected = demand.request(n);
        if (rejected != null) {
            failed = rejected;
        }
        drain.run();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    private void step() {
        if (finished) {
            return;
        }
        if (cancelled) {
            finished = true;
            return;
        }
        Throwable failure = failed;
        if (failure != null) {
            finish(failure);
            return;
        }
        P page = arrived;
        if (page != null) {
            arrived = null;
            fetching = false;
            deliver(page);
            if (finished) {
                return;
            }
        }
        if (fetching) {
            return;
        }
        if (next == null) {
            // Completion needs no demand, so the end is signalled as soon as the last page is out.
            finished = true;
            subscriber.onComplete();
            return;
        }
        if (demand.any()) {
            fetch();
        }
    }

    private void deliver(P page) {
        pageNumber++;
        demand.take();
        Q previous = sent;
        try {
            next = paging.nextRequest(previous, page, pageNumber);
        } catch (RuntimeException e) {
            // The page itself is fine; the failure belongs to the page after it.
            next = null;
            failed = e;
        }
        subscriber.onNext(page);
        if (failed != null && !cancelled) {
            finish(failed);
        }
    }

    private void fetch() {
        sent = next;
        next = null;
        fetching = true;
        int number = pageNumber + 1;
        CompletableFuture<? extends P> future;
        try {
            future = call.apply(sent);
            if (future == null) {
                throw new IllegalStateException(paging.label() + " returned no future for page " + number);
            }
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((page, error) -> {
            if (error != null) {
                failed = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            } else if (page == null) {
                failed = new IllegalStateException(paging.label() + " returned no response for page " + number);
            } else {
                arrived = page;
            }
            drain.run();
        });
    }

    private void finish(Throwable failure) {
        finished = true;
        if (!cancelled) {
            subscriber.onError(failure);
        }
    }
}
