package dev.ecrgen.benchmarks.floor;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** One {@code DescribeRepositories} POST signed by the AWS SDK's SigV4 signer, its answer parsed by {@code JsonReader}. */
final class SdkSignedPost {

    private SdkSignedPost() {
    }

    /** Sends the call and returns how many repositories the answer lists. */
    static int describeRepositories(URI endpoint, AwsCredentialsIdentity credentials, String region)
            throws IOException {
        byte[] body = "{\"maxResults\":10}".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", BarePost.DESCRIBE_REPOSITORIES)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(SignRequest.builder(credentials)
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ecr")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .build());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.request().headers());
        return Repositories.count(BarePost.send(endpoint, headers, body));
    }
}
