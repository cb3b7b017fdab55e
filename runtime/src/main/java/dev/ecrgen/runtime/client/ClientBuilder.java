package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.config.AccountIdEndpointMode;
import dev.ecrgen.runtime.config.BuilderValues;
import dev.ecrgen.runtime.config.ClientConfig;
import dev.ecrgen.runtime.config.ClientConfigResolver;
import dev.ecrgen.runtime.config.DefaultsMode;
import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.ProxyConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;

/**
 * What the sync and async client builders share: region, credentials, where requests go (endpoint override, FIPS,
 * dual-stack), transport, retries, timeouts and the signing clock. Setters take null to mean "use the configured or
 * default value"; {@link #resolveCommon} fills those in from the AWS shared configuration with the AWS SDK's names and
 * precedence. The default region and credential chains are only touched when no region or provider was given.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type built
 * @param <T> the HTTP transport type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C, T>, C, T> {

    private Region region;
    private IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private URI endpointOverride;
    private Boolean fipsEnabled;
    private Boolean dualstackEnabled;
    private T httpTransport;
    private RetryPolicy retryPolicy;
    private RetryMode retryMode;
    private DefaultsMode defaultsMode;
    private AccountIdEndpointMode accountIdEndpointMode;
    private Duration connectTimeout;
    private Duration apiCallAttemptTimeout;
    private Duration apiCallTimeout;
    private Clock signingClock;
    private ProxyConfiguration proxyConfiguration;
    private final List<ExecutionInterceptor> executionInterceptors = new ArrayList<>();
    private final List<MetricPublisher> metricPublishers = new ArrayList<>();

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
     * Sends requests to the service's FIPS endpoints, as the endpoint rule set names them; without a value the
     * {@code aws.useFipsEndpoint} system property, the {@code AWS_USE_FIPS_ENDPOINT} environment variable and the
     * profile's {@code use_fips_endpoint} are read, in that order.
     *
     * @param fipsEnabled true for FIPS endpoints, or null for the configured value (false when none)
     * @return this builder
     */
    public B fipsEnabled(Boolean fipsEnabled) {
        this.fipsEnabled = fipsEnabled;
        return self();
    }

    /**
     * Sends requests to the service's dual-stack (IPv4 and IPv6) endpoints; without a value the
     * {@code aws.useDualstackEndpoint} system property, the {@code AWS_USE_DUALSTACK_ENDPOINT} environment variable and
     * the profile's {@code use_dualstack_endpoint} are read, in that order.
     *
     * @param dualstackEnabled true for dual-stack endpoints, or null for the configured value (false when none)
     * @return this builder
     */
    public B dualstackEnabled(Boolean dualstackEnabled) {
        this.dualstackEnabled = dualstackEnabled;
        return self();
    }

    /**
     * Keeps the account-ID endpoint mode for clients whose endpoint rule set uses it; their builders expose it as
     * {@code accountIdEndpointMode(AccountIdEndpointMode)}.
     *
     * @param accountIdEndpointMode the mode, or null for the configured one ({@code preferred} when none)
     * @return this builder
     */
    protected final B accountIdEndpointModeSetting(AccountIdEndpointMode accountIdEndpointMode) {
        this.accountIdEndpointMode = accountIdEndpointMode;
        return self();
    }

    /**
     * Whether the client's endpoint rule set takes the account-ID endpoint mode; the builders of such clients return
     * true, so that the mode is resolved from the configuration.
     *
     * @return false unless overridden
     */
    protected boolean usesAccountIdEndpointMode() {
        return false;
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
     * Sets the retry policy, used as given; without one the retry mode and maximum attempts come from
     * {@link #retryMode}, the configuration ({@code aws.retryMode}, {@code AWS_RETRY_MODE}, {@code retry_mode},
     * {@code aws.maxAttempts}, {@code AWS_MAX_ATTEMPTS}) or the defaults mode, as in the AWS SDK.
     *
     * @param retryPolicy the policy, or null for the configured one
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return self();
    }

    /**
     * Sets the retry mode, as the AWS SDK's {@code retryStrategy(RetryMode)} does: the mode's policy, with the maximum
     * attempts still taken from {@code aws.maxAttempts} or {@code AWS_MAX_ATTEMPTS} when set. A
     * {@link #retryPolicy} wins over it.
     *
     * @param retryMode the mode, or null for the configured one
     * @return this builder
     */
    public B retryMode(RetryMode retryMode) {
        this.retryMode = retryMode;
        return self();
    }

    /**
     * Sets the defaults mode, which picks the default retry mode and connect timeout; without one {@code
     * aws.defaultsMode}, {@code AWS_DEFAULTS_MODE} and the profile's {@code defaults_mode} are read
     * ({@code legacy} when none is set).
     *
     * @param defaultsMode the mode, or null for the configured one
     * @return this builder
     */
    public B defaultsMode(DefaultsMode defaultsMode) {
        this.defaultsMode = defaultsMode;
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
     * Sends the default transport's requests through an HTTP proxy. Without one, the default transport takes the
     * proxy from the system properties or the environment as the AWS SDK's default HTTP clients do (see
     * {@link ProxyConfiguration}); a transport given to {@code httpTransport} has its own proxy settings instead.
     *
     * @param proxyConfiguration the proxy, or null for the one the system properties or environment name
     * @return this builder
     */
    public B proxyConfiguration(ProxyConfiguration proxyConfiguration) {
        this.proxyConfiguration = proxyConfiguration;
        return self();
    }

    /**
     * Sends the default transport's requests through the HTTP proxy configured on a new builder.
     *
     * @param proxy fills in the proxy's builder
     * @return this builder
     */
    public B proxyConfiguration(Consumer<ProxyConfiguration.Builder> proxy) {
        ProxyConfiguration.Builder builder = ProxyConfiguration.builder();
        proxy.accept(builder);
        return proxyConfiguration(builder.build());
    }

    /**
     * Returns the proxy the default transport uses: the one set, else the one the system properties or environment
     * name (resolved now).
     *
     * @return the proxy configuration, or null when the caller gave a transport of its own
     * @throws IllegalStateException when a proxy was set together with a transport of the caller's own
     */
    protected final ProxyConfiguration resolvedProxy() {
        if (proxyConfiguration != null && httpTransport != null) {
            throw new IllegalStateException("proxyConfiguration applies to the default transport only; configure the"
                    + " proxy on the transport given to httpTransport, or leave httpTransport unset");
        }
        if (httpTransport != null) {
            return null;
        }
        return proxyConfiguration != null ? proxyConfiguration : ProxyConfiguration.fromEnvironment();
    }

    /**
     * Adds an interceptor that every call of the client goes through, after those added before it; see
     * {@link ExecutionInterceptor}.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B addExecutionInterceptor(ExecutionInterceptor interceptor) {
        if (interceptor == null) {
            throw new IllegalArgumentException("addExecutionInterceptor needs an interceptor, got null");
        }
        executionInterceptors.add(interceptor);
        return self();
    }

    /**
     * Replaces the interceptors every call goes through, in the order given.
     *
     * @param interceptors the interceptors, or null for none
     * @return this builder
     */
    public B executionInterceptors(List<ExecutionInterceptor> interceptors) {
        executionInterceptors.clear();
        if (interceptors != null) {
            interceptors.forEach(this::addExecutionInterceptor);
        }
        return self();
    }

    /**
     * Adds a publisher that gets the metrics of every call, as the AWS SDK's
     * {@code overrideConfiguration(o -> o.addMetricPublisher(...))} does: one {@code ApiCall} collection per call, with
     * one {@code ApiCallAttempt} child per attempt, published on the thread that ends the call. The client does not
     * close its publishers.
     *
     * @param publisher the publisher
     * @return this builder
     */
    public B addMetricPublisher(MetricPublisher publisher) {
        if (publisher == null) {
            throw new IllegalArgumentException("addMetricPublisher needs a publisher, got null");
        }
        metricPublishers.add(publisher);
        return self();
    }

    /**
     * Replaces the metric publishers.
     *
     * @param publishers the publishers, or null for none
     * @return this builder
     */
    public B metricPublishers(List<MetricPublisher> publishers) {
        metricPublishers.clear();
        if (publishers != null) {
            publishers.forEach(this::addMetricPublisher);
        }
        return self();
    }

    /**
     * Builds the client.
     *
     * @return a new client
     */
    public abstract C build();

    /**
     * Resolves what every client needs: each value set on the builder, else the AWS shared configuration's
     * (system properties, environment variables, the profile file), else the default, as the AWS SDK resolves them.
     *
     * @param service the service the client talks to
     * @return the resolved common settings
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no region is set and none can be found,
     *     or a configured setting has a bad value (the message names the setting and where it was set)
     */
    protected final CommonSettings resolveCommon(ServiceInfo service) {
        if (service == null) {
            throw new IllegalArgumentException("resolveSettings needs a ServiceInfo, got null");
        }
        Region resolvedRegion = region != null ? region : DefaultProviders.region(service);
        ClientConfig config = ClientConfigResolver.resolve(service.serviceId(), BuilderValues.builder()
                .endpointOverride(endpointOverride)
                .fipsEnabled(fipsEnabled)
                .dualstackEnabled(dualstackEnabled)
                .retryPolicy(retryPolicy)
                .retryMode(retryMode)
                .defaultsMode(defaultsMode)
                .accountIdEndpointMode(accountIdEndpointMode)
                .usesAccountIdEndpointMode(usesAccountIdEndpointMode())
                .region(resolvedRegion.id())
                .build());
        IdentityProvider<? extends AwsCredentialsIdentity> resolvedCredentials =
                credentialsProvider != null ? credentialsProvider : DefaultProviders.credentials();
        return new CommonSettings(service, resolvedRegion, resolvedCredentials, config.endpointUrl(),
                config.useFips().value(), config.useDualStack().value(),
                config.accountIdEndpointMode() == null ? null : config.accountIdEndpointMode().value(),
                config.retryPolicy(),
                connectTimeout != null ? connectTimeout : config.connectTimeout(), apiCallAttemptTimeout,
                apiCallTimeout, signingClock)
                .withHooks(new CallHooks(executionInterceptors, metricPublishers));
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
