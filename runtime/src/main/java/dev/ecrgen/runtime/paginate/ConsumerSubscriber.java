package dev.ecrgen.runtime.paginate;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** Feeds a consumer one element at a time and reports the end through a future. */
final class ConsumerSubscriber<T> implements Flow.Subscriber<T> {

    private final Consumer<? super T> consumer;
    private final CompletableFuture<Void> future = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    ConsumerSubscriber(Consumer<? super T> consumer) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        future.whenComplete((ignored, failure) -> {
            Flow.Subscription current = subscription;
            if (future.isCancelled() && current != null) {
                current.cancel();
            }
        });
    }

    CompletableFuture<Void> future() {
        return future;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        if (this.subscription != null || future.isDone()) {
            subscription.cancel();
            return;
        }
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(T item) {
        if (future.isDone()) {
            return;
        }
        try {
            consumer.accept(item);
        } catch (RuntimeException | Error e) {
            subscription.cancel();
            future.completeExceptionally(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        future.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        future.complete(null);
    }
}
