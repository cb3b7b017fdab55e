package dev.ecrgen.runtime.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.paginate.Pages.Page;
import dev.ecrgen.runtime.paginate.Pages.Request;
import dev.ecrgen.runtime.paginate.Pages.Script;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class PageIterableTest {

    private static final Request FIRST = new Request("f", null);

    @Test
    void fetchesNothingUntilAskedAndOnePageAtATime() {
        Script script = Pages.threePages();
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, FIRST);
        Iterator<Page> iterator = pages.iterator();
        assertEquals(0, script.calls.size());
        assertTrue(iterator.hasNext());
        assertEquals(0, script.calls.size(), "hasNext on the first page sends nothing");
        assertEquals(List.of("a", "b"), iterator.next().items());
        assertEquals(1, script.calls.size());
        assertTrue(iterator.hasNext());
        assertEquals(1, script.calls.size(), "the next page is fetched by next(), not by hasNext()");
        iterator.next();
        iterator.next();
        assertFalse(iterator.hasNext());
        assertEquals(List.of(FIRST, new Request("f", "t1"), new Request("f", "t2")), script.calls,
                "each request keeps the first request's other members and carries the last token");
        assertThrows(NoSuchElementException.class, iterator::next);
    }

    @Test
    void everyIterationStartsAgain() {
        Script script = Pages.threePages();
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, FIRST);
        assertEquals(3, pages.stream().count());
        assertEquals(3, pages.stream().count());
        assertEquals(6, script.calls.size());
    }

    @Test
    void itemsFlattenThePagesLazily() {
        Script script = Pages.threePages();
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, FIRST);
        assertEquals(List.of("a", "b", "c", "d", "e"), pages.items(Page::items).stream().collect(Collectors.toList()));
        script.calls.clear();
        assertEquals(List.of("a", "b", "c"), pages.items(Page::items).stream().limit(3).collect(Collectors.toList()));
        assertEquals(2, script.calls.size(), "the third page is never fetched for three items");
    }

    @Test
    void itemsSkipPagesWithoutItems() {
        Script script = new Script(Map.of(
                "", new Page(null, null, "t1", null),
                "t1", Page.of("t2"),
                "t2", Page.of(null, "z")));
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, FIRST);
        List<String> items = new ArrayList<>();
        pages.items(Page::items).forEach(items::add);
        assertEquals(List.of("z"), items);
    }

    @Test
    void entriesWalkMapResults() {
        Map<String, Integer> first = new LinkedHashMap<>();
        first.put("x", 1);
        first.put("y", 2);
        Script script = new Script(Map.of(
                "", new Page(null, first, "t1", null),
                "t1", new Page(null, Map.of("z", 3), null, null)));
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, FIRST);
        assertEquals(List.of("x=1", "y=2", "z=3"),
                pages.entries(Page::counts).stream().map(Object::toString).collect(Collectors.toList()));
    }

    @Test
    void anEmptyTokenEndsThePaging() {
        Script script = new Script(Map.of("", Page.of("", "a")));
        assertEquals(1, new PageIterable<>(Pages.PAGING, script, FIRST).stream().count());
    }

    @Test
    void aRepeatedTokenFailsNamingTheOperation() {
        Script script = new Script(Map.of("", Page.of("t1", "a"), "t1", Page.of("t1", "b")));
        Iterator<Page> iterator = new PageIterable<>(Pages.PAGING, script, FIRST).iterator();
        assertEquals(List.of("a"), iterator.next().items());
        assertEquals(List.of("b"), iterator.next().items(), "the repeating page itself is still returned");
        SdkClientException failure = assertThrows(SdkClientException.class, iterator::hasNext);
        assertEquals("Svc ListThings returned the same nextToken that requested page 2; paging stops here because"
                + " following it would repeat that page forever", failure.getMessage());
        assertEquals(2, script.calls.size());
    }

    @Test
    void aFirstRequestThatAlreadyCarriesTheReturnedTokenIsARepeatToo() {
        Script script = new Script(Map.of("t9", Page.of("t9", "a")));
        PageIterable<Request, Page> pages = new PageIterable<>(Pages.PAGING, script, new Request("f", "t9"));
        SdkClientException failure = assertThrows(SdkClientException.class, () -> pages.stream().count());
        assertTrue(failure.getMessage().contains("requested page 1"), failure.getMessage());
    }

    @Test
    void theMoreResultsFlagMustBeSet() {
        Paging<Request, Page, String> flagged = Pages.PAGING.moreResults(page -> Boolean.TRUE.equals(page.more()));
        Script script = new Script(Map.of(
                "", new Page(List.of("a"), null, "t1", true),
                "t1", new Page(List.of("b"), null, "t2", false)));
        assertEquals(2, new PageIterable<>(flagged, script, FIRST).stream().count(),
                "a token without the flag does not lead to another page");
    }

    @Test
    void serviceFailuresReachTheCaller() {
        Script script = new Script(Map.of("", Page.of("t1", "a")));
        Iterator<String> items = new PageIterable<>(Pages.PAGING, script, FIRST).items(Page::items).iterator();
        assertEquals("a", items.next());
        IllegalStateException failure = assertThrows(IllegalStateException.class, items::hasNext);
        assertEquals("no page scripted for token t1", failure.getMessage());
    }

    @Test
    void aMissingFirstRequestIsRejectedClearly() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new PageIterable<>(Pages.PAGING, Pages.threePages(), null));
        assertEquals("Svc ListThings paginator needs a first request, got null", failure.getMessage());
    }

    @Test
    void severalTokensContinueWhileAnyIsPresent() {
        record Pair(String a, String b) {}
        Paging<Pair, Pair, List<String>> paging = Paging.of("Svc", "ListPairs", "markers",
                request -> java.util.Arrays.asList(request.a(), request.b()),
                page -> java.util.Arrays.asList(page.a(), page.b()),
                (request, token) -> new Pair(token.get(0), token.get(1)));
        assertEquals(new Pair(null, "v2"), paging.nextRequest(new Pair(null, null), new Pair(null, "v2"), 1));
        assertNull(paging.nextRequest(new Pair(null, "v2"), new Pair(null, ""), 2));
    }
}
