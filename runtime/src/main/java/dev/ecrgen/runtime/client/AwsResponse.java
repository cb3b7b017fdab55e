package dev.ecrgen.runtime.client;

import java.util.Objects;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The base of every generated response: the HTTP response it came in ({@link #sdkHttpResponse()}) and the
 * {@link AwsResponseMetadata} with the request id, as the AWS SDK's {@code software.amazon.awssdk.awscore.AwsResponse}
 * has them. A response read by the client gets them from the client's invoker, once, before the client returns it,
 * so the response is unchanged from the moment the caller can see it; one built by hand has what its builder was
 * given.
 */
public abstract class AwsResponse {

    private SdkHttpResponse sdkHttpResponse;
    private AwsResponseMetadata responseMetadata;

    /**
     * Takes the HTTP response and the metadata from the response's builder.
     *
     * @param builder the response's builder
     */
    protected AwsResponse(Builder builder) {
        this(builder.sdkHttpResponse(), builder.responseMetadata());
    }

    /**
     * Takes the HTTP response and the metadata as the response's builder holds them. The generated responses use this
     * form: it reads the builder's fields without calls through its interface, which keeps the builder the codec fills
     * cheap enough for the JIT to leave unallocated.
     *
     * @param sdkHttpResponse the HTTP response, or null
     * @param responseMetadata the metadata, or null
     */
    protected AwsResponse(SdkHttpResponse sdkHttpResponse, AwsResponseMetadata responseMetadata) {
        this.sdkHttpResponse = sdkHttpResponse;
        this.responseMetadata = responseMetadata;
    }

    /**
     * Returns the status code, status text and headers of the HTTP response.
     *
     * @return the HTTP response, or null for a response built by hand without one
     */
    public SdkHttpResponse sdkHttpResponse() {
        return sdkHttpResponse;
    }

    /**
     * Returns what the service said about the call besides its answer, such as the request id.
     *
     * @return the metadata, or null for a response built by hand without it
     */
    public AwsResponseMetadata responseMetadata() {
        if (responseMetadata == null && sdkHttpResponse instanceof ReceivedHttpResponse) {
            return ((ReceivedHttpResponse) sdkHttpResponse).metadata();
        }
        return responseMetadata;
    }

    /** Called by the invoker on the object the codec just made, before anyone else can see it. */
    final void received(ReceivedHttpResponse response) {
        this.sdkHttpResponse = response;
    }

    /**
     * Starts a builder that holds this response's values.
     *
     * @return a new builder
     */
    public abstract Builder toBuilder();

    /**
     * Compares the class, the HTTP response and the metadata, as the AWS SDK does; the subclasses add their members.
     * Two responses read from the wire are therefore never equal, while a response and its
     * {@code toBuilder().build()} copy are.
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        AwsResponse other = (AwsResponse) obj;
        return Objects.equals(sdkHttpResponse, other.sdkHttpResponse)
                && Objects.equals(responseMetadata(), other.responseMetadata());
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(sdkHttpResponse) + Objects.hashCode(responseMetadata());
    }

    /** What the builders of every response have: the HTTP response and the metadata. */
    public interface Builder {
        /**
         * Sets the HTTP response, for a response built by hand.
         *
         * @param sdkHttpResponse the HTTP response, or null
         * @return this builder
         */
        Builder sdkHttpResponse(SdkHttpResponse sdkHttpResponse);

        /**
         * Returns the HTTP response set so far.
         *
         * @return the HTTP response, or null
         */
        SdkHttpResponse sdkHttpResponse();

        /**
         * Sets the metadata, for a response built by hand.
         *
         * @param responseMetadata the metadata, or null
         * @return this builder
         */
        Builder responseMetadata(AwsResponseMetadata responseMetadata);

        /**
         * Returns the metadata set so far.
         *
         * @return the metadata, or null
         */
        AwsResponseMetadata responseMetadata();

        /**
         * Creates the response.
         *
         * @return the response
         */
        AwsResponse build();
    }
}
