package dev.ecrgen.runtime.paginate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A scripted paginated operation for the tests: requests and pages as records, every call recorded. */
final class Pages {

    record Request(String filter, String token) {}

    record Page(List<String> items, Map<String, Integer> counts, String next, Boolean more) {
        static Page of(String next, String... items) {
            return new Page(List.of(items), null, next, null);
        }
    }

    static final Paging<Request, Page, String> PAGING = Paging.of("Svc", "ListThings", "nextToken",
            Request::token, Page::next, (request, token) -> new Request(request.filter(), token));

    /** Answers by token: the first page for a request without one, else the page registered for the token. */
    static final class Script implements Function<Request, Page> {
        final List<Request> calls = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Page> byToken;

        Script(Map<String, Page> byToken) {
            this.byToken = byToken;
        }

        @Override
        public Page apply(Request request) {
            calls.add(request);
            Page page = byToken.get(request.token() == null ? "" : request.token());
            if (page == null) {
                throw new IllegalStateException("no page scripted for token " + request.token());
            }
            return page;
        }
    }

    /** Three pages: a, b | c | d, e. */
    static Script threePages() {
        return new Script(Map.of(
                "", Page.of("t1", "a", "b"),
                "t1", Page.of("t2", "c"),
                "t2", Page.of(null, "d", "e")));
    }

    private Pages() {
    }
}
