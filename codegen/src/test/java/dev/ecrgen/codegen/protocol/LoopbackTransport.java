package dev.ecrgen.codegen.protocol;

import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's own transport, pointed at the loopback server whatever host the client chose. A host prefix from an
 * operation's endpoint trait makes names such as {@code foo.bar.localhost} that do not resolve; this transport stands
 * in for the name service: it records the URI the client asked for (so its host can be checked) and sends the same
 * request, byte for byte, to 127.0.0.1 on the same port.
 */
final class LoopbackTransport implements SyncTransport {
    private final UrlConnectionTransport delegate = UrlConnectionTransport.create();
    private final int port;
    private final List<URI> requested = new ArrayList<>();

    LoopbackTransport(int port) {
        this.port = port;
    }

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) throws IOException {
        synchronized (this) {
            requested.add(request.uri());
        }
        URI uri = request.uri();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        URI target = URI.create("http://127.0.0.1:" + port + uri.getRawPath() + query);
        return delegate.execute(new HttpRequest(request.method(), target, request.headers(), request.body()), timeout);
    }

    /** The URIs the client asked for since the last call, oldest first; forgets them. */
    synchronized List<URI> takeRequested() {
        List<URI> taken = List.copyOf(requested);
        requested.clear();
        return taken;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
