package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/**
 * {@link SignedPostMain} with what a program hands any client under this project's contract: the region as an SDK
 * {@code Region} and the credentials through an SDK {@code StaticCredentialsProvider}, resolved before signing. The
 * least a client with the official client's builder API does for a first call. Prints {@code ANSWER <repositories>}.
 */
public final class ContractPostMain {

    private ContractPostMain() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        byte[] body = "{\"maxResults\":10}".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", BarePost.DESCRIBE_REPOSITORIES)
                .build();
        Region region = Region.US_EAST_1;
        AwsCredentialsProvider provider = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        AwsCredentialsIdentity credentials = provider.resolveCredentials();
        SignedRequest signed = AwsV4HttpSigner.create().sign(SignRequest.builder(credentials)
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ecr")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                .build());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.request().headers());
        byte[] answer = BarePost.send(endpoint, headers, body);
        int repositories = Repositories.count(answer);
        System.out.println("ANSWER " + repositories);
    }
}
