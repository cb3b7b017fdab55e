package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.payload.EcrPayloads;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Whole calls through each client (marshalling, signing, its pipeline, unmarshalling) over an in-memory transport
 * that answers with the canned bodies: the client's own cost per call, without network or server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmarks {

    private static final URI ENDPOINT = URI.create("https://api.ecr.us-east-1.amazonaws.com");
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));

    private dev.ecrgen.services.ecr.EcrClient ecrgen;
    private software.amazon.awssdk.services.ecr.EcrClient official;
    private dev.ecrgen.services.ecr.model.PutImageRequest ecrgenPutImage;
    private software.amazon.awssdk.services.ecr.model.PutImageRequest officialPutImage;
    private dev.ecrgen.services.ecr.model.DescribeImagesRequest ecrgenDescribeImages;
    private software.amazon.awssdk.services.ecr.model.DescribeImagesRequest officialDescribeImages;
    private dev.ecrgen.services.ecr.model.DescribeRepositoriesRequest ecrgenDescribeRepositories;
    private software.amazon.awssdk.services.ecr.model.DescribeRepositoriesRequest officialDescribeRepositories;

    /** Builds both clients, each in its default configuration but for the transport, and the requests. */
    @Setup
    public void setUp() {
        ecrgen = dev.ecrgen.services.ecr.EcrClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(ENDPOINT)
                .httpTransport(new InMemoryTransport())
                .build();
        official = software.amazon.awssdk.services.ecr.EcrClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(ENDPOINT)
                .httpClient(new InMemorySdkHttpClient())
                .build();
        String manifest = EcrPayloads.manifest();
        ecrgenPutImage = Requests.ecrgenPutImage(manifest);
        officialPutImage = Requests.officialPutImage(manifest);
        ecrgenDescribeImages = dev.ecrgen.services.ecr.model.DescribeImagesRequest.builder()
                .repositoryName(EcrPayloads.REPOSITORY).maxResults(1000).build();
        officialDescribeImages = software.amazon.awssdk.services.ecr.model.DescribeImagesRequest.builder()
                .repositoryName(EcrPayloads.REPOSITORY).maxResults(1000).build();
        ecrgenDescribeRepositories = dev.ecrgen.services.ecr.model.DescribeRepositoriesRequest.builder()
                .maxResults(10).build();
        officialDescribeRepositories = software.amazon.awssdk.services.ecr.model.DescribeRepositoriesRequest.builder()
                .maxResults(10).build();
    }

    /** Closes both clients. */
    @TearDown
    public void tearDown() {
        ecrgen.close();
        official.close();
    }

    @Benchmark
    public Object describeRepositoriesCall_ecrgen() {
        return ecrgen.describeRepositories(ecrgenDescribeRepositories);
    }

    @Benchmark
    public Object describeRepositoriesCall_official() {
        return official.describeRepositories(officialDescribeRepositories);
    }

    @Benchmark
    public Object describeImagesCall_ecrgen() {
        return ecrgen.describeImages(ecrgenDescribeImages);
    }

    @Benchmark
    public Object describeImagesCall_official() {
        return official.describeImages(officialDescribeImages);
    }

    @Benchmark
    public Object putImageCall_ecrgen() {
        return ecrgen.putImage(ecrgenPutImage);
    }

    @Benchmark
    public Object putImageCall_official() {
        return official.putImage(officialPutImage);
    }
}
