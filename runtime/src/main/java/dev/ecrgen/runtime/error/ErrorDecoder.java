package dev.ecrgen.runtime.error;

import dev.ecrgen.runtime.protocol.JsonReader;
import dev.ecrgen.runtime.protocol.JsonToken;
import dev.ecrgen.runtime.transport.Headers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads an AWS JSON error response into {@link AwsErrorDetails}. It never throws: whatever the body holds, the caller
 * gets details it can turn into an exception.
 *
 * <p>The error code comes from the {@code x-amzn-ErrorType} header, else the body's {@code __type}, else its
 * {@code code}; a {@code namespace#} prefix and a {@code :uri} suffix are removed. When none of these is present (an
 * empty or unreadable body, e.g. an HTML page from a proxy) the code stays null, as in the AWS SDK; the status code
 * still tells what happened. The message comes from the body's {@code message} field in any letter case, else its
 * {@code errorMessage}; the request id from {@code x-amzn-RequestId}, else {@code x-amz-request-id}.
 */
public final class ErrorDecoder {

    private ErrorDecoder() {
    }

    /**
     * Decodes an error response.
     *
     * @param serviceName the short service name for messages, e.g. {@code Ecr}
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the response body, may be empty or null
     * @return the decoded details, never null
     */
    public static AwsErrorDetails decode(String serviceName, int status, Map<String, List<String>> headers,
            byte[] body) {
        return decode(serviceName, status, headers, body, null);
    }

    /**
     * Decodes an error response to a request signed with a known clock skew; the exception made from the details
     * carries the skew ({@link AwsServiceException#requestClockSkew()}).
     *
     * @param serviceName the short service name for messages, e.g. {@code Ecr}
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the response body, may be empty or null
     * @param clockSkew how far the client's clock was ahead of the service's when the request was signed, or null
     * @return the decoded details, never null
     */
    public static AwsErrorDetails decode(String serviceName, int status, Map<String, List<String>> headers,
            byte[] body, Duration clockSkew) {
        BodyFields fields = readBody(body);
        String code = sanitizeCode(Headers.firstOrNull(headers, "x-amzn-ErrorType"));
        if (code == null) {
            code = sanitizeCode(fields.type);
        }
        if (code == null) {
            code = sanitizeCode(fields.code);
        }
        String requestId = Headers.firstOrNull(headers, "x-amzn-RequestId");
        if (requestId == null) {
            requestId = Headers.firstOrNull(headers, "x-amz-request-id");
        }
        return AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(fields.message != null ? fields.message : fields.errorMessage)
                .serviceName(serviceName)
                .statusCode(status)
                .requestId(requestId)
                .headers(headers)
                .rawBody(body)
                .clockSkew(clockSkew)
                .build();
    }

    /**
     * Removes a {@code namespace#} prefix and a {@code :uri} suffix from a raw error code.
     *
     * @param raw the code as sent, may be null
     * @return the bare code, or null when nothing is left
     */
    public static String sanitizeCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw;
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.indexOf('#');
        if (hash >= 0) {
            code = code.substring(hash + 1);
        }
        code = code.trim();
        return code.isEmpty() ? null : code;
    }

    private static BodyFields readBody(byte[] body) {
        BodyFields fields = new BodyFields();
        if (body == null || body.length == 0) {
            return fields;
        }
        try {
            JsonReader parser = new JsonReader(body);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.accept(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A body that is not JSON still yields whatever was read before the bad part.
            return fields;
        }
        return fields;
    }

    /** The error-related fields found at the top level of a JSON error body. */
    private static final class BodyFields {
        private String type;
        private String code;
        private String message;
        private String errorMessage;

        void accept(String name, String value) {
            if ("__type".equals(name)) {
                type = type == null ? value : type;
            } else if ("code".equals(name)) {
                code = code == null ? value : code;
            } else if ("message".equalsIgnoreCase(name)) {
                message = message == null ? value : message;
            } else if ("errorMessage".equals(name)) {
                errorMessage = errorMessage == null ? value : errorMessage;
            }
        }
    }
}
