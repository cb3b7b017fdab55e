package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.retry.RetryState;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs calls of the AWS JSON protocol: marshals the request, signs and sends it (again, per the retry policy, after
 * retryable failures), and unmarshals the response or turns the error into the service's exception. One per client;
 * thread-safe.
 */
public final class SyncInvoker implements AutoCloseable {

    private final InvocationCore core;
    private final SyncTransport transport;
    private final CallLimits limits;

    /**
     * Creates the invoker for a client without an endpoint rule set: calls go to the endpoint override or the region's
     * endpoint.
     *
     * @param settings the client's resolved settings
     * @param errors maps error responses to the service's exceptions
     */
    public SyncInvoker(ClientSettings settings, ErrorFactory errors) {
        this(settings, errors, null);
    }

    /**
     * Creates the invoker for a client.
     *
     * @param settings the client's resolved settings
     * @param errors maps error responses to the service's exceptions
     * @param endpoints decides where each call goes; null for the endpoint override or the region's endpoint
     */
    public SyncInvoker(ClientSettings settings, ErrorFactory errors, EndpointResolver endpoints) {
        if (settings == null || errors == null) {
            throw new IllegalArgumentException("SyncInvoker needs ClientSettings and an ErrorFactory, got "
                    + settings + " and " + errors);
        }
        this.core = new InvocationCore(settings, errors, endpoints);
        this.transport = settings.transport();
        this.limits = new CallLimits(settings);
    }

    /**
     * Runs one call.
     *
     * @param operation the operation
     * @param request the request object; null sends {@code {}}. An {@link AwsRequest}'s override configuration applies
     *     to this call
     * @param marshaller writes the request as a JSON object
     * @param unmarshaller reads the response object
     * @param hostPrefix the resolved host prefix, e.g. {@code data.}, or null
     * @param <I> the request type
     * @param <O> the response type
     * @return the response object; an {@link AwsResponse} has its HTTP response
     * @throws AwsServiceException the service's exception when the call failed at the service
     * @throws SdkClientException when the call could not be sent or its response not read, naming the operation;
     *     {@link software.amazon.awssdk.core.exception.ApiCallTimeoutException} and
     *     {@link software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException} when a time limit was hit
     */
    public <I, O> O invoke(OperationInfo operation, I request, Marshaller<I> marshaller, Unmarshaller<O> unmarshaller,
            String hostPrefix) {
        if (operation == null || unmarshaller == null || (request != null && marshaller == null)) {
            throw new IllegalArgumentException("invoke needs an OperationInfo, an Unmarshaller and, for a request,"
                    + " a Marshaller");
        }
        PreparedCall call = core.prepare(operation, request, marshaller, hostPrefix);
        try {
            return run(call, unmarshaller);
        } catch (SdkException e) {
            core.failed(call, e);
            throw e;
        }
    }

    private <O> O run(PreparedCall call, Unmarshaller<O> unmarshaller) {
        CallLabel label = call.label;
        CallTimer timer = limits.newTimer(call);
        RetryState retry = limits.newRetryState();
        List<SdkException> earlierFailures = null;
        while (true) {
            if (timer.callExpired()) {
                throw InvocationCore.withHistory(timer.callTimeout(label, null), earlierFailures);
            }
            paceAttempt(timer, label, earlierFailures);
            HttpRequest signed = core.attempt(call, retry.attempt(), retry.maxAttempts());
            SdkException failure;
            Duration budget = timer.beginAttempt();
            try {
                HttpResponse response = transport.execute(signed, budget);
                int status = response.statusCode();
                if (status < 200 || status >= 300) {
                    failure = core.serviceFailure(response, label);
                    core.attemptEnded(call, response, failure);
                } else {
                    O result = null;
                    SdkClientException unreadable = null;
                    try {
                        result = core.read(response, unmarshaller, label);
                    } catch (SdkClientException e) {
                        // a 2xx body that cannot be read is tried again, as the AWS SDK does
                        unreadable = e;
                    }
                    if (unreadable == null) {
                        core.attemptEnded(call, response, null);
                        retry.onSuccess();
                        limits.recordAttempt(null);
                        return core.succeeded(call, result);
                    }
                    failure = unreadable;
                    core.attemptEnded(call, response, failure);
                }
            } catch (IOException e) {
                failure = timer.failure(e, label);
                core.attemptEnded(call, null, failure);
            }
            limits.recordAttempt(failure);
            core.adjustClockForSkew(failure);
            long delay = retry.onFailure(failure, ThreadLocalRandom.current());
            if (delay < 0) {
                if (failure instanceof AwsServiceException) {
                    ((AwsServiceException) failure).withAttemptCount(retry.attempt());
                }
                throw InvocationCore.withHistory(failure, earlierFailures);
            }
            if (earlierFailures == null) {
                earlierFailures = new ArrayList<>(retry.maxAttempts());
            }
            earlierFailures.add(failure);
            core.retrying(call, failure, delay);
            waitBeforeRetry(delay, timer, label, failure, earlierFailures);
        }
    }

    /** In adaptive mode, waits for the rate limiter's token, at most until the call's time is up. */
    private void paceAttempt(CallTimer timer, CallLabel label, List<SdkException> earlierFailures) {
        if (limits.rateLimiter() == null) {
            return;
        }
        long wait = limits.rateLimiter().acquireDelayMillis();
        if (wait <= 0) {
            return;
        }
        long remaining = timer.remainingCallMillis();
        try {
            limits.retryPolicy().sleeper().sleep(Math.min(wait, remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvocationCore.withHistory(AbortedException.create(label.interruptedMessage(), e), earlierFailures);
        }
        if (remaining <= wait) {
            throw InvocationCore.withHistory(timer.callTimeout(label, null), earlierFailures);
        }
    }

    private void waitBeforeRetry(long delayMillis, CallTimer timer, CallLabel label, SdkException failure,
            List<SdkException> earlierFailures) {
        long remaining = timer.remainingCallMillis();
        boolean expiresFirst = remaining <= delayMillis;
        try {
            limits.retryPolicy().sleeper().sleep(expiresFirst ? remaining : delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvocationCore.withHistory(AbortedException.create(label.interruptedMessage(), e), earlierFailures);
        }
        if (expiresFirst) {
            earlierFailures.remove(earlierFailures.size() - 1);
            throw InvocationCore.withHistory(timer.callTimeout(label, failure), earlierFailures);
        }
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
