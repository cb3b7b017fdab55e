package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.payload.CannedReplies;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A transport for the generated client that answers from memory with the canned body for the call's operation. */
final class InMemoryTransport implements SyncTransport {

    private static final Map<String, List<String>> HEADERS = Map.of(
            "Content-Type", List.of("application/x-amz-json-1.1"),
            "x-amzn-RequestId", List.of("00000000-0000-4000-8000-000000000000"));

    private final CannedReplies replies = new CannedReplies();

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) {
        List<String> target = request.headers().get("X-Amz-Target");
        byte[] body = replies.forTarget(target == null ? null : target.get(0));
        if (body == null) {
            return new HttpResponse(400, HEADERS, replies.unknownOperation());
        }
        return new HttpResponse(200, HEADERS, body);
    }
}
