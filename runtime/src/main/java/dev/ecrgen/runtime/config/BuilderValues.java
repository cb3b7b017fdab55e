package dev.ecrgen.runtime.config;

import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;

/**
 * What the client builder was given (each value may be absent, and wins over every other source when present) and
 * what it knows about the client: its region and whether its endpoint rule set reads the account-ID endpoint mode.
 */
public final class BuilderValues {
    private static final BuilderValues NONE = builder().build();

    private final URI endpointOverride;
    private final Boolean fipsEnabled;
    private final Boolean dualstackEnabled;
    private final RetryPolicy retryPolicy;
    private final RetryMode retryMode;
    private final DefaultsMode defaultsMode;
    private final AccountIdEndpointMode accountIdEndpointMode;
    private final boolean usesAccountIdEndpointMode;
    private final String region;

    private BuilderValues(Builder builder) {
        this.endpointOverride = builder.endpointOverride;
        this.fipsEnabled = builder.fipsEnabled;
        this.dualstackEnabled = builder.dualstackEnabled;
        this.retryPolicy = builder.retryPolicy;
        this.retryMode = builder.retryMode;
        this.defaultsMode = builder.defaultsMode;
        this.accountIdEndpointMode = builder.accountIdEndpointMode;
        this.usesAccountIdEndpointMode = builder.usesAccountIdEndpointMode;
        this.region = builder.region;
    }

    /**
     * Returns the values of a builder given nothing.
     *
     * @return empty values
     */
    public static BuilderValues none() {
        return NONE;
    }

    /**
     * Starts an empty set of values.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    URI endpointOverride() {
        return endpointOverride;
    }

    Boolean fipsEnabled() {
        return fipsEnabled;
    }

    Boolean dualstackEnabled() {
        return dualstackEnabled;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    RetryMode retryMode() {
        return retryMode;
    }

    DefaultsMode defaultsMode() {
        return defaultsMode;
    }

    AccountIdEndpointMode accountIdEndpointMode() {
        return accountIdEndpointMode;
    }

    boolean usesAccountIdEndpointMode() {
        return usesAccountIdEndpointMode;
    }

    String region() {
        return region;
    }

    /** Collects {@link BuilderValues}; every setter takes null for "not set". */
    public static final class Builder {
        private URI endpointOverride;
        private Boolean fipsEnabled;
        private Boolean dualstackEnabled;
        private RetryPolicy retryPolicy;
        private RetryMode retryMode;
        private DefaultsMode defaultsMode;
        private AccountIdEndpointMode accountIdEndpointMode;
        private boolean usesAccountIdEndpointMode;
        private String region;

        private Builder() {
        }

        /**
         * The builder's {@code endpointOverride}; configured endpoint URLs and their ignore switch are then not read.
         *
         * @param endpointOverride the URI, or null
         * @return this builder
         */
        public Builder endpointOverride(URI endpointOverride) {
            this.endpointOverride = endpointOverride;
            return this;
        }

        /**
         * The builder's {@code fipsEnabled}.
         *
         * @param fipsEnabled true or false, or null
         * @return this builder
         */
        public Builder fipsEnabled(Boolean fipsEnabled) {
            this.fipsEnabled = fipsEnabled;
            return this;
        }

        /**
         * The builder's {@code dualstackEnabled}.
         *
         * @param dualstackEnabled true or false, or null
         * @return this builder
         */
        public Builder dualstackEnabled(Boolean dualstackEnabled) {
            this.dualstackEnabled = dualstackEnabled;
            return this;
        }

        /**
         * The builder's retry policy; it is used as given, and retry mode and maximum attempts are not read.
         *
         * @param retryPolicy the policy, or null
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /**
         * The builder's retry mode, as the official builder's {@code retryStrategy(RetryMode)}: it replaces the configured
         * mode, while the configured maximum attempts still apply.
         *
         * @param retryMode the mode, or null
         * @return this builder
         */
        public Builder retryMode(RetryMode retryMode) {
            this.retryMode = retryMode;
            return this;
        }

        /**
         * The builder's defaults mode.
         *
         * @param defaultsMode the mode, or null
         * @return this builder
         */
        public Builder defaultsMode(DefaultsMode defaultsMode) {
            this.defaultsMode = defaultsMode;
            return this;
        }

        /**
         * The builder's account-ID endpoint mode.
         *
         * @param accountIdEndpointMode the mode, or null
         * @return this builder
         */
        public Builder accountIdEndpointMode(AccountIdEndpointMode accountIdEndpointMode) {
            this.accountIdEndpointMode = accountIdEndpointMode;
            return this;
        }

        /**
         * Whether the service's endpoint rule set has the {@code AWS::Auth::AccountIdEndpointMode} builtIn; only then is
         * the setting read (and a bad value an error), as in the AWS SDK.
         *
         * @param uses true for such a rule set
         * @return this builder
         */
        public Builder usesAccountIdEndpointMode(boolean uses) {
            this.usesAccountIdEndpointMode = uses;
            return this;
        }

        /**
         * The client's region id, which the {@code auto} defaults mode compares with {@code AWS_REGION}.
         *
         * @param region e.g. {@code us-east-1}, or null
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Builds the values.
         *
         * @return the immutable values
         */
        public BuilderValues build() {
            return new BuilderValues(this);
        }
    }
}
