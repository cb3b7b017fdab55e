package dev.ecrgen.runtime.client;

import java.util.List;

/**
 * What the runtime needs to know about an operation.
 *
 * @param name the operation name as in the model, e.g. {@code ListImages}
 * @param checksumRequired whether the request needs a {@code Content-MD5} header
 * @param requestCompression the model's request compression encodings, e.g. {@code [gzip]}; empty when none
 * @param signed whether requests are signed with SigV4; false for an operation the model sends without
 *     authentication, which then needs no credentials either
 */
public record OperationInfo(String name, boolean checksumRequired, List<String> requestCompression, boolean signed) {

    /** Checks the name and copies the encodings. */
    public OperationInfo {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("OperationInfo.name must not be empty");
        }
        requestCompression = requestCompression == null ? List.of() : List.copyOf(requestCompression);
    }

    /**
     * Describes an operation whose requests are signed.
     *
     * @param name the operation name as in the model
     * @param checksumRequired whether the request needs a {@code Content-MD5} header
     * @param requestCompression the request compression encodings; empty when none
     */
    public OperationInfo(String name, boolean checksumRequired, List<String> requestCompression) {
        this(name, checksumRequired, requestCompression, true);
    }

    /**
     * Describes an operation with no checksum and no compression.
     *
     * @param name the operation name
     * @return the description
     */
    public static OperationInfo of(String name) {
        return new OperationInfo(name, false, List.of());
    }
}
