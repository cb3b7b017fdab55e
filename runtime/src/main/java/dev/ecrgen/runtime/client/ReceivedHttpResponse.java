package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.Headers;
import dev.ecrgen.runtime.transport.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The status line and headers of a response the client received, as the AWS SDK's {@link SdkHttpResponse}. It keeps
 * the transport's header map as it is; the case-insensitive map that {@link #headers()} returns and the response
 * metadata are made the first time they are asked for, so a call that never looks at them pays one small object.
 * Immutable.
 */
final class ReceivedHttpResponse implements SdkHttpResponse {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String statusText;
    private final Map<String, List<String>> received;
    private transient Map<String, List<String>> headers;
    private transient AwsResponseMetadata metadata;

    ReceivedHttpResponse(HttpResponse response) {
        this.statusCode = response.statusCode();
        this.statusText = response.statusText();
        this.received = response.headers();
    }

    @Override
    public int statusCode() {
        return statusCode;
    }

    @Override
    public Optional<String> statusText() {
        return Optional.ofNullable(statusText);
    }

    /** The headers as received, names compared without regard to case; read-only. */
    @Override
    public Map<String, List<String>> headers() {
        Map<String, List<String>> view = headers;
        if (view == null) {
            Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Map.Entry<String, List<String>> header : received.entrySet()) {
                List<String> values = sorted.get(header.getKey());
                if (values == null) {
                    sorted.put(header.getKey(), List.copyOf(header.getValue()));
                } else {
                    List<String> joined = new ArrayList<>(values);
                    joined.addAll(header.getValue());
                    sorted.put(header.getKey(), Collections.unmodifiableList(joined));
                }
            }
            view = Collections.unmodifiableMap(sorted);
            headers = view;
        }
        return view;
    }

    @Override
    public Builder toBuilder() {
        return SdkHttpResponse.builder().statusCode(statusCode).statusText(statusText).headers(headers());
    }

    /** The metadata of the response: its request id and the first value of each header. */
    AwsResponseMetadata metadata() {
        AwsResponseMetadata made = metadata;
        if (made == null) {
            Map<String, String> values = new LinkedHashMap<>(received.size() * 2 + 2);
            String requestId = Headers.firstOrNull(received, "x-amzn-RequestId");
            values.put(AwsResponseMetadata.AWS_REQUEST_ID,
                    requestId != null ? requestId : Headers.firstOrNull(received, "x-amz-request-id"));
            for (Map.Entry<String, List<String>> header : received.entrySet()) {
                if (!header.getValue().isEmpty()) {
                    values.put(header.getKey(), header.getValue().get(0));
                }
            }
            made = new Metadata(values);
            metadata = made;
        }
        return made;
    }

    @Override
    public String toString() {
        return "SdkHttpResponse(statusCode=" + statusCode + (statusText == null ? "" : ", statusText=" + statusText)
                + ", headers=" + received.keySet() + ")";
    }

    /** The metadata the runtime makes from a received response. */
    private static final class Metadata extends AwsResponseMetadata {
        Metadata(Map<String, String> values) {
            super(values);
        }
    }
}
