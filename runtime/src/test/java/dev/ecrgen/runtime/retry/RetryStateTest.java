package dev.ecrgen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkClientException;

class RetryStateTest {

    private static final Random RANDOM = new Random(7);

    private static AwsServiceException service(int status, String code) {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code).statusCode(status).serviceName("Ecr")
                .build();
        return new AwsServiceException(details, null) {
            private static final long serialVersionUID = 1L;
        };
    }

    @Test
    void classifiesFailuresLikeTheAwsSdk() {
        assertTrue(RetryableFailures.isRetryable(service(500, "InternalFailure")));
        assertTrue(RetryableFailures.isRetryable(service(502, "X")));
        assertTrue(RetryableFailures.isRetryable(service(503, "X")));
        assertTrue(RetryableFailures.isRetryable(service(504, "X")));
        assertTrue(RetryableFailures.isRetryable(service(429, "X")));
        assertTrue(RetryableFailures.isRetryable(service(400, "ThrottlingException")));
        assertTrue(RetryableFailures.isRetryable(service(400, "RequestTimeoutException")));
        assertTrue(RetryableFailures.isRetryable(service(403, "RequestExpired")));
        assertFalse(RetryableFailures.isRetryable(service(400, "ValidationException")));
        assertFalse(RetryableFailures.isRetryable(service(404, "RepositoryNotFoundException")));
        assertFalse(RetryableFailures.isRetryable(service(501, "NotImplemented")));
        assertTrue(RetryableFailures.isRetryable(SdkClientException.create("io", new ConnectException("refused"))));
        assertTrue(RetryableFailures.isRetryable(ApiCallAttemptTimeoutException.create(10)));
        assertFalse(RetryableFailures.isRetryable(ApiCallTimeoutException.create(10)));
        assertFalse(RetryableFailures.isRetryable(SdkClientException.create("bad input")));
        assertTrue(RetryableFailures.isRetryable(new IOException("reset")));
        assertFalse(RetryableFailures.isRetryable(null));
        assertTrue(RetryableFailures.isThrottling(service(429, "X")));
        assertFalse(RetryableFailures.isThrottling(service(500, "X")));
    }

    @Test
    void anUnreadableResponseIsRetriedWhenItsCauseIsTransientAsInTheAwsSdk() {
        // the AWS SDK retries a failure that is, or is directly caused by, an I/O failure or an attempt timeout
        assertTrue(RetryableFailures.isRetryable(SdkClientException.create("Unable to read the response",
                new IOException("Expected a JSON object as the response (line 1, column 1)"))));
        assertTrue(RetryableFailures.isRetryable(SdkClientException.create("read",
                new UncheckedIOException(new IOException("reset")))));
        assertTrue(RetryableFailures.isRetryable(new UncheckedIOException(new IOException("reset"))));
        assertTrue(RetryableFailures.isRetryable(SdkClientException.create("x", RetryableException.create("y"))));
        assertTrue(RetryableFailures.isRetryable(SdkClientException.create("x",
                ApiCallAttemptTimeoutException.create(10))));
        // an unmarshaller's own failure, a cause further down the chain, and the call timeout are final
        assertFalse(RetryableFailures.isRetryable(SdkClientException.create("Unable to read the response",
                new IllegalStateException("no"))));
        assertFalse(RetryableFailures.isRetryable(SdkClientException.create("x",
                new IllegalStateException(new IOException("deep")))));
        assertFalse(RetryableFailures.isRetryable(ApiCallTimeoutException.builder().message("call")
                .cause(new IOException("reset")).build()));
    }

    @Test
    void anUnreadableResponseCostsWhatAnyRetryCosts() {
        RetryPolicy policy = RetryPolicy.defaults();
        RetryQuota quota = policy.newQuota();
        RetryState state = new RetryState(policy, quota);
        assertTrue(state.onFailure(SdkClientException.create("read", new IOException("cut")), RANDOM) >= 0);
        assertEquals(500 - policy.retryCost(), quota.available());
        state.onSuccess();
        assertEquals(500, quota.available());
    }

    @Test
    void retriesUntilMaxAttempts() {
        RetryState state = new RetryState(RetryPolicy.defaults(), RetryPolicy.defaults().newQuota());
        assertEquals(1, state.attempt());
        assertTrue(state.onFailure(service(500, "X"), RANDOM) >= 0);
        assertEquals(2, state.attempt());
        assertTrue(state.onFailure(service(500, "X"), RANDOM) >= 0);
        assertTrue(state.onFailure(service(500, "X"), RANDOM) >= 0);
        assertEquals(4, state.attempt());
        assertEquals(-1, state.onFailure(service(500, "X"), RANDOM));
        assertEquals(4, state.attempt());
    }

    @Test
    void neverRetriesOtherClientErrors() {
        RetryState state = new RetryState(RetryPolicy.defaults(), null);
        assertEquals(-1, state.onFailure(service(400, "ValidationException"), RANDOM));
        assertEquals(1, state.attempt());
    }

    @Test
    void chargesAndRefillsTheQuotaAsTheSdkDoes() {
        RetryPolicy policy = RetryPolicy.defaults();
        RetryQuota quota = policy.newQuota();
        RetryState first = new RetryState(policy, quota);
        first.onFailure(service(500, "X"), RANDOM);
        first.onFailure(service(500, "X"), RANDOM);
        assertEquals(490, quota.available());
        first.onSuccess();
        assertEquals(495, quota.available());

        RetryState throttled = new RetryState(policy, quota);
        throttled.onFailure(service(400, "ThrottlingException"), RANDOM);
        assertEquals(495, quota.available());
        throttled.onSuccess();
        assertEquals(496, quota.available());

        new RetryState(policy, quota).onSuccess();
        assertEquals(497, quota.available());
    }

    @Test
    void anEmptyQuotaEndsRetries() {
        RetryPolicy policy = RetryPolicy.builder().retryQuotaCapacity(5).build();
        RetryQuota quota = policy.newQuota();
        RetryState state = new RetryState(policy, quota);
        assertTrue(state.onFailure(service(503, "X"), RANDOM) >= 0);
        assertEquals(-1, state.onFailure(service(503, "X"), RANDOM));
        assertEquals(2, state.attempt());
        assertEquals(0, quota.available());
    }

    @Test
    void throttlingUsesTheThrottlingBackoff() {
        RetryPolicy policy = RetryPolicy.builder().jitter(Jitter.NONE).throttlingJitter(Jitter.NONE).build();
        RetryState state = new RetryState(policy, null);
        assertEquals(500, state.onFailure(service(429, "X"), RANDOM));
        assertEquals(200, state.onFailure(service(500, "X"), RANDOM));
        assertEquals(2000, state.onFailure(service(400, "SlowDown"), RANDOM));
    }

    @Test
    void quotaIsIgnoredWhenThePolicyHasNone() {
        RetryPolicy policy = RetryPolicy.builder().retryQuota(false).build();
        RetryQuota unused = new RetryQuota(1);
        RetryState state = new RetryState(policy, unused);
        assertTrue(state.onFailure(service(500, "X"), RANDOM) >= 0);
        assertTrue(state.onFailure(service(500, "X"), RANDOM) >= 0);
        assertEquals(1, unused.available());
    }
}
