package dev.ecrgen.runtime.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request without blocking the caller and completes with the whole response. Implementations must be
 * safe for concurrent use, must not follow redirects and must complete normally for non-2xx responses.
 */
public interface AsyncTransport extends AutoCloseable {

    /**
     * Sends the request.
     *
     * @param request the request to send
     * @param timeout the longest this exchange may take, or null when only the transport's own timeouts apply
     * @return completes with the response whatever its status code, or exceptionally with an
     *     {@link java.io.IOException} ({@link java.net.SocketTimeoutException} when the time ran out)
     */
    CompletableFuture<HttpResponse> execute(HttpRequest request, Duration timeout);

    /** Releases resources held by the transport; the default does nothing. */
    @Override
    default void close() {
    }
}
