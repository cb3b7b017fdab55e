package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.retry.RetryableFailures;
import dev.ecrgen.runtime.transport.Headers;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricCollector;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * What a client does around its calls besides sending them: runs its {@link ExecutionInterceptor}s, logs each attempt,
 * retry and outcome at DEBUG on the {@value #LOGGER_NAME} logger, and publishes each call's metrics to its
 * {@link MetricPublisher}s. Log lines name the call, attempt, status, request id, timings and the failure's type and
 * error code only: never a header, a body, a request or response member, or credentials. Thread-safe.
 */
final class CallHooks {

    /** The SLF4J logger that calls are logged on. */
    static final String LOGGER_NAME = "dev.ecrgen.request";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final ExecutionInterceptor[] interceptors;
    private final MetricPublisher[] publishers;

    CallHooks(List<ExecutionInterceptor> interceptors, List<MetricPublisher> publishers) {
        this.interceptors = interceptors.toArray(new ExecutionInterceptor[0]);
        this.publishers = publishers.toArray(new MetricPublisher[0]);
    }

    /** Starts the record of a call and runs {@link ExecutionInterceptor#beforeExecution}. */
    CallRecord begin(CallLabel label, ServiceInfo service, OperationInfo operation, Object request) {
        MetricCollector metrics = null;
        if (publishers.length > 0) {
            metrics = MetricCollector.create("ApiCall");
            metrics.reportMetric(CoreMetric.SERVICE_ID, service.serviceId());
            metrics.reportMetric(CoreMetric.OPERATION_NAME, operation.name());
        }
        CallRecord record = new CallRecord(label, service.serviceName(), operation.name(), request, metrics);
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                interceptor.beforeExecution(record);
            } catch (RuntimeException e) {
                SdkClientException failure = interceptorFailure(interceptor, "beforeExecution", record, e);
                failed(record, failure);
                throw failure;
            }
        }
        return record;
    }

    /** Runs {@link ExecutionInterceptor#modifyHttpRequest} on an attempt's unsigned request. */
    HttpRequest beforeSigning(CallRecord record, HttpRequest request, int attempt) {
        record.attempt = attempt;
        HttpRequest current = request;
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                current = interceptor.modifyHttpRequest(record, current);
            } catch (RuntimeException e) {
                throw interceptorFailure(interceptor, "modifyHttpRequest", record, e);
            }
            if (current == null) {
                throw interceptorFailure(interceptor, "modifyHttpRequest", record,
                        new IllegalStateException("returned no request"));
            }
        }
        return current;
    }

    /** Notes that an attempt's signed request is about to be sent. */
    void sending(CallRecord record, HttpRequest signed) {
        record.httpRequest = signed;
        if (record.metrics != null) {
            MetricCollector attempt = record.metrics.createChild("ApiCallAttempt");
            attempt.reportMetric(CoreMetric.BACKOFF_DELAY_DURATION, Duration.ofMillis(record.backoffMillis));
            record.attemptMetrics = attempt;
        }
        record.attemptStartNanos = System.nanoTime();
    }

    /**
     * Notes how an attempt ended: with a response (a 2xx one when {@code failure} is null, else the failure it was
     * read as), or with a failure and no response.
     */
    void attemptEnded(CallRecord record, HttpResponse response, SdkException failure) {
        boolean debug = LOG.isDebugEnabled();
        if (interceptors.length == 0 && record.metrics == null && !debug) {
            return;
        }
        long now = System.nanoTime();
        long elapsedNanos = now - record.attemptStartNanos;
        if (response != null) {
            String requestId = Headers.firstOrNull(response.headers(), "x-amzn-RequestId");
            record.requestId = requestId != null ? requestId : Headers.firstOrNull(response.headers(), "x-amz-request-id");
            if (interceptors.length > 0) {
                record.httpResponse = new ReceivedHttpResponse(response);
            }
        }
        MetricCollector attempt = record.attemptMetrics;
        if (attempt != null) {
            attempt.reportMetric(CoreMetric.SERVICE_CALL_DURATION, Duration.ofNanos(elapsedNanos));
            if (response != null) {
                long headers = response.headersReceivedNanos();
                attempt.reportMetric(CoreMetric.TIME_TO_FIRST_BYTE,
                        Duration.ofNanos((headers != 0 ? headers : now) - record.attemptStartNanos));
                attempt.reportMetric(CoreMetric.TIME_TO_LAST_BYTE, Duration.ofNanos(elapsedNanos));
                attempt.reportMetric(HttpMetric.HTTP_STATUS_CODE, response.statusCode());
                if (record.requestId != null) {
                    attempt.reportMetric(CoreMetric.AWS_REQUEST_ID, record.requestId);
                }
            }
            if (failure != null) {
                attempt.reportMetric(CoreMetric.ERROR_TYPE, errorType(failure));
            }
        }
        if (debug) {
            long millis = elapsedNanos / 1_000_000L;
            if (response != null) {
                LOG.debug("{} attempt {}: HTTP {}{}, request id {}, {} ms", record.label, record.attempt,
                        response.statusCode(), failure == null ? "" : " " + errorCode(failure), record.requestId,
                        millis);
            } else {
                LOG.debug("{} attempt {}: no response, {}, {} ms", record.label, record.attempt, describe(failure),
                        millis);
            }
        }
    }

    /** Notes that the failed attempt is retried after the delay. */
    void retrying(CallRecord record, SdkException failure, long delayMillis) {
        record.backoffMillis = delayMillis;
        MetricCollector attempt = record.attemptMetrics;
        if (attempt == null && !LOG.isDebugEnabled()) {
            return;
        }
        String reason = errorType(failure) + ": " + describe(failure);
        if (attempt != null) {
            attempt.reportMetric(ClientMetrics.RETRY_REASON, reason);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} retrying after attempt {} ({}), next attempt in {} ms", record.label, record.attempt, reason,
                    delayMillis);
        }
    }

    /** Runs {@link ExecutionInterceptor#afterExecution} on a call's response, then closes its record. */
    <O> O succeeded(CallRecord record, O result) {
        record.response = result;
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                interceptor.afterExecution(record);
            } catch (RuntimeException e) {
                throw interceptorFailure(interceptor, "afterExecution", record, e);
            }
        }
        finish(record, null);
        return result;
    }

    /** Runs {@link ExecutionInterceptor#onExecutionFailure} and closes the record of a call that failed. */
    void failed(CallRecord record, SdkException failure) {
        if (record.finished) {
            return;
        }
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                interceptor.onExecutionFailure(record, failure);
            } catch (RuntimeException e) {
                if (e != failure) {
                    failure.addSuppressed(e);
                }
            }
        }
        finish(record, failure);
    }

    private void finish(CallRecord record, SdkException failure) {
        record.finished = true;
        long elapsedNanos = System.nanoTime() - record.startNanos;
        if (LOG.isDebugEnabled()) {
            if (failure == null) {
                LOG.debug("{} succeeded after {} attempt(s) in {} ms, request id {}", record.label, record.attempt,
                        elapsedNanos / 1_000_000L, record.requestId);
            } else {
                LOG.debug("{} failed after {} attempt(s) in {} ms, request id {}: {}", record.label, record.attempt,
                        elapsedNanos / 1_000_000L, record.requestId, describe(failure));
            }
        }
        if (record.metrics == null) {
            return;
        }
        record.metrics.reportMetric(CoreMetric.API_CALL_SUCCESSFUL, failure == null);
        record.metrics.reportMetric(CoreMetric.API_CALL_DURATION, Duration.ofNanos(elapsedNanos));
        record.metrics.reportMetric(CoreMetric.RETRY_COUNT, Math.max(0, record.attempt - 1));
        if (record.requestId != null) {
            record.metrics.reportMetric(CoreMetric.AWS_REQUEST_ID, record.requestId);
        }
        if (failure != null) {
            record.metrics.reportMetric(CoreMetric.ERROR_TYPE, errorType(failure));
        }
        MetricCollection collection = record.metrics.collect();
        for (MetricPublisher publisher : publishers) {
            try {
                publisher.publish(collection);
            } catch (RuntimeException e) {
                LOG.warn("{} metric publisher {} failed: {}", record.label, publisher.getClass().getName(),
                        e.toString());
            }
        }
    }

    /** The AWS SDK's error type names ({@code CoreMetric.ERROR_TYPE}) for a failure. */
    static String errorType(SdkException failure) {
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return "ConfiguredTimeout";
        }
        if (RetryableFailures.isThrottling(failure)) {
            return "Throttling";
        }
        if (failure instanceof SdkServiceException) {
            return "ServerError";
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return "IO";
            }
        }
        return "Other";
    }

    /** A failure without anything the caller sent: the status and error code of a service error, else its message. */
    static String describe(SdkException failure) {
        if (failure instanceof SdkServiceException) {
            return "HTTP " + ((SdkServiceException) failure).statusCode() + " " + errorCode(failure);
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static String errorCode(SdkException failure) {
        if (failure instanceof AwsServiceException) {
            String code = ((AwsServiceException) failure).awsErrorDetails().errorCode();
            return code != null ? code : failure.getClass().getSimpleName();
        }
        return failure.getClass().getSimpleName();
    }

    private static SdkClientException interceptorFailure(ExecutionInterceptor interceptor, String method,
            CallRecord record, RuntimeException cause) {
        String message = cause.getMessage();
        return SdkClientException.create("ExecutionInterceptor " + interceptor.getClass().getName() + "." + method
                + " failed for " + record.label + ": " + (message == null || message.isEmpty()
                        ? cause.getClass().getSimpleName() : message), cause);
    }
}
