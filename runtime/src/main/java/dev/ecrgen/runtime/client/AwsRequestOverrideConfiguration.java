package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.endpoints.RulesFunctions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Settings for one call, given to a request with {@code overrideConfiguration(...)}; the same names as the AWS SDK's
 * {@code software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration}. Each setting applies to that call only:
 * <ul>
 *   <li>{@code apiCallTimeout} and {@code apiCallAttemptTimeout} replace the client's limits;</li>
 *   <li>{@code headers} are added to every attempt before it is signed: a header the HTTP message may hold once
 *       ({@code User-Agent}, {@code Content-Type}, ...) replaces the client's, any other adds its values;</li>
 *   <li>{@code rawQueryParameters} are percent-encoded (RFC 3986) and appended to the request URI, and signed;</li>
 *   <li>{@code credentialsProvider} signs the call instead of the client's provider.</li>
 * </ul>
 * Immutable; header names compare without regard to case.
 */
public final class AwsRequestOverrideConfiguration {

    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> rawQueryParameters;
    private final Duration apiCallTimeout;
    private final Duration apiCallAttemptTimeout;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;
    private final String encodedQuery;

    private AwsRequestOverrideConfiguration(Builder builder) {
        this.headers = CallOverrides.checkedHeaders(builder.headers);
        this.rawQueryParameters = deepCopy(builder.rawQueryParameters, new LinkedHashMap<>());
        this.apiCallTimeout = positiveOrNull(builder.apiCallTimeout, "apiCallTimeout");
        this.apiCallAttemptTimeout = positiveOrNull(builder.apiCallAttemptTimeout, "apiCallAttemptTimeout");
        this.credentialsProvider = builder.credentialsProvider;
        this.encodedQuery = encode(rawQueryParameters);
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder that holds these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the headers added to the call.
     *
     * @return header names (case-insensitive) to values; empty when none
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the query parameters added to the call, before encoding.
     *
     * @return names to values, in the order given; a null value sends the name alone
     */
    public Map<String, List<String>> rawQueryParameters() {
        return rawQueryParameters;
    }

    /**
     * Returns the limit for the whole call, retries and waits included, that replaces the client's.
     *
     * @return the call timeout, empty for the client's
     */
    public Optional<Duration> apiCallTimeout() {
        return Optional.ofNullable(apiCallTimeout);
    }

    /**
     * Returns the limit for each attempt that replaces the client's.
     *
     * @return the attempt timeout, empty for the client's
     */
    public Optional<Duration> apiCallAttemptTimeout() {
        return Optional.ofNullable(apiCallAttemptTimeout);
    }

    /**
     * Returns the credentials provider that signs the call, when it is an {@link AwsCredentialsProvider}.
     *
     * @return the provider, empty when none was set or it is another kind of identity provider
     */
    public Optional<AwsCredentialsProvider> credentialsProvider() {
        return credentialsProvider instanceof AwsCredentialsProvider
                ? Optional.of((AwsCredentialsProvider) credentialsProvider) : Optional.empty();
    }

    /**
     * Returns the credentials provider that signs the call, of either kind.
     *
     * @return the provider, empty for the client's
     */
    public Optional<IdentityProvider<? extends AwsCredentialsIdentity>> credentialsIdentityProvider() {
        return Optional.ofNullable(credentialsProvider);
    }

    /** The provider to sign with, or null for the client's. */
    IdentityProvider<? extends AwsCredentialsIdentity> credentialsOrNull() {
        return credentialsProvider;
    }

    Duration apiCallTimeoutOrNull() {
        return apiCallTimeout;
    }

    Duration apiCallAttemptTimeoutOrNull() {
        return apiCallAttemptTimeout;
    }

    /** The query string to append, {@code a=1&b}, or null when there are no parameters. */
    String encodedQuery() {
        return encodedQuery;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AwsRequestOverrideConfiguration other
                && headers.equals(other.headers)
                && rawQueryParameters.equals(other.rawQueryParameters)
                && Objects.equals(apiCallTimeout, other.apiCallTimeout)
                && Objects.equals(apiCallAttemptTimeout, other.apiCallAttemptTimeout)
                && Objects.equals(credentialsProvider, other.credentialsProvider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, rawQueryParameters, apiCallTimeout, apiCallAttemptTimeout, credentialsProvider);
    }

    /** Names the settings that are set; header and parameter values are left out, as they may be secret. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(96).append("AwsRequestOverrideConfiguration(");
        String separator = "";
        if (!headers.isEmpty()) {
            text.append("headers=").append(headers.keySet());
            separator = ", ";
        }
        if (!rawQueryParameters.isEmpty()) {
            text.append(separator).append("rawQueryParameters=").append(rawQueryParameters.keySet());
            separator = ", ";
        }
        if (apiCallTimeout != null) {
            text.append(separator).append("apiCallTimeout=").append(apiCallTimeout);
            separator = ", ";
        }
        if (apiCallAttemptTimeout != null) {
            text.append(separator).append("apiCallAttemptTimeout=").append(apiCallAttemptTimeout);
            separator = ", ";
        }
        if (credentialsProvider != null) {
            text.append(separator).append("credentialsProvider=").append(credentialsProvider);
        }
        return text.append(')').toString();
    }

    private static String encode(Map<String, List<String>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = RulesFunctions.uriEncode(parameter.getKey());
            for (String value : parameter.getValue()) {
                if (query.length() > 0) {
                    query.append('&');
                }
                query.append(name);
                if (value != null) {
                    query.append('=').append(RulesFunctions.uriEncode(value));
                }
            }
        }
        return query.length() == 0 ? null : query.toString();
    }

    private static Map<String, List<String>> deepCopy(Map<String, List<String>> from, Map<String, List<String>> into) {
        for (Map.Entry<String, List<String>> entry : from.entrySet()) {
            into.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
        }
        return Collections.unmodifiableMap(into);
    }

    private static Duration positiveOrNull(Duration value, String name) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("AwsRequestOverrideConfiguration." + name
                    + " must be a positive duration, was " + value);
        }
        return value;
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("AwsRequestOverrideConfiguration: " + what + " must not be null");
        }
        return value;
    }

    /** Collects the settings of an {@link AwsRequestOverrideConfiguration}; not thread-safe. */
    public static final class Builder implements SdkBuilder<Builder, AwsRequestOverrideConfiguration> {
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, List<String>> rawQueryParameters = new LinkedHashMap<>();
        private Duration apiCallTimeout;
        private Duration apiCallAttemptTimeout;
        private IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider;

        private Builder() {
        }

        private Builder(AwsRequestOverrideConfiguration configuration) {
            this.headers.putAll(configuration.headers);
            this.rawQueryParameters.putAll(configuration.rawQueryParameters);
            this.apiCallTimeout = configuration.apiCallTimeout;
            this.apiCallAttemptTimeout = configuration.apiCallAttemptTimeout;
            this.credentialsProvider = configuration.credentialsProvider;
        }

        /**
         * Returns the headers set so far.
         *
         * @return a read-only view: header names (case-insensitive) to values
         */
        public Map<String, List<String>> headers() {
            return Collections.unmodifiableMap(headers);
        }

        /**
         * Sets a header with one value, replacing what this builder held for that name.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder putHeader(String name, String value) {
            return putHeader(name, Collections.singletonList(value));
        }

        /**
         * Sets a header with its values, replacing what this builder held for that name.
         *
         * @param name the header name
         * @param values the values, sent in this order
         * @return this builder
         */
        public Builder putHeader(String name, List<String> values) {
            required(name, "a header name");
            headers.put(name, new ArrayList<>(required(values, "the values of header " + name)));
            return this;
        }

        /**
         * Replaces every header set so far.
         *
         * @param headers header names to values, or null for none
         * @return this builder
         */
        public Builder headers(Map<String, List<String>> headers) {
            this.headers.clear();
            if (headers != null) {
                headers.forEach(this::putHeader);
            }
            return this;
        }

        /**
         * Returns the query parameters set so far.
         *
         * @return a read-only view: names to values, in the order given
         */
        public Map<String, List<String>> rawQueryParameters() {
            return Collections.unmodifiableMap(rawQueryParameters);
        }

        /**
         * Sets a query parameter with one value, replacing what this builder held for that name.
         *
         * @param name the parameter name, sent percent-encoded
         * @param value the value, sent percent-encoded; null sends the name alone
         * @return this builder
         */
        public Builder putRawQueryParameter(String name, String value) {
            return putRawQueryParameter(name, Collections.singletonList(value));
        }

        /**
         * Sets a query parameter with its values, replacing what this builder held for that name; each value is sent
         * as {@code name=value}, in this order.
         *
         * @param name the parameter name
         * @param values the values; a null value sends the name alone
         * @return this builder
         */
        public Builder putRawQueryParameter(String name, List<String> values) {
            required(name, "a query parameter name");
            rawQueryParameters.put(name, new ArrayList<>(required(values, "the values of query parameter " + name)));
            return this;
        }

        /**
         * Replaces every query parameter set so far.
         *
         * @param rawQueryParameters names to values, or null for none
         * @return this builder
         */
        public Builder rawQueryParameters(Map<String, List<String>> rawQueryParameters) {
            this.rawQueryParameters.clear();
            if (rawQueryParameters != null) {
                rawQueryParameters.forEach(this::putRawQueryParameter);
            }
            return this;
        }

        /**
         * Limits the whole call, retries and waits included, instead of the client's {@code apiCallTimeout}; a call
         * that takes longer fails with {@link software.amazon.awssdk.core.exception.ApiCallTimeoutException}.
         *
         * @param apiCallTimeout a positive duration, or null for the client's limit
         * @return this builder
         */
        public Builder apiCallTimeout(Duration apiCallTimeout) {
            this.apiCallTimeout = apiCallTimeout;
            return this;
        }

        /**
         * Returns the call timeout set so far.
         *
         * @return the timeout, or null
         */
        public Duration apiCallTimeout() {
            return apiCallTimeout;
        }

        /**
         * Limits each attempt of the call instead of the client's {@code apiCallAttemptTimeout}; an attempt that takes
         * longer fails with {@link software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException} and may be
         * retried.
         *
         * @param apiCallAttemptTimeout a positive duration, or null for the client's limit
         * @return this builder
         */
        public Builder apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
            this.apiCallAttemptTimeout = apiCallAttemptTimeout;
            return this;
        }

        /**
         * Returns the attempt timeout set so far.
         *
         * @return the timeout, or null
         */
        public Duration apiCallAttemptTimeout() {
            return apiCallAttemptTimeout;
        }

        /**
         * Signs the call with credentials from this provider instead of the client's.
         *
         * @param credentialsProvider the provider, or null for the client's
         * @return this builder
         */
        public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        /**
         * Signs the call with credentials from this identity provider instead of the client's.
         *
         * @param credentialsProvider the provider, or null for the client's
         * @return this builder
         */
        public Builder credentialsProvider(IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        /**
         * Returns the credentials provider set so far, when it is an {@link AwsCredentialsProvider}.
         *
         * @return the provider, or null when none was set or it is another kind of identity provider
         */
        public AwsCredentialsProvider credentialsProvider() {
            return credentialsProvider instanceof AwsCredentialsProvider
                    ? (AwsCredentialsProvider) credentialsProvider : null;
        }

        /**
         * Creates the settings.
         *
         * @return the immutable settings
         * @throws IllegalArgumentException when a timeout is not positive, or a header cannot be sent
         */
        @Override
        public AwsRequestOverrideConfiguration build() {
            return new AwsRequestOverrideConfiguration(this);
        }
    }
}
