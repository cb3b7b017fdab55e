package dev.ecrgen.runtime.client;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The base of every generated request: the {@link AwsRequestOverrideConfiguration} that changes its call, as the AWS
 * SDK's {@code software.amazon.awssdk.awscore.AwsRequest} carries it. The client's invoker reads it for each call.
 */
public abstract class AwsRequest {

    private final AwsRequestOverrideConfiguration overrideConfiguration;

    /**
     * Takes the override configuration from the request's builder.
     *
     * @param builder the request's builder
     */
    protected AwsRequest(Builder builder) {
        this(builder.overrideConfiguration());
    }

    /**
     * Takes the override configuration as the request's builder holds it; the generated requests use this form, which
     * reads the builder's field without a call through its interface.
     *
     * @param overrideConfiguration the override configuration, or null
     */
    protected AwsRequest(AwsRequestOverrideConfiguration overrideConfiguration) {
        this.overrideConfiguration = overrideConfiguration;
    }

    /**
     * Returns the settings that apply to this request's call only.
     *
     * @return the override configuration, empty when the client's settings apply
     */
    public final Optional<AwsRequestOverrideConfiguration> overrideConfiguration() {
        return Optional.ofNullable(overrideConfiguration);
    }

    /** For the invoker: the override configuration without an {@code Optional}. */
    final AwsRequestOverrideConfiguration overrideConfigurationOrNull() {
        return overrideConfiguration;
    }

    /**
     * Starts a builder that holds this request's values.
     *
     * @return a new builder
     */
    public abstract Builder toBuilder();

    /** Compares the class and the override configuration; the subclasses add their members. */
    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass()
                && Objects.equals(overrideConfiguration, ((AwsRequest) obj).overrideConfiguration);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(overrideConfiguration);
    }

    /** What the builders of every request have: the override configuration. */
    public interface Builder {
        /**
         * Returns the override configuration set so far.
         *
         * @return the configuration, or null
         */
        AwsRequestOverrideConfiguration overrideConfiguration();

        /**
         * Sets the settings that apply to this request's call only.
         *
         * @param overrideConfiguration the settings, or null for the client's
         * @return this builder
         */
        Builder overrideConfiguration(AwsRequestOverrideConfiguration overrideConfiguration);

        /**
         * Sets the settings that apply to this request's call only, filled in on a new builder.
         *
         * @param builderConsumer fills in a new {@link AwsRequestOverrideConfiguration.Builder}
         * @return this builder
         */
        Builder overrideConfiguration(Consumer<AwsRequestOverrideConfiguration.Builder> builderConsumer);

        /**
         * Creates the request.
         *
         * @return the immutable request
         */
        AwsRequest build();
    }
}
