package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The settings every client has, resolved: service, region, credentials, endpoint, retry policy, time limits and the
 * signing clock. {@link ClientSettings} and {@link AsyncClientSettings} add their transport.
 */
public class CommonSettings {

    private final ServiceInfo service;
    private final Region region;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private final URI endpoint;
    private final RetryPolicy retryPolicy;
    private final Duration apiCallAttemptTimeout;
    private final Duration apiCallTimeout;
    private final Clock clock;

    CommonSettings(ServiceInfo service, Region region,
            IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider, URI endpoint,
            RetryPolicy retryPolicy, Duration apiCallAttemptTimeout, Duration apiCallTimeout, Clock clock) {
        this.service = service;
        this.region = region;
        this.credentialsProvider = credentialsProvider;
        this.endpoint = endpoint;
        this.retryPolicy = retryPolicy;
        this.apiCallAttemptTimeout = apiCallAttemptTimeout;
        this.apiCallTimeout = apiCallTimeout;
        this.clock = clock;
    }

    /** For the transport-specific settings: the same common values. */
    CommonSettings(CommonSettings common) {
        this(common.service, common.region, common.credentialsProvider, common.endpoint, common.retryPolicy,
                common.apiCallAttemptTimeout, common.apiCallTimeout, common.clock);
    }

    /**
     * Returns the service description.
     *
     * @return the service
     */
    public ServiceInfo service() {
        return service;
    }

    /**
     * Returns the region requests are signed for.
     *
     * @return the region
     */
    public Region region() {
        return region;
    }

    /**
     * Returns where credentials come from; asked once per attempt.
     *
     * @return the credentials provider
     */
    public IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider() {
        return credentialsProvider;
    }

    /**
     * Returns the endpoint requests go to.
     *
     * @return the endpoint URI
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns the retry policy.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Returns the limit for one attempt, if any.
     *
     * @return the attempt timeout, empty when unlimited
     */
    public Optional<Duration> apiCallAttemptTimeout() {
        return Optional.ofNullable(apiCallAttemptTimeout);
    }

    /**
     * Returns the limit for a whole call, retries and waits included, if any.
     *
     * @return the call timeout, empty when unlimited
     */
    public Optional<Duration> apiCallTimeout() {
        return Optional.ofNullable(apiCallTimeout);
    }

    /**
     * Returns the clock that dates signatures, if one was set.
     *
     * @return the clock, empty for the system clock
     */
    public Optional<Clock> clock() {
        return Optional.ofNullable(clock);
    }
}
