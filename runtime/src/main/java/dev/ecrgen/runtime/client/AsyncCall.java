package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.retry.RetryState;
import dev.ecrgen.runtime.retry.Sleeper;
import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One async call: its attempts run one after another, each started from the completion of the one before, so the
 * mutable state below is never touched by two threads at once (the futures order those accesses).
 */
final class AsyncCall<O> {

    private final InvocationCore core;
    private final AsyncTransport transport;
    private final PreparedCall call;
    private final Unmarshaller<O> unmarshaller;
    private final RetryPolicy retryPolicy;
    private final CallLimits limits;
    private final CallTimer timer;
    private final RetryState retry;
    private final CompletableFuture<O> result = new CompletableFuture<>();
    private List<SdkException> earlierFailures;
    private volatile CompletableFuture<HttpResponse> inFlight;

    AsyncCall(InvocationCore core, AsyncTransport transport, PreparedCall call, Unmarshaller<O> unmarshaller,
            CallLimits limits, CallTimer timer) {
        this.core = core;
        this.transport = transport;
        this.call = call;
        this.unmarshaller = unmarshaller;
        this.retryPolicy = limits.retryPolicy();
        this.limits = limits;
        this.timer = timer;
        this.retry = limits.newRetryState();
    }

    CompletableFuture<O> start() {
        result.whenComplete((ignored, failure) -> {
            CompletableFuture<HttpResponse> sending = inFlight;
            if (result.isCancelled() && sending != null) {
                sending.cancel(true);
            }
            if (result.isCancelled()) {
                core.failed(call, AbortedException.create(call.label + " was cancelled by its caller"));
            }
        });
        attempt();
        return result;
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        if (timer.callExpired()) {
            fail(timer.callTimeout(call.label, null));
            return;
        }
        long wait = limits.rateLimiter() == null ? 0 : limits.rateLimiter().acquireDelayMillis();
        if (wait <= 0) {
            send();
            return;
        }
        long remaining = timer.remainingCallMillis();
        if (remaining <= wait) {
            after(remaining, () -> fail(timer.callTimeout(call.label, null)));
        } else {
            after(wait, this::send);
        }
    }

    /** Signs and sends the current attempt. */
    private void send() {
        if (result.isDone()) {
            return;
        }
        HttpRequest signed;
        try {
            signed = core.attempt(call, retry.attempt(), retry.maxAttempts());
        } catch (SdkException e) {
            fail(e);
            return;
        }
        Duration budget = timer.beginAttempt();
        CompletableFuture<HttpResponse> sending;
        try {
            sending = transport.execute(signed, budget);
        } catch (RuntimeException e) {
            sending = CompletableFuture.failedFuture(e);
        }
        inFlight = sending;
        sending.whenComplete(this::onResponse);
    }

    private void onResponse(HttpResponse response, Throwable error) {
        if (result.isDone()) {
            return;
        }
        SdkException failure;
        try {
            if (error != null) {
                failure = transportFailure(error);
                core.attemptEnded(call, null, failure);
            } else if (response.statusCode() >= 200 && response.statusCode() < 300) {
                failure = complete(response);
                if (failure == null) {
                    return;
                }
            } else {
                failure = core.serviceFailure(response, call.label);
                core.attemptEnded(call, response, failure);
            }
        } catch (SdkException e) {
            fail(e);
            return;
        } catch (RuntimeException e) {
            fail(SdkClientException.create(call.label.responseMessage(e), e));
            return;
        }
        limits.recordAttempt(failure);
        core.adjustClockForSkew(failure);
        long delay = retry.onFailure(failure, ThreadLocalRandom.current());
        if (delay < 0) {
            if (failure instanceof AwsServiceException) {
                ((AwsServiceException) failure).withAttemptCount(retry.attempt());
            }
            fail(failure);
            return;
        }
        if (earlierFailures == null) {
            earlierFailures = new ArrayList<>(retry.maxAttempts());
        }
        earlierFailures.add(failure);
        core.retrying(call, failure, delay);
        long remaining = timer.remainingCallMillis();
        if (remaining <= delay) {
            after(remaining, () -> {
                earlierFailures.remove(earlierFailures.size() - 1);
                fail(timer.callTimeout(call.label, failure));
            });
        } else {
            after(delay, this::attempt);
        }
    }

    /**
     * Completes the call with the response object, or returns why the 2xx body could not be read: that attempt is
     * tried again, as the AWS SDK does.
     */
    private SdkException complete(HttpResponse response) {
        O value;
        try {
            value = core.read(response, unmarshaller, call.label);
        } catch (SdkClientException e) {
            core.attemptEnded(call, response, e);
            return e;
        }
        core.attemptEnded(call, response, null);
        retry.onSuccess();
        limits.recordAttempt(null);
        result.complete(core.succeeded(call, value));
        return null;
    }

    private SdkException transportFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof SdkException) {
            return (SdkException) cause;
        }
        if (cause instanceof IOException) {
            return timer.failure((IOException) cause, call.label);
        }
        return SdkClientException.create(call.label.transportMessage(cause), cause);
    }

    /** Runs the next step after the delay: scheduled for the real clock, or through the policy's own sleeper. */
    private void after(long delayMillis, Runnable next) {
        Sleeper sleeper = retryPolicy.sleeper();
        if (sleeper == Sleeper.system()) {
            CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS).execute(next);
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                sleeper.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(AbortedException.create(call.label.interruptedMessage(), e));
                return;
            }
            next.run();
        });
    }

    private void fail(SdkException failure) {
        SdkException withHistory = InvocationCore.withHistory(failure, earlierFailures);
        core.failed(call, withHistory);
        result.completeExceptionally(withHistory);
    }
}
