package dev.ecrgen.runtime.client;

import software.amazon.awssdk.metrics.MetricCategory;
import software.amazon.awssdk.metrics.MetricLevel;
import software.amazon.awssdk.metrics.SdkMetric;

/**
 * The metric a client publishes besides the AWS SDK's own ({@code CoreMetric}, {@code HttpMetric}). Each call is
 * published as one {@code ApiCall} collection with one {@code ApiCallAttempt} child per attempt, under the AWS SDK's
 * names; see the README's section on hooks for the list.
 */
public final class ClientMetrics {

    /**
     * Why an attempt is retried, on each {@code ApiCallAttempt} that is followed by another: the error type as in
     * {@code CoreMetric.ERROR_TYPE} and what the failure was, e.g. {@code Throttling: HTTP 400 ThrottlingException}
     * or {@code IO: Connection refused}.
     */
    public static final SdkMetric<String> RETRY_REASON =
            SdkMetric.create("RetryReason", String.class, MetricLevel.INFO, MetricCategory.CORE);

    private ClientMetrics() {
    }
}
