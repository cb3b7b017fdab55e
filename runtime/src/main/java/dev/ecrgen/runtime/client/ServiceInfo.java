package dev.ecrgen.runtime.client;

/**
 * What the runtime needs to know about a service.
 *
 * @param serviceId the model's serviceId, e.g. {@code ECR}
 * @param serviceName the short name used in messages, e.g. {@code Ecr}
 * @param signingName the SigV4 signing name, e.g. {@code ecr}
 * @param endpointPrefix the first label of the default endpoint host, e.g. {@code api.ecr}
 * @param targetPrefix the {@code X-Amz-Target} prefix, e.g. {@code AmazonEC2ContainerRegistry_V20150921}; null or empty
 *     when the model has none, and {@code X-Amz-Target} is then the operation name alone, as the AWS SDK for Java v2
 *     sends it
 * @param jsonVersion {@code 1.0} or {@code 1.1}
 */
public record ServiceInfo(String serviceId, String serviceName, String signingName, String endpointPrefix,
        String targetPrefix, String jsonVersion) {

    /** Checks that every part but the target prefix is present. */
    public ServiceInfo {
        requireText(serviceId, "serviceId");
        requireText(serviceName, "serviceName");
        requireText(signingName, "signingName");
        requireText(endpointPrefix, "endpointPrefix");
        requireText(jsonVersion, "jsonVersion");
    }

    /** The {@code X-Amz-Target} of an operation: {@code <targetPrefix>.<operation>}, or the operation without a prefix. */
    public String target(String operation) {
        if (targetPrefix == null || targetPrefix.isEmpty()) {
            return operation;
        }
        return new StringBuilder(targetPrefix.length() + 1 + operation.length()).append(targetPrefix).append('.')
                .append(operation).toString();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("ServiceInfo." + name + " must not be empty");
        }
    }
}
