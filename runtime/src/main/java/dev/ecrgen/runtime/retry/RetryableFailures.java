package dev.ecrgen.runtime.retry;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Which failures deserve another attempt, as in the AWS SDK for Java v2: HTTP 500, 502, 503 and 504; throttling
 * (HTTP 429 or a throttling error code); transient error codes; clock skew; I/O failures and attempt timeouts, also
 * as the direct cause (so a 2xx body that cannot be read, an {@code SdkClientException} caused by the read's
 * {@link IOException}, is retried). Other 4xx errors and the whole-call timeout are final.
 */
public final class RetryableFailures {

    private RetryableFailures() {
    }

    /**
     * Tells whether the failure may succeed when tried again.
     *
     * @param failure what went wrong
     * @return true when another attempt is worthwhile
     */
    public static boolean isRetryable(Throwable failure) {
        if (failure == null || failure instanceof ApiCallTimeoutException) {
            return false;
        }
        if (failure instanceof ApiCallAttemptTimeoutException || failure instanceof RetryableException) {
            return true;
        }
        if (failure instanceof SdkServiceException) {
            SdkServiceException service = (SdkServiceException) failure;
            return isRetryableStatus(service.statusCode())
                    || service.isThrottlingException()
                    || service.isRetryableException()
                    || service.isClockSkewException();
        }
        return isTransient(failure) || isTransient(failure.getCause());
    }

    /** The AWS SDK's own list, matched against a failure and against its direct cause. */
    private static boolean isTransient(Throwable failure) {
        return failure instanceof IOException || failure instanceof UncheckedIOException
                || failure instanceof RetryableException || failure instanceof ApiCallAttemptTimeoutException;
    }

    /**
     * Tells whether the failure is throttling, which waits longer before the next attempt.
     *
     * @param failure what went wrong
     * @return true for HTTP 429 and throttling error codes
     */
    public static boolean isThrottling(Throwable failure) {
        return failure instanceof SdkServiceException && ((SdkServiceException) failure).isThrottlingException();
    }

    /**
     * Tells whether an HTTP status is retried whatever the error code.
     *
     * @param status the HTTP status
     * @return true for 500, 502, 503 and 504
     */
    public static boolean isRetryableStatus(int status) {
        return status == 500 || status == 502 || status == 503 || status == 504;
    }
}
