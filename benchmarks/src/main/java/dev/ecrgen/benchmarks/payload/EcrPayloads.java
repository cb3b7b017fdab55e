package dev.ecrgen.benchmarks.payload;

import java.nio.charset.StandardCharsets;

/**
 * The JSON bodies the loopback server answers with and the benchmarks decode, shaped like real ECR answers. Built
 * deterministically so every run and both clients see the same bytes.
 */
public final class EcrPayloads {

    /** Images in the large {@code DescribeImages} answer. */
    public static final int IMAGE_COUNT = 1000;

    /** Size of the image manifest sent with {@code PutImage}. */
    public static final int MANIFEST_BYTES = 64 * 1024;

    public static final String REGISTRY_ID = "123456789012";
    public static final String REPOSITORY = "team/service";

    private EcrPayloads() {
    }

    /** A {@code DescribeRepositories} answer with one repository: the small call of the cold and steady runs. */
    public static byte[] describeRepositories() {
        String json = "{\"repositories\":[{"
                + "\"repositoryArn\":\"arn:aws:ecr:us-east-1:" + REGISTRY_ID + ":repository/" + REPOSITORY + "\","
                + "\"registryId\":\"" + REGISTRY_ID + "\","
                + "\"repositoryName\":\"" + REPOSITORY + "\","
                + "\"repositoryUri\":\"" + REGISTRY_ID + ".dkr.ecr.us-east-1.amazonaws.com/" + REPOSITORY + "\","
                + "\"createdAt\":1.700000123456E9,"
                + "\"imageTagMutability\":\"IMMUTABLE\","
                + "\"imageScanningConfiguration\":{\"scanOnPush\":true},"
                + "\"encryptionConfiguration\":{\"encryptionType\":\"AES256\"}}]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code DescribeImages} answer with {@value #IMAGE_COUNT} images (about 390 KB, two timestamps each). */
    public static byte[] describeImages() {
        StringBuilder json = new StringBuilder(IMAGE_COUNT * 400);
        json.append("{\"imageDetails\":[");
        for (int i = 0; i < IMAGE_COUNT; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"registryId\":\"").append(REGISTRY_ID).append("\",")
                    .append("\"repositoryName\":\"").append(REPOSITORY).append("\",")
                    .append("\"imageDigest\":\"sha256:").append(hex64(i)).append("\",")
                    .append("\"imageTags\":[\"v1.").append(i).append(".0\",\"build-").append(100000 + i).append("\"],")
                    .append("\"imageSizeInBytes\":").append(31_457_280L + i * 4096L).append(',')
                    .append("\"imagePushedAt\":").append(1_700_000_000L + i * 60L).append(".123,")
                    .append("\"imageScanStatus\":{\"status\":\"COMPLETE\"},")
                    .append("\"imageManifestMediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",")
                    .append("\"lastRecordedPullTime\":").append(1_700_500_000L + i).append(".5}");
        }
        json.append("],\"nextToken\":\"").append(hex64(IMAGE_COUNT)).append("\"}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code PutImage} answer: the stored image, without the manifest echoed back. */
    public static byte[] putImage() {
        String json = "{\"image\":{\"registryId\":\"" + REGISTRY_ID + "\",\"repositoryName\":\"" + REPOSITORY + "\","
                + "\"imageId\":{\"imageDigest\":\"sha256:" + hex64(7) + "\",\"imageTag\":\"v7\"},"
                + "\"imageManifestMediaType\":\"application/vnd.oci.image.manifest.v1+json\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An OCI image manifest of exactly {@value #MANIFEST_BYTES} characters, pretty-printed like one pushed by a
     * registry client: its quotes and newlines are what a JSON string writer has to escape.
     */
    public static String manifest() {
        StringBuilder m = new StringBuilder(MANIFEST_BYTES + 512);
        m.append("{\n  \"schemaVersion\": 2,\n  \"mediaType\": \"application/vnd.oci.image.manifest.v1+json\",\n")
                .append("  \"config\": {\"mediaType\": \"application/vnd.oci.image.config.v1+json\", \"size\": 7023, ")
                .append("\"digest\": \"sha256:").append(hex64(1)).append("\"},\n  \"layers\": [\n");
        int layer = 0;
        while (m.length() < MANIFEST_BYTES - 400) {
            m.append("    {\"mediaType\": \"application/vnd.oci.image.layer.v1.tar+gzip\", \"size\": ")
                    .append(1_000_000 + layer * 31).append(", \"digest\": \"sha256:").append(hex64(layer + 2))
                    .append("\"},\n");
            layer++;
        }
        m.append("    {\"mediaType\": \"application/vnd.oci.image.layer.v1.tar+gzip\", \"size\": 1, \"digest\": ")
                .append("\"sha256:").append(hex64(0)).append("\"}\n  ],\n  \"annotations\": {\"note\": \"");
        while (m.length() < MANIFEST_BYTES - 3) {
            m.append('x');
        }
        m.append("\"}}");
        return m.toString();
    }

    /** A deterministic 64-digit hex string, like a SHA-256 digest. */
    public static String hex64(int seed) {
        char[] digits = new char[64];
        long x = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i = 0; i < digits.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            digits[i] = Character.forDigit((int) (x & 15), 16);
        }
        return new String(digits);
    }
}
