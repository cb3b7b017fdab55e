package dev.ecrgen.runtime.client;

/**
 * Decides where each call of a client goes. Generated clients with an endpoint rule set pass a subclass of
 * {@link RuleSetEndpoints}; others use the region's endpoint or the endpoint override. Implementations are
 * thread-safe.
 */
public interface EndpointResolver {

    /**
     * The endpoint of one call.
     *
     * @param operation the operation called
     * @param request the request object, or null when the call has none
     * @return where to send the call and how to sign it
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no endpoint can be resolved, with the
     *     rule set's message when it ends in an error
     */
    ResolvedEndpoint resolve(OperationInfo operation, Object request);
}
