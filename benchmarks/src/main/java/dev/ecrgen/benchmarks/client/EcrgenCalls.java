package dev.ecrgen.benchmarks.client;

import dev.ecrgen.benchmarks.payload.EcrPayloads;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeImagesRequest;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesRequest;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The calls made with the generated client, in its default configuration. */
public final class EcrgenCalls implements EcrCalls {

    private final EcrClient client;
    private final DescribeRepositoriesRequest repositories = DescribeRepositoriesRequest.builder().maxResults(10).build();
    private final DescribeImagesRequest images = DescribeImagesRequest.builder()
            .repositoryName(EcrPayloads.REPOSITORY).maxResults(1000).build();

    /** Builds the client for the endpoint, with static credentials and an explicit region. */
    public EcrgenCalls(URI endpoint) {
        this.client = EcrClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .endpointOverride(endpoint)
                .build();
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
