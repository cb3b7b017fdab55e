package dev.ecrgen.runtime.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * Sends one HTTP request and returns the complete response. Implementations must be safe for concurrent use, must not
 * follow redirects and must return non-2xx responses rather than throw.
 */
public interface SyncTransport extends AutoCloseable {

    /**
     * Sends the request and reads the whole response.
     *
     * @param request the request to send
     * @param timeout the longest this exchange may take, or null when only the transport's own timeouts apply
     * @return the response, whatever its status code
     * @throws IOException when the exchange fails or takes longer than allowed
     *     ({@link java.net.SocketTimeoutException})
     */
    HttpResponse execute(HttpRequest request, Duration timeout) throws IOException;

    /** Releases resources held by the transport; the default does nothing. */
    @Override
    default void close() {
    }
}
