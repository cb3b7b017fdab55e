package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * One {@code DescribeRepositories} POST over {@code HttpURLConnection}, signed with the AWS SDK's SigV4 signer and
 * its answer parsed with the runtime's JSON reader: the least any client built on that signer does for a first call.
 * Prints {@code ANSWER <repositories>}.
 */
public final class SignedPostMain {

    private SignedPostMain() {
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
        AwsCredentialsIdentity credentials = AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        SignedRequest signed = AwsV4HttpSigner.create().sign(SignRequest.builder(credentials)
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ecr")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .build());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.request().headers());
        byte[] answer = BarePost.send(endpoint, headers, body);
        int repositories = Repositories.count(answer);
        System.out.println("ANSWER " + repositories);
    }
}
