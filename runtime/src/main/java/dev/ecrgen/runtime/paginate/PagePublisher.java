package dev.ecrgen.runtime.paginate;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The pages of a paginated operation as a {@link Flow.Publisher} with back-pressure: a page is requested from the
 * service only when the subscriber has demand, and one page at a time. Each subscription starts again from the first
 * request.
 *
 * @param <Q> the request type
 * @param <P> the response (page) type
 */
public final class PagePublisher<Q, P> implements FlowPublisher<P> {

    private final Paging<Q, P, ?> paging;
    private final Function<? super Q, ? extends CompletableFuture<? extends P>> call;
    private final Q firstRequest;

    /**
     * Creates the pages of one paginated call.
     *
     * @param paging how the operation pages
     * @param call sends one request and returns the future of its page
     * @param firstRequest the request for the first page
     */
    public PagePublisher(Paging<Q, P, ?> paging, Function<? super Q, ? extends CompletableFuture<? extends P>> call,
            Q firstRequest) {
        this.paging = Objects.requireNonNull(paging, "paging");
        this.call = Objects.requireNonNull(call, "call");
        if (firstRequest == null) {
            throw new IllegalArgumentException(paging.label() + " paginator needs a first request, got null");
        }
        this.firstRequest = firstRequest;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super P> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        PageSubscription<Q, P> subscription = new PageSubscription<>(paging, call, firstRequest, subscriber);
        subscriber.onSubscribe(subscription);
    }

    /**
     * The items of every page, in order, with back-pressure counted in items: a page is fetched only when the items
     * already fetched are delivered and more are wanted.
     *
     * @param items reads the items of one page; may return null
     * @param <E> the item type
     * @return a publisher of the items of all pages
     */
    public <E> FlowPublisher<E> items(Function<? super P, ? extends Iterable<? extends E>> items) {
        Objects.requireNonNull(items, "items");
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            ItemSubscription<P, E> subscription = new ItemSubscription<>(items, subscriber);
            subscriber.onSubscribe(subscription);
            subscribe(subscription);
        };
    }

    /**
     * The entries of a map-valued result of every page, in order.
     *
     * @param map reads the map of one page; may return null
     * @param <K> the key type
     * @param <V> the value type
     * @return a publisher of the entries of all pages
     */
    public <K, V> FlowPublisher<Map.Entry<K, V>> entries(Function<? super P, ? extends Map<K, V>> map) {
        Objects.requireNonNull(map, "map");
        return items(page -> {
            Map<K, V> values = map.apply(page);
            return values == null ? null : values.entrySet();
        });
    }
}
