package dev.ecrgen.runtime.paginate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A {@link Flow.Publisher} that can also feed a plain consumer, one element at a time.
 *
 * @param <T> the element type
 */
public interface FlowPublisher<T> extends Flow.Publisher<T> {

    /**
     * Subscribes a consumer that is given every element in order; the next element is only requested once the
     * consumer has returned. A consumer that throws ends the subscription with that failure.
     *
     * @param consumer takes each element
     * @return completes when all elements were consumed, or exceptionally with the first failure; cancelling it
     *     cancels the subscription
     */
    default CompletableFuture<Void> subscribe(Consumer<? super T> consumer) {
        ConsumerSubscriber<T> subscriber = new ConsumerSubscriber<>(consumer);
        subscribe(subscriber);
        return subscriber.future();
    }
}
