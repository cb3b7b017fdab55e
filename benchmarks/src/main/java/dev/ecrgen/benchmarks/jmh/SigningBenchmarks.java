package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.floor.JdkSigV4;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;

/**
 * SigV4 for one small call with the headers the generated client sends: through the AWS SDK's
 * {@link AwsV4HttpSigner} (what the runtime uses) and through {@link JdkSigV4} (MessageDigest only, signing key
 * derived on every call). Not a comparison with the official client: a measure of what signing costs per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningBenchmarks {

    private static final URI ENDPOINT = URI.create("https://api.ecr.us-east-1.amazonaws.com/");
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsBasicCredentials credentials = AwsBasicCredentials.create("AKIDEXAMPLE", SECRET);
    private Map<String, String> headers;
    private byte[] body;

    /** The request every benchmark signs. */
    @Setup
    public void setUp() {
        body = "{\"maxResults\":10}".getBytes(StandardCharsets.UTF_8);
        headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories");
        headers.put("Content-Length", Integer.toString(body.length));
        headers.put("User-Agent", "ecrgen/0.1.0 api/ECR os/Linux lang/java#17");
        headers.put("amz-sdk-invocation-id", "3f8a3a43-1d0a-4cd1-9c36-7e1b6a1e8d2c");
        headers.put("amz-sdk-request", "attempt=1; max=3");
    }

    @Benchmark
    public Object sigv4_sdkSigner() {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(ENDPOINT);
        headers.forEach(request::putHeader);
        return signer.sign(SignRequest.builder(credentials)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ecr")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .build());
    }

    @Benchmark
    public Object sigv4_jdkOnly() {
        return JdkSigV4.sign(ENDPOINT, headers, body, "AKIDEXAMPLE", SECRET, "us-east-1", "ecr",
                System.currentTimeMillis());
    }
}
