package dev.ecrgen.runtime.error;

import dev.ecrgen.runtime.transport.Headers;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a service said about a failed call: error code, message, status, request id, headers and the raw body. */
public final class AwsErrorDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final byte[] NO_BYTES = new byte[0];

    private final String errorCode;
    private final String errorMessage;
    private final String serviceName;
    private final int statusCode;
    private final String requestId;
    private final Map<String, List<String>> headers;
    private final byte[] rawBody;
    private final Duration clockSkew;

    private AwsErrorDetails(Builder builder) {
        this.errorCode = builder.errorCode;
        this.errorMessage = builder.errorMessage;
        this.serviceName = builder.serviceName;
        this.statusCode = builder.statusCode;
        this.requestId = builder.requestId;
        this.headers = builder.headers;
        this.rawBody = builder.rawBody;
        this.clockSkew = builder.clockSkew;
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these details.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the error code without namespace, e.g. {@code RepositoryNotFoundException}.
     *
     * @return the error code
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * Returns the message the service sent.
     *
     * @return the message, or null when there was none
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * Returns the short service name used in messages, e.g. {@code Ecr}.
     *
     * @return the service name
     */
    public String serviceName() {
        return serviceName;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the request id the service assigned.
     *
     * @return the request id, or null when none was sent
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns the response headers in the order received.
     *
     * @return a read-only map
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the first value of a response header, comparing names without regard to case.
     *
     * @param name the header name
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /**
     * Returns a copy of the response body.
     *
     * @return the body bytes, empty when there was no body
     */
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** The clock skew the client's invoker knew when it signed the request, for the exception it becomes. */
    Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(96);
        text.append("AwsErrorDetails(errorCode=").append(errorCode)
                .append(", errorMessage=").append(errorMessage)
                .append(", serviceName=").append(serviceName)
                .append(", statusCode=").append(statusCode)
                .append(", requestId=").append(requestId)
                .append(')');
        return text.toString();
    }

    /** Builds {@link AwsErrorDetails}. */
    public static final class Builder {
        private String errorCode;
        private String errorMessage;
        private String serviceName;
        private int statusCode;
        private String requestId;
        private Map<String, List<String>> headers = Map.of();
        private byte[] rawBody = NO_BYTES;
        private Duration clockSkew;

        private Builder() {
        }

        private Builder(AwsErrorDetails details) {
            this.errorCode = details.errorCode;
            this.errorMessage = details.errorMessage;
            this.serviceName = details.serviceName;
            this.statusCode = details.statusCode;
            this.requestId = details.requestId;
            this.headers = details.headers;
            this.rawBody = details.rawBody;
            this.clockSkew = details.clockSkew;
        }

        /**
         * Sets the error code.
         *
         * @param errorCode the code without namespace
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the error message.
         *
         * @param errorMessage the message, may be null
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * Sets the short service name.
         *
         * @param serviceName e.g. {@code Ecr}
         * @return this builder
         */
        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /**
         * Sets the HTTP status code.
         *
         * @param statusCode the status code
         * @return this builder
         */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Sets the request id.
         *
         * @param requestId the id, may be null
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets the response headers; they are copied.
         *
         * @param headers the headers, may be null
         * @return this builder
         */
        public Builder headers(Map<String, List<String>> headers) {
            this.headers = copy(headers);
            return this;
        }

        /**
         * Sets the raw response body; it is copied.
         *
         * @param rawBody the body, may be null
         * @return this builder
         */
        public Builder rawBody(byte[] rawBody) {
            this.rawBody = rawBody == null ? NO_BYTES : rawBody.clone();
            return this;
        }

        /** Sets the clock skew known when the request was signed; see {@link ErrorDecoder#decode}. */
        Builder clockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
            return this;
        }

        /**
         * Builds the details.
         *
         * @return the immutable details
         */
        public AwsErrorDetails build() {
            return new AwsErrorDetails(this);
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
            if (headers == null || headers.isEmpty()) {
                return Map.of();
            }
            Map<String, List<String>> copy = new LinkedHashMap<>(headers.size() * 2);
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null) {
                    List<String> values = entry.getValue() == null ? List.of() : new ArrayList<>(entry.getValue());
                    copy.put(entry.getKey(), Collections.unmodifiableList(values));
                }
            }
            return Collections.unmodifiableMap(copy);
        }
    }
}
