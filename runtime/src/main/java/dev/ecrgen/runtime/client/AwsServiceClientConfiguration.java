package dev.ecrgen.runtime.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.endpoints.EndpointProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * What a client was built with, as its {@code serviceClientConfiguration()} reports it: the names of the AWS SDK's
 * {@code software.amazon.awssdk.awscore.AwsServiceClientConfiguration}. Each service has a subclass
 * ({@code EcrServiceClientConfiguration}) with a builder. Immutable.
 */
public abstract class AwsServiceClientConfiguration {

    private final Region region;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private final URI endpointOverride;
    private final EndpointProvider endpointProvider;
    private final ClientOverrideConfiguration overrideConfiguration;

    /**
     * Takes the values of a service's configuration builder.
     *
     * @param builder the builder
     */
    protected AwsServiceClientConfiguration(Builder<?> builder) {
        this.region = builder.region();
        this.credentialsProvider = builder.credentialsProvider();
        this.endpointOverride = builder.endpointOverride();
        this.endpointProvider = builder.endpointProvider();
        this.overrideConfiguration = builder.overrideConfiguration();
    }

    /**
     * Returns the region the client signs requests for and whose endpoint it calls.
     *
     * @return the region
     */
    public Region region() {
        return region;
    }

    /**
     * Returns where the client's credentials come from: the provider given to its builder, else the default chain.
     *
     * @return the credentials provider
     */
    public IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider() {
        return credentialsProvider;
    }

    /**
     * Returns the endpoint set with the builder's {@code endpointOverride}, or by an endpoint URL setting
     * ({@code aws.endpointUrl...}, {@code AWS_ENDPOINT_URL...}, the profile's), as the AWS SDK reports it.
     *
     * @return the endpoint override, empty when requests go where the region's endpoint is
     */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /**
     * Returns what decides where the client's requests go: the provider given to its builder, else the one that
     * follows the service's endpoint rule set.
     *
     * @return the endpoint provider, empty for a client generated without an endpoint rule set
     */
    public Optional<EndpointProvider> endpointProvider() {
        return Optional.ofNullable(endpointProvider);
    }

    /**
     * Returns the client's call limits in the AWS SDK's form: {@code apiCallTimeout} and
     * {@code apiCallAttemptTimeout}, as set on the client's builder.
     *
     * @return the override configuration; its other settings are unset
     */
    public ClientOverrideConfiguration overrideConfiguration() {
        return overrideConfiguration;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        AwsServiceClientConfiguration other = (AwsServiceClientConfiguration) obj;
        return Objects.equals(region, other.region)
                && Objects.equals(credentialsProvider, other.credentialsProvider)
                && Objects.equals(endpointOverride, other.endpointOverride)
                && Objects.equals(endpointProvider, other.endpointProvider)
                && Objects.equals(overrideConfiguration, other.overrideConfiguration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, credentialsProvider, endpointOverride, endpointProvider, overrideConfiguration);
    }

    /**
     * What a service configuration's builder holds; the service's builder ({@code EcrServiceClientConfiguration.Builder})
     * extends it and builds its own type. Not thread-safe.
     *
     * @param <B> the service's builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private Region region;
        private IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
        private URI endpointOverride;
        private EndpointProvider endpointProvider;
        private ClientOverrideConfiguration overrideConfiguration;

        /** For the services' builders. */
        protected Builder() {
        }

        /**
         * Sets the region.
         *
         * @param region the region
         * @return this builder
         */
        public B region(Region region) {
            this.region = region;
            return self();
        }

        /**
         * Returns the region set so far.
         *
         * @return the region, or null
         */
        public Region region() {
            return region;
        }

        /**
         * Sets the credentials provider.
         *
         * @param credentialsProvider the provider
         * @return this builder
         */
        public B credentialsProvider(IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return self();
        }

        /**
         * Returns the credentials provider set so far.
         *
         * @return the provider, or null
         */
        public IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider() {
            return credentialsProvider;
        }

        /**
         * Sets the endpoint override.
         *
         * @param endpointOverride the endpoint, or null for none
         * @return this builder
         */
        public B endpointOverride(URI endpointOverride) {
            this.endpointOverride = endpointOverride;
            return self();
        }

        /**
         * Returns the endpoint override set so far.
         *
         * @return the endpoint, or null
         */
        public URI endpointOverride() {
            return endpointOverride;
        }

        /**
         * Sets the endpoint provider.
         *
         * @param endpointProvider the provider, or null for none
         * @return this builder
         */
        public B endpointProvider(EndpointProvider endpointProvider) {
            this.endpointProvider = endpointProvider;
            return self();
        }

        /**
         * Returns the endpoint provider set so far.
         *
         * @return the provider, or null
         */
        public EndpointProvider endpointProvider() {
            return endpointProvider;
        }

        /**
         * Sets the override configuration.
         *
         * @param overrideConfiguration the configuration, or null
         * @return this builder
         */
        public B overrideConfiguration(ClientOverrideConfiguration overrideConfiguration) {
            this.overrideConfiguration = overrideConfiguration;
            return self();
        }

        /**
         * Sets the override configuration, filled in on a new builder.
         *
         * @param overrideConfiguration fills in a new {@link ClientOverrideConfiguration.Builder}
         * @return this builder
         */
        public B overrideConfiguration(Consumer<ClientOverrideConfiguration.Builder> overrideConfiguration) {
            ClientOverrideConfiguration.Builder builder = ClientOverrideConfiguration.builder();
            overrideConfiguration.accept(builder);
            return overrideConfiguration(builder.build());
        }

        /**
         * Returns the override configuration set so far.
         *
         * @return the configuration, or null
         */
        public ClientOverrideConfiguration overrideConfiguration() {
            return overrideConfiguration;
        }

        /**
         * Creates the configuration.
         *
         * @return the immutable configuration
         */
        public abstract AwsServiceClientConfiguration build();

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
