package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Our client's transport, sending every request to the loopback server whatever host it was meant for (a host prefix
 * such as {@code data.127.0.0.1} does not resolve) and remembering that host.
 */
final class PinnedTransport implements SyncTransport {
    private final UrlConnectionTransport delegate = UrlConnectionTransport.create();
    private final List<String> requestedAuthorities = new CopyOnWriteArrayList<>();

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) throws IOException {
        URI uri = request.uri();
        requestedAuthorities.add(uri.getRawAuthority());
        URI pinned = URI.create(uri.getScheme() + "://" + DiffSettings.LOOPBACK_HOST + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return delegate.execute(new HttpRequest(request.method(), pinned, request.headers(), request.body()), timeout);
    }

    /** The host (and port) of the last request, as the client addressed it. */
    String lastAuthority() {
        return requestedAuthorities.isEmpty() ? null : requestedAuthorities.get(requestedAuthorities.size() - 1);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
