package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.transport.AsyncTransport;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The non-blocking counterpart of {@link SyncInvoker}: the same marshalling, signing, retries, timeouts and error
 * decoding, with each attempt sent through an {@link AsyncTransport} and waits between attempts scheduled instead of
 * slept. No call blocks the caller's thread. One per client; thread-safe.
 */
public final class AsyncInvoker implements AutoCloseable {

    private final InvocationCore core;
    private final AsyncTransport transport;
    private final CallLimits limits;

    /**
     * Creates the invoker for a async client without an endpoint rule set: calls go to the endpoint override or the region's
     * endpoint.
     *
     * @param settings the client's resolved settings
     * @param errors maps error responses to the service's exceptions
     */
    public AsyncInvoker(AsyncClientSettings settings, ErrorFactory errors) {
        this(settings, errors, null);
    }

    /**
     * Creates the invoker for an async client.
     *
     * @param settings the client's resolved settings
     * @param errors maps error responses to the service's exceptions
     * @param endpoints decides where each call goes; null for the endpoint override or the region's endpoint
     */
    public AsyncInvoker(AsyncClientSettings settings, ErrorFactory errors, EndpointResolver endpoints) {
        if (settings == null || errors == null) {
            throw new IllegalArgumentException("AsyncInvoker needs AsyncClientSettings and an ErrorFactory, got "
                    + settings + " and " + errors);
        }
        this.core = new InvocationCore(settings, errors, endpoints);
        this.transport = settings.transport();
        this.limits = new CallLimits(settings);
    }

    /**
     * Starts one call.
     *
     * @param operation the operation
     * @param request the request object; null sends {@code {}}. An {@link AwsRequest}'s override configuration applies
     *     to this call
     * @param marshaller writes the request as a JSON object
     * @param unmarshaller reads the response object
     * @param hostPrefix the resolved host prefix, e.g. {@code data.}, or null
     * @param <I> the request type
     * @param <O> the response type
     * @return completes with the response, or exceptionally with the service's exception or an
     *     {@link software.amazon.awssdk.core.exception.SdkClientException} naming the operation; cancelling it stops
     *     the call
     */
    public <I, O> CompletableFuture<O> invoke(OperationInfo operation, I request, Marshaller<I> marshaller,
            Unmarshaller<O> unmarshaller, String hostPrefix) {
        if (operation == null || unmarshaller == null || (request != null && marshaller == null)) {
            throw new IllegalArgumentException("invoke needs an OperationInfo, an Unmarshaller and, for a request,"
                    + " a Marshaller");
        }
        PreparedCall call;
        try {
            call = core.prepare(operation, request, marshaller, hostPrefix);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        AsyncCall<O> running = new AsyncCall<>(core, transport, call, unmarshaller, limits, limits.newTimer(call));
        return running.start();
    }

    /** Closes the client's transport. */
    @Override
    public void close() {
        transport.close();
    }

    /** The retry, quota and rate-limiter state the invoker's calls share. */
    CallLimits limits() {
        return limits;
    }
}
