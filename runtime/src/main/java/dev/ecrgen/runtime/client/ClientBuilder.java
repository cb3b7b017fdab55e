package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * What the sync and async client builders share: region, credentials, endpoint, transport, retries, timeouts and the
 * signing clock. Setters take null to mean "use the default"; {@link #resolveCommon} fills the defaults in. The default
 * region and credential chains are only touched when no region or provider was given.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type built
 * @param <T> the HTTP transport type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C, T>, C, T> {

    private Region region;
    private IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private URI endpointOverride;
    private T httpTransport;
    private RetryPolicy retryPolicy;
    private Duration connectTimeout;
    private Duration apiCallAttemptTimeout;
    private Duration apiCallTimeout;
    private Clock signingClock;

    /** Creates a builder with nothing set. */
    protected ClientBuilder() {
    }

    /**
     * Sets the region; without one the default region provider chain is asked.
     *
     * @param region the region, or null for the default chain
     * @return this builder
     */
    public B region(Region region) {
        this.region = region;
        return self();
    }

    /**
     * Sets where credentials come from; without one the default credentials provider chain is used.
     *
     * @param credentialsProvider the provider, or null for the default chain
     * @return this builder
     */
    public B credentialsProvider(AwsCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return self();
    }

    /**
     * Sets where credentials come from; without one the default credentials provider chain is used.
     *
     * @param credentialsProvider the provider, or null for the default chain
     * @return this builder
     */
    public B credentialsProvider(IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return self();
    }

    /**
     * Sends requests to this endpoint instead of the region's; its path, if any, is kept.
     *
     * @param endpointOverride an absolute http or https URI, or null for the region's endpoint
     * @return this builder
     */
    public B endpointOverride(URI endpointOverride) {
        if (endpointOverride != null) {
            String scheme = endpointOverride.getScheme();
            boolean http = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
            if (!http || endpointOverride.getHost() == null) {
                throw new IllegalArgumentException(
                        "endpointOverride must be an absolute http or https URI with a host, was: " + endpointOverride);
            }
        }
        this.endpointOverride = endpointOverride;
        return self();
    }

    /**
     * Keeps the transport for {@link #configuredTransport()}; the subclasses expose it under their transport type.
     *
     * @param httpTransport the transport, or null for the default one
     * @return this builder
     */
    protected final B transport(T httpTransport) {
        this.httpTransport = httpTransport;
        return self();
    }

    /**
     * Sets the retry policy; without one {@link RetryPolicy#defaults()} is used.
     *
     * @param retryPolicy the policy, or null for the default
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return self();
    }

    /**
     * Sets the TCP connect timeout of the default transport (2 s unless set).
     *
     * @param connectTimeout a positive duration, or null for the default
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positiveOrNull(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * Limits each attempt; an attempt that takes longer fails with
     * {@link software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException} and may be retried.
     *
     * @param apiCallAttemptTimeout a positive duration, or null for no limit
     * @return this builder
     */
    public B apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
        this.apiCallAttemptTimeout = positiveOrNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        return self();
    }

    /**
     * Limits a whole call, retries and waits included; a call that takes longer fails with
     * {@link software.amazon.awssdk.core.exception.ApiCallTimeoutException}.
     *
     * @param apiCallTimeout a positive duration, or null for no limit
     * @return this builder
     */
    public B apiCallTimeout(Duration apiCallTimeout) {
        this.apiCallTimeout = positiveOrNull(apiCallTimeout, "apiCallTimeout");
        return self();
    }

    /**
     * Sets the clock that dates request signatures.
     *
     * @param signingClock the clock, or null for the system clock
     * @return this builder
     */
    public B signingClock(Clock signingClock) {
        this.signingClock = signingClock;
        return self();
    }

    /**
     * Builds the client.
     *
     * @return a new client
     */
    public abstract C build();

    /**
     * Resolves what every client needs, filling in each default that was not set.
     *
     * @param service the service the client talks to
     * @return the resolved common settings
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no region is set and none can be found
     */
    protected final CommonSettings resolveCommon(ServiceInfo service) {
        if (service == null) {
            throw new IllegalArgumentException("resolveSettings needs a ServiceInfo, got null");
        }
        Region resolvedRegion = region != null ? region : DefaultProviders.region(service);
        IdentityProvider<? extends AwsCredentialsIdentity> resolvedCredentials =
                credentialsProvider != null ? credentialsProvider : DefaultProviders.credentials();
        URI endpoint = endpointOverride != null ? endpointOverride : Endpoints.regionalEndpoint(service, resolvedRegion);
        RetryPolicy policy = retryPolicy != null ? retryPolicy : RetryPolicy.defaults();
        return new CommonSettings(service, resolvedRegion, resolvedCredentials, endpoint, policy,
                apiCallAttemptTimeout, apiCallTimeout, signingClock);
    }

    /**
     * Returns the transport given to the builder.
     *
     * @return the transport, or null for the default one
     */
    protected final T configuredTransport() {
        return httpTransport;
    }

    /**
     * Returns the connect timeout given to the builder.
     *
     * @return the timeout, or null for the transport's default
     */
    protected final Duration configuredConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    private static Duration positiveOrNull(Duration value, String name) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
        return value;
    }
}
