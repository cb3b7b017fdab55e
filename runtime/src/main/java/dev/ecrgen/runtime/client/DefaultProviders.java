package dev.ecrgen.runtime.client;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The AWS default chains, kept in their own class so they are only loaded when a builder needs them. */
final class DefaultProviders {

    private DefaultProviders() {
    }

    static Region region(ServiceInfo service) {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            StringBuilder message = new StringBuilder(200)
                    .append("Unable to determine the region for ").append(service.serviceName())
                    .append(": set region(...) on the client builder, the aws.region system property,")
                    .append(" the AWS_REGION environment variable or a region in the AWS config profile");
            throw SdkClientException.create(message.toString(), e);
        }
    }

    static AwsCredentialsProvider credentials() {
        return DefaultCredentialsProvider.builder().build();
    }
}
