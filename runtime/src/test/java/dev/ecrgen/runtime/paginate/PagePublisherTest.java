package dev.ecrgen.runtime.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.paginate.Pages.Page;
import dev.ecrgen.runtime.paginate.Pages.Request;
import dev.ecrgen.runtime.paginate.Pages.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class PagePublisherTest {

    private static final Request FIRST = new Request("f", null);

    /** Completes each call on another thread, as a real client does. */
    private static Function<Request, CompletableFuture<Page>> async(Script script) {
        return request -> CompletableFuture.supplyAsync(() -> script.apply(request));
    }

    /** Holds each call until the test completes it. */
    private static final class Manual implements Function<Request, CompletableFuture<Page>> {
        final ConcurrentLinkedQueue<CompletableFuture<Page>> pending = new ConcurrentLinkedQueue<>();
        final List<Request> calls = new ArrayList<>();

        @Override
        public synchronized CompletableFuture<Page> apply(Request request) {
            calls.add(request);
            CompletableFuture<Page> future = new CompletableFuture<>();
            pending.add(future);
            return future;
        }
    }

    @Test
    void fetchesOnlyWhatWasRequested() {
        Manual manual = new Manual();
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, manual, FIRST);
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);
        assertEquals(0, manual.calls.size(), "nothing is fetched without demand");

        subscriber.subscription.request(1);
        assertEquals(1, manual.calls.size());
        manual.pending.poll().complete(Page.of("t1", "a"));
        assertEquals(List.of("subscribe", "next"), subscriber.signals());
        assertEquals(1, manual.calls.size(), "one page requested, one page fetched");

        subscriber.subscription.request(5);
        assertEquals(2, manual.calls.size());
        assertEquals(new Request("f", "t1"), manual.calls.get(1));
        manual.pending.poll().complete(Page.of("t2", "b"));
        assertEquals(new Request("f", "t2"), manual.calls.get(2));
        manual.pending.poll().complete(Page.of(null, "c"));
        assertEquals(List.of("subscribe", "next", "next", "next", "complete"), subscriber.signals());
        assertEquals(3, manual.calls.size());
    }

    @Test
    void neverHasTwoCallsInFlight() {
        Manual manual = new Manual();
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, manual, FIRST);
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);
        subscriber.subscription.request(10);
        assertEquals(1, manual.calls.size());
        subscriber.subscription.request(10);
        assertEquals(1, manual.calls.size(), "more demand does not start a second call while one runs");
        manual.pending.poll().complete(Page.of("t1", "a"));
        assertEquals(2, manual.calls.size());
        manual.pending.poll().complete(Page.of(null, "b"));
        assertEquals(List.of("subscribe", "next", "next", "complete"), subscriber.signals());
    }

    @Test
    void cancellingStopsTheFetching() throws Exception {
        Manual manual = new Manual();
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, manual, FIRST);
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);
        subscriber.subscription.request(Long.MAX_VALUE);
        subscriber.subscription.cancel();
        manual.pending.poll().complete(Page.of("t1", "a"));
        assertEquals(1, manual.calls.size());
        assertEquals(List.of("subscribe"), subscriber.signals());
    }

    @Test
    void aFailedCallEndsWithItsException() throws Exception {
        Script script = new Script(Map.of("", Page.of("t1", "a")));
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        new PagePublisher<>(Pages.PAGING, async(script), FIRST).subscribe(subscriber);
        subscriber.subscription.request(Long.MAX_VALUE);
        subscriber.awaitEnd();
        assertEquals(List.of("subscribe", "next", "error"), subscriber.signals());
        assertEquals("no page scripted for token t1", subscriber.error.getMessage(),
                "the call's own exception, not a CompletionException");
    }

    @Test
    void aRepeatedTokenDeliversThePageThenFails() throws Exception {
        Script script = new Script(Map.of("", Page.of("t1", "a"), "t1", Page.of("t1", "b")));
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        new PagePublisher<>(Pages.PAGING, async(script), FIRST).subscribe(subscriber);
        subscriber.subscription.request(Long.MAX_VALUE);
        subscriber.awaitEnd();
        assertEquals(List.of("subscribe", "next", "next", "error"), subscriber.signals());
        assertInstanceOf(SdkClientException.class, subscriber.error);
        assertTrue(subscriber.error.getMessage().startsWith("Svc ListThings returned the same nextToken"),
                subscriber.error.getMessage());
        assertEquals(2, script.calls.size());
    }

    @Test
    void aNonPositiveRequestIsAnError() throws Exception {
        RecordingSubscriber<Page> subscriber = new RecordingSubscriber<>();
        new PagePublisher<>(Pages.PAGING, async(Pages.threePages()), FIRST).subscribe(subscriber);
        subscriber.subscription.request(0);
        subscriber.awaitEnd();
        assertInstanceOf(IllegalArgumentException.class, subscriber.error);
        assertTrue(subscriber.error.getMessage().contains("rule 3.9"));
    }

    @Test
    void itemsAreRequestedOneByOneAcrossPages() throws Exception {
        Manual manual = new Manual();
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, manual, FIRST);
        RecordingSubscriber<String> subscriber = new RecordingSubscriber<>();
        publisher.items(Page::items).subscribe(subscriber);
        assertEquals(0, manual.calls.size());

        subscriber.subscription.request(1);
        assertEquals(1, manual.calls.size());
        manual.pending.poll().complete(Page.of("t1", "a", "b"));
        assertEquals(List.of("a"), subscriber.items());

        subscriber.subscription.request(1);
        assertEquals(List.of("a", "b"), subscriber.items());
        assertEquals(1, manual.calls.size(), "the second item came from the page already fetched");

        subscriber.subscription.request(2);
        assertEquals(2, manual.calls.size());
        manual.pending.poll().complete(Page.of("t2"));
        assertEquals(3, manual.calls.size(), "an empty page makes the next one be fetched");
        manual.pending.poll().complete(Page.of(null, "c", "d", "e"));
        assertEquals(List.of("a", "b", "c", "d"), subscriber.items());
        assertEquals(List.of("subscribe", "next", "next", "next", "next"), subscriber.signals(),
                "no completion while an item is still undelivered");

        subscriber.subscription.request(1);
        assertEquals(List.of("a", "b", "c", "d", "e"), subscriber.items());
        assertEquals("complete", subscriber.signals().get(subscriber.signals().size() - 1));
    }

    @Test
    void consumerSubscriptionCompletesAfterEveryItem() throws Exception {
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, async(Pages.threePages()), FIRST);
        List<String> seen = new ArrayList<>();
        publisher.items(Page::items).subscribe(seen::add).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("a", "b", "c", "d", "e"), seen);
    }

    @Test
    void aThrowingConsumerFailsTheFutureAndStopsFetching() {
        Script script = Pages.threePages();
        PagePublisher<Request, Page> publisher = new PagePublisher<>(Pages.PAGING, async(script), FIRST);
        CompletableFuture<Void> done = publisher.subscribe(page -> {
            throw new IllegalStateException("consumer refused " + page.items());
        });
        ExecutionException failure = assertThrows(ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS));
        assertEquals("consumer refused [a, b]", failure.getCause().getMessage());
        assertEquals(1, script.calls.size());
    }

    @Test
    void entriesOfMapResults() throws Exception {
        Script script = new Script(Map.of("", new Page(null, Map.of("k", 1), null, null)));
        List<String> seen = new ArrayList<>();
        new PagePublisher<>(Pages.PAGING, async(script), FIRST).entries(Page::counts)
                .subscribe(entry -> seen.add(entry.getKey() + "=" + entry.getValue())).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("k=1"), seen);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(5);
        }
    }
}
