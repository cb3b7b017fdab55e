package dev.ecrgen.runtime.config;

import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;

/**
 * Everything the shared configuration decides for one client, as {@link ClientConfigResolver} resolved it; every value
 * says where it came from.
 *
 * <ul>
 *   <li>{@link #endpoint()}: the endpoint URL from the builder or the configuration, or null when the rule set
 *       should pick the region's endpoint; {@link #endpointFromConfiguration()} tells a configured one (system
 *       property, environment, profile) from the builder's.</li>
 *   <li>{@link #useFips()}, {@link #useDualStack()}: the rule set's {@code UseFIPS} and {@code UseDualStack}
 *       parameters.</li>
 *   <li>{@link #accountIdEndpointMode()}: the {@code AWS::Auth::AccountIdEndpointMode} builtIn, null unless the
 *       builder said its rule set uses it.</li>
 *   <li>{@link #retryPolicy()}: the builder's policy if it had one, else the configured mode with the configured
 *       maximum attempts; {@link #retryMode()} and {@link #maxAttempts()} say where those came from.</li>
 *   <li>{@link #defaultsMode()} and the connect timeout it implies ({@link #connectTimeout()}), null for the
 *       transport's own default.</li>
 * </ul>
 */
public final class ClientConfig {
    private final ConfigValue<URI> endpoint;
    private final ConfigValue<Boolean> useFips;
    private final ConfigValue<Boolean> useDualStack;
    private final ConfigValue<AccountIdEndpointMode> accountIdEndpointMode;
    private final ConfigValue<RetryMode> retryMode;
    private final ConfigValue<Integer> maxAttempts;
    private final RetryPolicy retryPolicy;
    private final ConfigValue<DefaultsMode> defaultsMode;

    ClientConfig(ConfigValue<URI> endpoint, ConfigValue<Boolean> useFips, ConfigValue<Boolean> useDualStack,
            ConfigValue<AccountIdEndpointMode> accountIdEndpointMode, ConfigValue<RetryMode> retryMode,
            ConfigValue<Integer> maxAttempts, RetryPolicy retryPolicy, ConfigValue<DefaultsMode> defaultsMode) {
        this.endpoint = endpoint;
        this.useFips = useFips;
        this.useDualStack = useDualStack;
        this.accountIdEndpointMode = accountIdEndpointMode;
        this.retryMode = retryMode;
        this.maxAttempts = maxAttempts;
        this.retryPolicy = retryPolicy;
        this.defaultsMode = defaultsMode;
    }

    /**
     * Returns the endpoint URL requests go to instead of the rule set's choice.
     *
     * @return the URL and its source, or null for the rule set's endpoint
     */
    public ConfigValue<URI> endpoint() {
        return endpoint;
    }

    /**
     * Returns the endpoint URL.
     *
     * @return the URL, or null for the rule set's endpoint
     */
    public URI endpointUrl() {
        return endpoint == null ? null : endpoint.value();
    }

    /**
     * Tells whether the endpoint URL came from the configuration rather than the builder.
     *
     * @return true for a system property, environment variable or profile setting
     */
    public boolean endpointFromConfiguration() {
        return endpoint != null && !endpoint.source().equals(ClientConfigResolver.BUILDER_ENDPOINT);
    }

    /**
     * Returns whether to use FIPS endpoints.
     *
     * @return the flag and its source
     */
    public ConfigValue<Boolean> useFips() {
        return useFips;
    }

    /**
     * Returns whether to use dual-stack endpoints.
     *
     * @return the flag and its source
     */
    public ConfigValue<Boolean> useDualStack() {
        return useDualStack;
    }

    /**
     * Returns the account-ID endpoint mode.
     *
     * @return the mode and its source, or null when the builder said the rule set does not use it
     */
    public ConfigValue<AccountIdEndpointMode> accountIdEndpointMode() {
        return accountIdEndpointMode;
    }

    /**
     * Returns the configured retry mode.
     *
     * @return the mode and its source, or null when the builder gave a retry policy
     */
    public ConfigValue<RetryMode> retryMode() {
        return retryMode;
    }

    /**
     * Returns the maximum attempts per call, the first included.
     *
     * @return the count and its source, or null when the builder gave a retry policy
     */
    public ConfigValue<Integer> maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the retry policy to use.
     *
     * @return the builder's policy, or the configured mode's with the configured maximum attempts
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Returns the defaults mode, {@code auto} already resolved.
     *
     * @return the mode and its source
     */
    public ConfigValue<DefaultsMode> defaultsMode() {
        return defaultsMode;
    }

    /**
     * Returns the connect timeout the defaults mode gives the default transport.
     *
     * @return the timeout, or null to keep the transport's own default
     */
    public Duration connectTimeout() {
        return defaultsMode.value().connectTimeout();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(256).append("ClientConfig(endpoint=").append(endpoint)
                .append(", useFips=").append(useFips).append(", useDualStack=").append(useDualStack)
                .append(", accountIdEndpointMode=").append(accountIdEndpointMode)
                .append(", retryMode=").append(retryMode).append(", maxAttempts=").append(maxAttempts)
                .append(", defaultsMode=").append(defaultsMode).append(')');
        return text.toString();
    }
}
