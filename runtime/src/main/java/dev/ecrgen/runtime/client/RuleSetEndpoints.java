package dev.ecrgen.runtime.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.endpoints.Endpoint;

/**
 * The base of the endpoint resolvers generated for services with an endpoint rule set. The client's own parameters
 * (region, FIPS, dual-stack, endpoint override) are resolved once, when the client is built, and every call whose
 * parameters do not depend on its request reuses that endpoint; calls whose operation adds parameters resolve them,
 * reusing the last endpoint when the parameters repeat. A provider given to the client builder is asked on every
 * call, as the AWS SDK does. A rule set that ends in an error fails each call with the rule's message.
 *
 * @param <P> the generated endpoint parameters type
 */
public abstract class RuleSetEndpoints<P> implements EndpointResolver {

    private final CommonSettings settings;
    private final P clientParams;
    private final Function<P, Endpoint> rules;
    private final Function<P, CompletableFuture<Endpoint>> provider;
    private final ResolvedEndpoint clientEndpoint;
    private final String clientError;
    private volatile Resolution<P> last;

    /**
     * Creates the resolver and, with the compiled rules, resolves the client's own parameters.
     *
     * @param settings the client's settings
     * @param clientParams the parameters every call starts from
     * @param rules the compiled rule set, run on the calling thread
     * @param provider a provider the user gave the client builder, or null for the compiled rules
     */
    protected RuleSetEndpoints(CommonSettings settings, P clientParams, Function<P, Endpoint> rules,
            Function<P, CompletableFuture<Endpoint>> provider) {
        this.settings = settings;
        this.clientParams = clientParams;
        this.rules = rules;
        this.provider = provider;
        ResolvedEndpoint endpoint = null;
        String error = null;
        if (provider == null) {
            try {
                endpoint = ResolvedEndpoint.of(rules.apply(clientParams), settings);
            } catch (SdkClientException e) {
                error = e.getMessage();
            }
        }
        this.clientEndpoint = endpoint;
        this.clientError = error;
    }

    /** Resolves with the client's parameters; operations that add parameters of their own override this. */
    @Override
    public ResolvedEndpoint resolve(OperationInfo operation, Object request) {
        return forClient();
    }

    /**
     * Returns the parameters every call starts from: the client's region, FIPS and dual-stack settings and endpoint
     * override.
     *
     * @return the client's parameters
     */
    protected final P clientParams() {
        return clientParams;
    }

    /**
     * The account ID of the credentials a call is signed with, for rule sets with the {@code AWS::Auth::AccountId}
     * built-in; null for an unsigned operation or credentials without one.
     *
     * @param operation the operation called
     * @return the account ID, or null
     */
    protected final String accountId(OperationInfo operation) {
        if (!operation.signed()) {
            return null;
        }
        CallLabel label = new CallLabel(settings.service().serviceName(), operation.name());
        return Credentials.resolve(settings.credentialsProvider(), label).accountId().orElse(null);
    }

    /**
     * The endpoint for the client's own parameters.
     *
     * @return the endpoint
     * @throws SdkClientException when the rule set ends in an error for them
     */
    protected final ResolvedEndpoint forClient() {
        if (clientEndpoint != null) {
            return clientEndpoint;
        }
        if (clientError != null) {
            throw SdkClientException.create(clientError);
        }
        return fromProvider(clientParams);
    }

    /**
     * The endpoint for a call's parameters.
     *
     * @param params the client's parameters with the call's added
     * @return the endpoint
     * @throws SdkClientException when the rule set ends in an error for them
     */
    protected final ResolvedEndpoint forParams(P params) {
        if (provider != null) {
            return fromProvider(params);
        }
        Resolution<P> previous = last;
        if (previous != null && previous.params.equals(params)) {
            return previous.endpoint;
        }
        ResolvedEndpoint endpoint = ResolvedEndpoint.of(rules.apply(params), settings);
        last = new Resolution<>(params, endpoint);
        return endpoint;
    }

    private ResolvedEndpoint fromProvider(P params) {
        Endpoint endpoint;
        try {
            CompletableFuture<Endpoint> future = provider.apply(params);
            if (future == null) {
                throw SdkClientException.create("The endpoint provider of the " + settings.service().serviceName()
                        + " client returned no future for " + params);
            }
            endpoint = future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SdkException) {
                throw (SdkException) cause;
            }
            throw providerFailure(params, cause);
        } catch (SdkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw providerFailure(params, e);
        }
        if (endpoint == null) {
            throw SdkClientException.create("The endpoint provider of the " + settings.service().serviceName()
                    + " client resolved no endpoint for " + params);
        }
        return ResolvedEndpoint.of(endpoint, settings);
    }

    private SdkClientException providerFailure(P params, Throwable cause) {
        return SdkClientException.create("The endpoint provider of the " + settings.service().serviceName()
                + " client failed for " + params + ": " + cause, cause);
    }

    private record Resolution<P>(P params, ResolvedEndpoint endpoint) {}
}
