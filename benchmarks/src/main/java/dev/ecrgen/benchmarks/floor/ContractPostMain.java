package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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
        Region region = Region.US_EAST_1;
        AwsCredentialsProvider provider = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        int repositories = SdkSignedPost.describeRepositories(URI.create(args[0]), provider.resolveCredentials(),
                region.id());
        System.out.println("ANSWER " + repositories);
    }
}
