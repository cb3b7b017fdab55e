package dev.ecrgen.runtime.error;

import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The base of every exception a service returns. It carries the decoded {@link AwsErrorDetails}; its message reads
 * like the AWS SDK's: {@code <message> (Service: <name>, Status Code: <n>, Request ID: <id>)}.
 */
public class AwsServiceException extends SdkServiceException {

    private static final long serialVersionUID = 1L;

    private final AwsErrorDetails awsErrorDetails;
    private final Duration clockSkew;
    private volatile int attempts;

    /**
     * Creates the exception from decoded error details.
     *
     * @param details what the service said; must not be null
     * @param cause the underlying cause, may be null
     */
    protected AwsServiceException(AwsErrorDetails details, Throwable cause) {
        this(details, SdkServiceException.builder().cause(cause), null);
    }

    /**
     * Creates the exception from decoded error details and the parts an exception builder adds: the cause, the
     * attempt count, whether the stack trace is writable, the extended request id (when the details lack the
     * {@code x-amz-id-2} header) and the clock skew.
     *
     * @param details what the service said; must not be null. The message, status code and request id come from it
     * @param parts the builder the other parts come from
     * @param clockSkew how far the client's clock was ahead of the service's when the request was signed (negative
     *     when behind); null to take it from the details, where the client's invoker puts it
     */
    protected AwsServiceException(AwsErrorDetails details, SdkServiceException.Builder parts, Duration clockSkew) {
        super(baseBuilder(details, parts));
        this.awsErrorDetails = details;
        this.clockSkew = clockSkew != null ? clockSkew : details.clockSkew();
    }

    private static SdkServiceException.Builder baseBuilder(AwsErrorDetails details, SdkServiceException.Builder parts) {
        if (details == null) {
            throw new IllegalArgumentException("AwsServiceException needs AwsErrorDetails, got null");
        }
        String message = details.errorMessage() != null ? details.errorMessage()
                : details.errorCode() != null ? "Service returned error code " + details.errorCode()
                : "Service returned HTTP status code " + details.statusCode();
        String extendedRequestId = details.header("x-amz-id-2").orElse(null);
        return SdkServiceException.builder()
                .message(message)
                .statusCode(details.statusCode())
                .requestId(details.requestId())
                .extendedRequestId(extendedRequestId != null ? extendedRequestId : parts.extendedRequestId())
                .cause(parts.cause())
                .numAttempts(parts.numAttempts())
                .writableStackTrace(parts.writableStackTrace());
    }

    /**
     * Returns the clock skew known when the request that got this error was signed: how far the client's clock was
     * ahead of the service's (negative when behind), as the AWS SDK's exception builders take it with
     * {@code clockSkew(Duration)}. {@link #isClockSkewException()} judges the response's {@code Date} against the
     * client's clock corrected by it.
     *
     * @return the skew, or null when unknown (an exception built by hand without one)
     */
    protected final Duration requestClockSkew() {
        return clockSkew;
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
     * codes, and, as in the AWS SDK, for signature failures (or HTTP 401/403) when the clock skew is known and the
     * response's Date header is more than four minutes away from the local clock corrected by that skew.
     */
    @Override
    public boolean isClockSkewException() {
        String code = awsErrorDetails.errorCode();
        if (AwsErrorCodes.isDefiniteClockSkew(code)) {
            return true;
        }
        int status = statusCode();
        if (clockSkew != null && (AwsErrorCodes.isPossibleClockSkew(code) || status == 401 || status == 403)) {
            return ClockSkew.isSkewed(awsErrorDetails, System.currentTimeMillis() - clockSkew.toMillis());
        }
        return false;
    }
}
