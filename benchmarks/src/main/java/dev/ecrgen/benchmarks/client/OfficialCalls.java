package dev.ecrgen.benchmarks.client;

import dev.ecrgen.benchmarks.payload.EcrPayloads;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.EcrClientBuilder;
import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesRequest;

/**
 * The calls made with the official client. The HTTP client is given by the caller, or left to the SDK's default
 * (found on the classpath) when null: each program names only the HTTP client its classpath holds.
 */
public final class OfficialCalls implements EcrCalls {

    private final EcrClient client;
    private final DescribeRepositoriesRequest repositories = DescribeRepositoriesRequest.builder().maxResults(10).build();
    private final DescribeImagesRequest images = DescribeImagesRequest.builder()
            .repositoryName(EcrPayloads.REPOSITORY).maxResults(1000).build();

    /** Builds the client for the endpoint, with static credentials, an explicit region and the given HTTP client. */
    public OfficialCalls(URI endpoint, SdkHttpClient.Builder<?> httpClient) {
        EcrClientBuilder builder = EcrClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .endpointOverride(endpoint);
        if (httpClient != null) {
            builder.httpClientBuilder(httpClient);
        }
        this.client = builder.build();
    }

    @Override
    public int describeRepositories() {
        return client.describeRepositories(repositories).repositories().size();
    }

    @Override
    public int describeImages() {
        return client.describeImages(images).imageDetails().size();
    }

    @Override
    public void close() {
        client.close();
    }
}
