package dev.ecrgen.runtime.transport;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One complete HTTP response: the status, the headers in the order received and the whole body.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers in the order received
 * @param body the complete body, empty when there is none
 * @param statusText the reason phrase of the status line, e.g. {@code OK}, or null when the transport has none
 * @param headersReceivedNanos the {@link System#nanoTime()} at which the status line and headers had arrived, for the
 *     time-to-first-byte metric; 0 when the transport does not tell
 */
public record HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body, String statusText,
        long headersReceivedNanos) {

    /**
     * A response whose transport does not tell when its headers arrived.
     *
     * @param statusCode the HTTP status code
     * @param headers the response headers in the order received
     * @param body the complete body, empty when there is none
     * @param statusText the reason phrase of the status line, or null
     */
    public HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body, String statusText) {
        this(statusCode, headers, body, statusText, 0);
    }

    /**
     * A response without a reason phrase.
     *
     * @param statusCode the HTTP status code
     * @param headers the response headers in the order received
     * @param body the complete body, empty when there is none
     */
    public HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
        this(statusCode, headers, body, null, 0);
    }

    /** Makes the header map read-only and replaces a missing body with an empty one. */
    public HttpResponse {
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
