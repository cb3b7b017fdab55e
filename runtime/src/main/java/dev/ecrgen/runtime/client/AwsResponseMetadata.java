package dev.ecrgen.runtime.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service said about a call besides its answer, as the AWS SDK's
 * {@code software.amazon.awssdk.awscore.AwsResponseMetadata}: above all the request id, which AWS support asks for.
 * Each service has a subclass ({@code EcrResponseMetadata}) that its responses return.
 */
public abstract class AwsResponseMetadata {

    /** The key of the request id among the metadata. */
    protected static final String AWS_REQUEST_ID = "AWS_REQUEST_ID";

    private static final String UNKNOWN = "UNKNOWN";

    private final Map<String, String> metadata;

    /**
     * Creates metadata from its raw values.
     *
     * @param metadata keys to values; copied
     */
    protected AwsResponseMetadata(Map<String, String> metadata) {
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * Creates metadata with the values of another.
     *
     * @param responseMetadata the metadata to take the values of
     */
    protected AwsResponseMetadata(AwsResponseMetadata responseMetadata) {
        this.metadata = responseMetadata.metadata;
    }

    /**
     * Returns the id the service gave the request, from the {@code x-amzn-RequestId} header, else the
     * {@code x-amz-request-id} header.
     *
     * @return the request id, or {@code UNKNOWN} when the service sent none
     */
    public String requestId() {
        return getValue(AWS_REQUEST_ID);
    }

    /**
     * Returns a value of the metadata.
     *
     * @param key the key, such as a response header's name as received
     * @return the value, or {@code UNKNOWN} when there is none
     */
    protected final String getValue(String key) {
        String value = metadata.get(key);
        return value == null ? UNKNOWN : value;
    }

    /** Names the keys only, as the AWS SDK does: {@code AwsResponseMetadata(metadata=[AWS_REQUEST_ID, Date])}. */
    @Override
    public final String toString() {
        return "AwsResponseMetadata(metadata=" + metadata.keySet() + ")";
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass() && metadata.equals(((AwsResponseMetadata) obj).metadata);
    }

    @Override
    public int hashCode() {
        return metadata.hashCode();
    }
}
