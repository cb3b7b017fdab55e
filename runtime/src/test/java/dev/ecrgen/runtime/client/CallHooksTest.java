package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** How a failure is named in metrics and log lines: the AWS SDK's error types, the status and error code. */
class CallHooksTest {

    /** A service's own exception type, as a generated client has one. */
    private static final class EcrTrouble extends AwsServiceException {
        private static final long serialVersionUID = 1L;

        EcrTrouble(AwsErrorDetails details) {
            super(details, null);
        }
    }

    private static AwsServiceException service(int status, String code) {
        return new EcrTrouble(AwsErrorDetails.builder().errorCode(code).statusCode(status).serviceName("Ecr")
                .build());
    }

    @Test
    void errorTypesAreTheAwsSdksNames() {
        assertEquals("ConfiguredTimeout", CallHooks.errorType(ApiCallTimeoutException.create(1000)));
        assertEquals("ConfiguredTimeout", CallHooks.errorType(ApiCallAttemptTimeoutException.create(1000)));
        assertEquals("Throttling", CallHooks.errorType(service(400, "ThrottlingException")));
        assertEquals("Throttling", CallHooks.errorType(service(429, "Anything")));
        assertEquals("ServerError", CallHooks.errorType(service(500, "InternalFailure")));
        assertEquals("ServerError", CallHooks.errorType(service(400, "ValidationException")));
        assertEquals("IO", CallHooks.errorType(SdkClientException.create("read failed",
                new SocketTimeoutException("Read timed out"))));
        assertEquals("IO", CallHooks.errorType(SdkClientException.create("wrapped",
                new IllegalStateException("outer", new UncheckedIOException(new IOException("deep"))))),
                "an I/O failure anywhere in the causes");
        assertEquals("Other", CallHooks.errorType(SdkClientException.create("no cause")));
        assertEquals("Other", CallHooks.errorType(SdkClientException.create("not I/O",
                new IllegalStateException("outer", new IllegalArgumentException("inner")))));
    }

    @Test
    void aFailureIsDescribedByItsStatusAndCodeOrItsTypeAndMessage() {
        assertEquals("HTTP 404 RepositoryNotFoundException",
                CallHooks.describe(service(404, "RepositoryNotFoundException")));
        assertEquals("HTTP 500 EcrTrouble", CallHooks.describe(service(500, null)), "no code: the exception's type");
        assertEquals("SdkClientException: connection refused",
                CallHooks.describe(SdkClientException.create("connection refused")));
        assertEquals("SdkServiceException", CallHooks.errorCode(SdkServiceException.builder().statusCode(500)
                .build()));
        assertEquals("ThrottlingException", CallHooks.errorCode(service(400, "ThrottlingException")));
        assertEquals("ApiCallTimeoutException", CallHooks.errorCode(ApiCallTimeoutException.create(5)));
    }
}
