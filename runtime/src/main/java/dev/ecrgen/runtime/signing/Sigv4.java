package dev.ecrgen.runtime.signing;

import dev.ecrgen.runtime.transport.Headers;
import dev.ecrgen.runtime.transport.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs requests with AWS Signature Version 4 using the AWS SDK's {@link AwsV4HttpSigner}, for one signing name and
 * region. The payload is hashed into the signature. Thread-safe.
 */
public final class Sigv4 {

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final String signingName;
    private final String region;
    private final Clock clock;

    /**
     * Creates a signer.
     *
     * @param signingName the service's signing name, e.g. {@code ecr}
     * @param region the region id, e.g. {@code us-east-1}
     * @param clock the clock that dates signatures, or null for the system clock
     */
    public Sigv4(String signingName, String region, Clock clock) {
        if (signingName == null || signingName.isEmpty()) {
            throw new IllegalArgumentException("Sigv4 needs a signing name, got " + signingName);
        }
        if (region == null || region.isEmpty()) {
            throw new IllegalArgumentException("Sigv4 needs a region, got " + region);
        }
        this.signingName = signingName;
        this.region = region;
        this.clock = clock;
    }

    /**
     * Signs a request, returning a copy with the signing headers ({@code Host}, {@code X-Amz-Date}, the session token
     * when there is one, and {@code Authorization}) added after the request's own headers.
     *
     * @param request the final request, body included
     * @param credentials the credentials to sign with
     * @param clockOffsetMillis milliseconds to add to the clock, to make up for a known clock skew
     * @return the signed request
     */
    public HttpRequest sign(HttpRequest request, AwsCredentialsIdentity credentials, long clockOffsetMillis) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .method(method(request.method()))
                .uri(request.uri());
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            unsigned.putHeader(header.getKey(), header.getValue());
        }
        SignRequest.Builder<AwsCredentialsIdentity> signRequest = SignRequest.builder(credentials)
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region);
        Clock signingClock = signingClock(clockOffsetMillis);
        if (signingClock != null) {
            signRequest.putProperty(HttpSigner.SIGNING_CLOCK, signingClock);
        }
        SignedRequest signed = signer.sign(signRequest.build());
        return new HttpRequest(request.method(), request.uri(), merge(request.headers(), signed.request().headers()),
                request.body());
    }

    /** The SDK's constant for a method; the usual ones without {@link SdkHttpMethod#fromValue}, which runs a stream. */
    private static SdkHttpMethod method(String name) {
        switch (name) {
            case "POST":
                return SdkHttpMethod.POST;
            case "GET":
                return SdkHttpMethod.GET;
            case "PUT":
                return SdkHttpMethod.PUT;
            case "DELETE":
                return SdkHttpMethod.DELETE;
            default:
                return SdkHttpMethod.fromValue(name);
        }
    }

    private Clock signingClock(long offsetMillis) {
        if (offsetMillis == 0) {
            return clock;
        }
        return Clock.offset(clock == null ? Clock.systemUTC() : clock, Duration.ofMillis(offsetMillis));
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> original,
            Map<String, List<String>> signed) {
        Map<String, List<String>> merged = new LinkedHashMap<>((original.size() + 4) * 2);
        merged.putAll(original);
        for (Map.Entry<String, List<String>> header : signed.entrySet()) {
            if (!Headers.contains(original, header.getKey())) {
                merged.put(header.getKey(), header.getValue());
            }
        }
        return merged;
    }
}
