package dev.ecrgen.runtime.error;

/**
 * The error codes AWS SDKs treat specially when deciding on retries: throttling, transient failures and clock skew.
 * The lists match the AWS SDK for Java v2.
 */
public final class AwsErrorCodes {

    private AwsErrorCodes() {
    }

    /**
     * Tells whether the code means the caller was throttled.
     *
     * @param code an error code, may be null
     * @return true for throttling codes such as {@code ThrottlingException}
     */
    public static boolean isThrottling(String code) {
        if (code == null) {
            return false;
        }
        switch (code) {
            case "Throttling":
            case "ThrottlingException":
            case "ThrottledException":
            case "ProvisionedThroughputExceededException":
            case "SlowDown":
            case "TooManyRequestsException":
            case "RequestLimitExceeded":
            case "BandwidthLimitExceeded":
            case "RequestThrottled":
            case "RequestThrottledException":
            case "EC2ThrottledException":
            case "TransactionInProgressException":
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether the code names a transient failure worth another attempt.
     *
     * @param code an error code, may be null
     * @return true for codes such as {@code RequestTimeout} or {@code InternalError}
     */
    public static boolean isTransient(String code) {
        if (code == null) {
            return false;
        }
        switch (code) {
            case "PriorRequestNotComplete":
            case "RequestTimeout":
            case "RequestTimeoutException":
            case "InternalError":
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether the code always means the request was signed with a clock too far from the service's.
     *
     * @param code an error code, may be null
     * @return true for {@code RequestTimeTooSkewed}, {@code RequestExpired} and {@code RequestInTheFuture}
     */
    public static boolean isDefiniteClockSkew(String code) {
        if (code == null) {
            return false;
        }
        switch (code) {
            case "RequestTimeTooSkewed":
            case "RequestExpired":
            case "RequestInTheFuture":
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether the code may be caused by clock skew (only the response's Date header can tell).
     *
     * @param code an error code, may be null
     * @return true for signature and authentication failures
     */
    public static boolean isPossibleClockSkew(String code) {
        if (code == null) {
            return false;
        }
        switch (code) {
            case "InvalidSignatureException":
            case "SignatureDoesNotMatch":
            case "AuthFailure":
                return true;
            default:
                return false;
        }
    }
}
