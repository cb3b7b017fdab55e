package dev.ecrgen.benchmarks.payload;

import java.nio.charset.StandardCharsets;

/**
 * The canned answer for each ECR operation the benchmarks call, chosen by the {@code X-Amz-Target} header: served by
 * the loopback server and by the in-memory transports of the JMH call benchmarks.
 */
public final class CannedReplies {

    private static final String TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921.";

    private final byte[] describeRepositories = EcrPayloads.describeRepositories();
    private final byte[] describeImages = EcrPayloads.describeImages();
    private final byte[] putImage = EcrPayloads.putImage();
    private final byte[] unknown = ("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
            + "\"message\":\"the benchmark server does not answer this operation\"}").getBytes(StandardCharsets.UTF_8);

    /** The body for a target, or null when the operation is not one the benchmarks call. */
    public byte[] forTarget(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return null;
        }
        switch (target.substring(TARGET_PREFIX.length())) {
            case "DescribeRepositories":
                return describeRepositories;
            case "DescribeImages":
                return describeImages;
            case "PutImage":
                return putImage;
            default:
                return null;
        }
    }

    /** The error body for an operation the benchmarks do not call. */
    public byte[] unknownOperation() {
        return unknown;
    }
}
