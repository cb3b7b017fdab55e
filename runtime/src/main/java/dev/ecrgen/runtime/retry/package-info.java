/**
 * Retries as the AWS SDK for Java v2 does them: which failures are retried
 * ({@link dev.ecrgen.runtime.retry.RetryableFailures}), how long to wait ({@link dev.ecrgen.runtime.retry.RetryPolicy}
 * with {@link dev.ecrgen.runtime.retry.Jitter}), a per-client retry quota ({@link dev.ecrgen.runtime.retry.RetryQuota})
 * and the per-call bookkeeping ({@link dev.ecrgen.runtime.retry.RetryState}).
 */
package dev.ecrgen.runtime.retry;
