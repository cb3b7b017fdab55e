package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.HttpRequest;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.metrics.MetricCollector;

/**
 * What is known of one call as it runs: what interceptors see as their {@link ExecutionInterceptor.Context}, and what
 * the call's log lines and metrics are made from. The attempts of a call run one after another, so its fields are
 * written by one thread at a time; they are volatile so that each attempt's thread sees the last one's writes.
 */
final class CallRecord implements ExecutionInterceptor.Context {

    final CallLabel label;
    private final String serviceName;
    private final String operationName;
    private final Object request;
    final long startNanos;
    /** The call's metrics, or null when no publisher is configured. */
    final MetricCollector metrics;
    volatile MetricCollector attemptMetrics;
    volatile int attempt;
    volatile long attemptStartNanos;
    volatile long backoffMillis;
    volatile HttpRequest httpRequest;
    volatile ReceivedHttpResponse httpResponse;
    volatile String requestId;
    volatile Object response;
    volatile boolean finished;

    CallRecord(CallLabel label, String serviceName, String operationName, Object request, MetricCollector metrics) {
        this.label = label;
        this.serviceName = serviceName;
        this.operationName = operationName;
        this.request = request;
        this.metrics = metrics;
        this.startNanos = System.nanoTime();
    }

    @Override
    public String serviceName() {
        return serviceName;
    }

    @Override
    public String operationName() {
        return operationName;
    }

    @Override
    public Object request() {
        return request;
    }

    @Override
    public int attemptCount() {
        return attempt;
    }

    @Override
    public Optional<HttpRequest> httpRequest() {
        return Optional.ofNullable(httpRequest);
    }

    @Override
    public Optional<SdkHttpResponse> httpResponse() {
        return Optional.ofNullable(httpResponse);
    }

    @Override
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public Optional<Object> response() {
        return Optional.ofNullable(response);
    }

    /** Names the call only: never its request, headers or credentials. */
    @Override
    public String toString() {
        return "Call(" + serviceName + ' ' + operationName + ", attempt " + attempt + ")";
    }
}
