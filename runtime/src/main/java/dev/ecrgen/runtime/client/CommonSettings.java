package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.config.AccountIdEndpointMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.endpoints.EndpointProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The settings every client has, resolved: service, region, credentials, where requests go (endpoint override, FIPS,
 * dual-stack), retry policy, time limits and the signing clock. {@link ClientSettings} and {@link AsyncClientSettings}
 * add their transport.
 */
public class CommonSettings {

    private final ServiceInfo service;
    private final Region region;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private final URI endpointOverride;
    private final boolean useFips;
    private final boolean useDualStack;
    private final AccountIdEndpointMode accountIdEndpointMode;
    private final RetryPolicy retryPolicy;
    private final Duration connectTimeout;
    private final Duration apiCallAttemptTimeout;
    private final Duration apiCallTimeout;
    private final Clock clock;
    /** Set by the builder right after construction; the interceptors and metric publishers, none by default. */
    private CallHooks hooks = new CallHooks(List.of(), List.of());

    CommonSettings(ServiceInfo service, Region region,
            IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider, URI endpointOverride,
            boolean useFips, boolean useDualStack, AccountIdEndpointMode accountIdEndpointMode,
            RetryPolicy retryPolicy, Duration connectTimeout,
            Duration apiCallAttemptTimeout, Duration apiCallTimeout, Clock clock) {
        this.service = service;
        this.region = region;
        this.credentialsProvider = credentialsProvider;
        this.endpointOverride = endpointOverride;
        this.useFips = useFips;
        this.useDualStack = useDualStack;
        this.accountIdEndpointMode = accountIdEndpointMode;
        this.retryPolicy = retryPolicy;
        this.connectTimeout = connectTimeout;
        this.apiCallAttemptTimeout = apiCallAttemptTimeout;
        this.apiCallTimeout = apiCallTimeout;
        this.clock = clock;
    }

    /** For the transport-specific settings: the same common values. */
    CommonSettings(CommonSettings common) {
        this(common.service, common.region, common.credentialsProvider, common.endpointOverride, common.useFips,
                common.useDualStack, common.accountIdEndpointMode, common.retryPolicy, common.connectTimeout, common.apiCallAttemptTimeout,
                common.apiCallTimeout, common.clock);
        this.hooks = common.hooks;
    }

    /** The interceptors and metric publishers every call goes through. */
    CallHooks hooks() {
        return hooks;
    }

    /** Sets the interceptors and metric publishers; for the builder only. */
    CommonSettings withHooks(CallHooks callHooks) {
        this.hooks = callHooks;
        return this;
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
     * Returns the endpoint set on the builder or configured with an endpoint URL setting, if any; the endpoint rule
     * set takes it as its {@code SDK::Endpoint} value.
     *
     * @return the endpoint override, empty when requests go where the region's endpoint is
     */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /**
     * Returns whether requests go to FIPS endpoints ({@code AWS::UseFIPS}).
     *
     * @return true for FIPS endpoints
     */
    public boolean useFips() {
        return useFips;
    }

    /**
     * Returns whether requests go to dual-stack (IPv4 and IPv6) endpoints ({@code AWS::UseDualStack}).
     *
     * @return true for dual-stack endpoints
     */
    public boolean useDualStack() {
        return useDualStack;
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
     * Returns the account-ID endpoint mode ({@code AWS::Auth::AccountIdEndpointMode}) of a client whose rule set uses
     * it.
     *
     * @return the mode, empty for clients whose rule set does not use it
     */
    public Optional<AccountIdEndpointMode> accountIdEndpointMode() {
        return Optional.ofNullable(accountIdEndpointMode);
    }

    /**
     * Returns the TCP connect timeout set on the builder or by the defaults mode, if any.
     *
     * @return the connect timeout, empty for the transport's default
     */
    public Optional<Duration> configuredConnectTimeout() {
        return Optional.ofNullable(connectTimeout);
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

    /**
     * Fills in a service configuration builder with these settings, for a client's
     * {@code serviceClientConfiguration()}: region, credentials provider, endpoint override, the given endpoint
     * provider, and the call limits as a {@link ClientOverrideConfiguration}.
     *
     * @param builder the service's configuration builder
     * @param endpointProvider the provider the client asks, or null for a client without an endpoint rule set
     * @param <B> the builder type
     * @return the same builder
     */
    public <B extends AwsServiceClientConfiguration.Builder<B>> B describe(B builder, EndpointProvider endpointProvider) {
        builder.region(region)
                .credentialsProvider(credentialsProvider)
                .endpointOverride(endpointOverride)
                .endpointProvider(endpointProvider)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(apiCallTimeout)
                        .apiCallAttemptTimeout(apiCallAttemptTimeout)
                        .build());
        return builder;
    }
}
