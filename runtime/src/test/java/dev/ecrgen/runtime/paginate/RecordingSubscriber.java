package dev.ecrgen.runtime.paginate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** Records every signal and requests only what the test asks for. */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
    final List<T> items = new ArrayList<>();
    final List<String> signals = new ArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);
    volatile Flow.Subscription subscription;
    volatile Throwable error;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        record("subscribe");
    }

    @Override
    public void onNext(T item) {
        synchronized (this) {
            items.add(item);
        }
        record("next");
    }

    @Override
    public void onError(Throwable failure) {
        error = failure;
        record("error");
        ended.countDown();
    }

    @Override
    public void onComplete() {
        record("complete");
        ended.countDown();
    }

    synchronized List<T> items() {
        return List.copyOf(items);
    }

    synchronized List<String> signals() {
        return List.copyOf(signals);
    }

    void awaitEnd() throws InterruptedException {
        if (!ended.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the publisher did not end; signals: " + signals());
        }
    }

    private synchronized void record(String signal) {
        signals.add(signal);
    }
}
