package dev.ecrgen.runtime.transport;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request ready to send. Headers keep their insertion order; the body is sent as is with a Content-Length
 * header and is not copied, so callers must not change the array afterwards.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param uri the absolute request URI
 * @param headers the headers in the order they are to be sent
 * @param body the complete request body, empty when there is none
 */
public record HttpRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    /** Checks the parts and makes the header map read-only. */
    public HttpRequest {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("HttpRequest.method must not be empty");
        }
        if (uri == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException("HttpRequest.uri must be an absolute URI, was " + uri);
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(headers);
        body = body == null ? new byte[0] : body;
    }

    /**
     * Returns the first value of a header, comparing names without regard to case.
     *
     * @param name the header name
     * @return the first value, if present
     */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }
}
