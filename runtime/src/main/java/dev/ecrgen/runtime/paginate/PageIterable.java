package dev.ecrgen.runtime.paginate;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;

/**
 * The pages of a paginated operation, fetched lazily: nothing is sent until the first page is asked for, and each
 * further page only when the previous one has been consumed. Every {@link #iterator()} starts again from the first
 * request. A page that repeats its token is still returned; the failure comes when the next page is asked for.
 *
 * @param <Q> the request type
 * @param <P> the response (page) type
 */
public final class PageIterable<Q, P> implements SdkIterable<P> {

    private final Paging<Q, P, ?> paging;
    private final Function<? super Q, ? extends P> call;
    private final Q firstRequest;

    /**
     * Creates the pages of one paginated call.
     *
     * @param paging how the operation pages
     * @param call sends one request and returns its page
     * @param firstRequest the request for the first page
     */
    public PageIterable(Paging<Q, P, ?> paging, Function<? super Q, ? extends P> call, Q firstRequest) {
        this.paging = Objects.requireNonNull(paging, "paging");
        this.call = Objects.requireNonNull(call, "call");
        if (firstRequest == null) {
            throw new IllegalArgumentException(paging.label() + " paginator needs a first request, got null");
        }
        this.firstRequest = firstRequest;
    }

    @Override
    public Iterator<P> iterator() {
        return new Pages();
    }

    /**
     * The items of every page, in order: the list (or other iterable) the extractor returns for each page; a page
     * without one adds nothing.
     *
     * @param items reads the items of one page; may return null
     * @param <E> the item type
     * @return a lazy iterable over the items of all pages
     */
    public <E> SdkIterable<E> items(Function<? super P, ? extends Iterable<? extends E>> items) {
        Objects.requireNonNull(items, "items");
        return () -> new Items<>(iterator(), items);
    }

    /**
     * The entries of a map-valued result of every page, in order.
     *
     * @param map reads the map of one page; may return null
     * @param <K> the key type
     * @param <V> the value type
     * @return a lazy iterable over the entries of all pages
     */
    public <K, V> SdkIterable<Map.Entry<K, V>> entries(Function<? super P, ? extends Map<K, V>> map) {
        Objects.requireNonNull(map, "map");
        return items(page -> {
            Map<K, V> values = map.apply(page);
            return values == null ? null : values.entrySet();
        });
    }

    private final class Pages implements Iterator<P> {
        private Q next = firstRequest;
        private Q sent;
        private P page;
        private int pageNumber;

        @Override
        public boolean hasNext() {
            if (page != null) {
                P previous = page;
                page = null;
                next = paging.nextRequest(sent, previous, pageNumber);
            }
            return next != null;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException(paging.label() + " has no more pages");
            }
            sent = next;
            next = null;
            pageNumber++;
            P fetched = call.apply(sent);
            if (fetched == null) {
                throw new IllegalStateException(paging.label() + " returned no response for page " + pageNumber);
            }
            page = fetched;
            return fetched;
        }
    }

    private static final class Items<P, E> implements Iterator<E> {
        private final Iterator<P> pages;
        private final Function<? super P, ? extends Iterable<? extends E>> extractor;
        private Iterator<? extends E> current;

        Items(Iterator<P> pages, Function<? super P, ? extends Iterable<? extends E>> extractor) {
            this.pages = pages;
            this.extractor = extractor;
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                Iterable<? extends E> items = extractor.apply(pages.next());
                current = items == null ? null : items.iterator();
            }
            return true;
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more items");
            }
            return current.next();
        }
    }
}
