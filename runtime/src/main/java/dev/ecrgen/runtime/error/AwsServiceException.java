package dev.ecrgen.runtime.error;

import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The base of every exception a service returns. It carries the decoded {@link AwsErrorDetails}; its message reads
 * like the AWS SDK's: {@code <message> (Service: <name>, Status Code: <n>, Request ID: <id>)}.
 */
public class AwsServiceException extends SdkServiceException {

    private static final long serialVersionUID = 1L;

    private final AwsErrorDetails awsErrorDetails;
    private volatile int attempts;

    /**
     * Creates the exception from decoded error details.
     *
     * @param details what the service said; must not be null
     * @param cause the underlying cause, may be null
     */
    protected AwsServiceException(AwsErrorDetails details, Throwable cause) {
        super(baseBuilder(details, cause));
        this.awsErrorDetails = details;
    }

    private static SdkServiceException.Builder baseBuilder(AwsErrorDetails details, Throwable cause) {
        if (details == null) {
            throw new IllegalArgumentException("AwsServiceException needs AwsErrorDetails, got null");
        }
        String message = details.errorMessage() != null ? details.errorMessage()
                : details.errorCode() != null ? "Service returned error code " + details.errorCode()
                : "Service returned HTTP status code " + details.statusCode();
        return SdkServiceException.builder()
                .message(message)
                .statusCode(details.statusCode())
                .requestId(details.requestId())
                .extendedRequestId(details.header("x-amz-id-2").orElse(null))
                .cause(cause);
    }

    /**
     * Returns what the service said about the failure.
     *
     * @return the error details
     */
    public AwsErrorDetails awsErrorDetails() {
        return awsErrorDetails;
    }

    /**
     * Records how many attempts the call made before it failed with this exception; the client's invoker calls it
     * once, before the exception reaches the caller.
     *
     * @param count the number of attempts, at least 1
     * @return this exception
     */
    public AwsServiceException withAttemptCount(int count) {
        this.attempts = count;
        return this;
    }

    @Override
    public Integer numAttempts() {
        return attempts > 0 ? Integer.valueOf(attempts) : super.numAttempts();
    }

    /**
     * Reads like the AWS SDK's: {@code <message> (Service: <name>, Status Code: <n>, Request ID: <id>)}, with the
     * extended request id when the service sent one, and the attempt count when it is known.
     */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(160);
        message.append(rawMessage())
                .append(" (Service: ").append(awsErrorDetails.serviceName())
                .append(", Status Code: ").append(statusCode())
                .append(", Request ID: ").append(requestId());
        if (extendedRequestId() != null) {
            message.append(", Extended Request ID: ").append(extendedRequestId());
        }
        message.append(')');
        Integer count = numAttempts();
        if (count != null) {
            message.append(" (SDK Attempt Count: ").append(count).append(')');
        }
        return message.toString();
    }

    /** True for HTTP 429 and for the throttling error codes listed in {@link AwsErrorCodes}. */
    @Override
    public boolean isThrottlingException() {
        return super.isThrottlingException() || AwsErrorCodes.isThrottling(awsErrorDetails.errorCode());
    }

    /** True for the transient error codes listed in {@link AwsErrorCodes}. */
    @Override
    public boolean isRetryableException() {
        return AwsErrorCodes.isTransient(awsErrorDetails.errorCode());
    }

    /**
     * True when the error says the request's time was too far from the service's: always for the definite clock skew
     * codes, and for signature failures (or HTTP 401/403) when the response's Date header is more than four minutes
     * away from the local clock.
     */
    @Override
    public boolean isClockSkewException() {
        String code = awsErrorDetails.errorCode();
        if (AwsErrorCodes.isDefiniteClockSkew(code)) {
            return true;
        }
        int status = statusCode();
        if (AwsErrorCodes.isPossibleClockSkew(code) || status == 401 || status == 403) {
            return ClockSkew.isSkewed(awsErrorDetails, System.currentTimeMillis());
        }
        return false;
    }
}
