package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * One {@code DescribeRepositories} POST over {@code HttpURLConnection}, signed with the AWS SDK's SigV4 signer and
 * its answer parsed with the runtime's JSON reader: the least any client built on that signer does for a first call.
 * Prints {@code ANSWER <repositories>}.
 */
public final class SignedPostMain {

    private SignedPostMain() {
    }

    public static void main(String[] args) throws Exception {
        int repositories = SdkSignedPost.describeRepositories(URI.create(args[0]),
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "us-east-1");
        System.out.println("ANSWER " + repositories);
    }
}
