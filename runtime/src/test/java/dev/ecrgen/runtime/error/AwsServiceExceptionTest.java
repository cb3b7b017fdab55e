package dev.ecrgen.runtime.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsServiceExceptionTest {

    /** A generated service exception looks like this. */
    static final class RepositoryNotFoundException extends AwsServiceException {
        private static final long serialVersionUID = 1L;

        RepositoryNotFoundException(AwsErrorDetails details) {
            super(details, null);
        }
    }

    private static AwsErrorDetails.Builder details(String code, int status) {
        return AwsErrorDetails.builder().errorCode(code).serviceName("Ecr").statusCode(status).requestId("req-7");
    }

    @Test
    void messageReadsLikeTheAwsSdk() {
        RepositoryNotFoundException e = new RepositoryNotFoundException(
                details("RepositoryNotFoundException", 400).errorMessage("The repository does not exist").build());
        assertEquals("The repository does not exist (Service: Ecr, Status Code: 400, Request ID: req-7)",
                e.getMessage());
        assertEquals(400, e.statusCode());
        assertEquals("req-7", e.requestId());
        assertEquals("RepositoryNotFoundException", e.awsErrorDetails().errorCode());
    }

    @Test
    void aMissingErrorMessageFallsBackToTheCodeLikeTheAwsSdk() {
        RepositoryNotFoundException e = new RepositoryNotFoundException(details("X", 503).requestId(null).build());
        assertEquals("Service returned error code X (Service: Ecr, Status Code: 503, Request ID: null)", e.getMessage());
        assertNull(e.awsErrorDetails().errorMessage());
    }

    @Test
    void messageCarriesTheExtendedRequestIdAndAttemptCount() {
        RepositoryNotFoundException e = new RepositoryNotFoundException(details("X", 500).errorMessage("boom")
                .headers(Map.of("x-amz-id-2", List.of("ext-9"))).build());
        e.withAttemptCount(4);
        assertEquals("ext-9", e.extendedRequestId());
        assertEquals(4, e.numAttempts());
        assertEquals("boom (Service: Ecr, Status Code: 500, Request ID: req-7, Extended Request ID: ext-9)"
                + " (SDK Attempt Count: 4)", e.getMessage());
    }

    @Test
    void keepsTheCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        AwsServiceException e = new AwsServiceException(details("X", 500).build(), cause) {
            private static final long serialVersionUID = 1L;
        };
        assertSame(cause, e.getCause());
    }

    @Test
    void rejectsMissingDetails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RepositoryNotFoundException(null));
        assertEquals("AwsServiceException needs AwsErrorDetails, got null", e.getMessage());
    }

    @Test
    void throttlingByStatusOrCode() {
        assertTrue(new RepositoryNotFoundException(details("Anything", 429).build()).isThrottlingException());
        assertTrue(new RepositoryNotFoundException(details("ThrottlingException", 400).build()).isThrottlingException());
        assertTrue(new RepositoryNotFoundException(details("TooManyRequestsException", 400).build())
                .isThrottlingException());
        assertFalse(new RepositoryNotFoundException(details("ValidationException", 400).build())
                .isThrottlingException());
    }

    @Test
    void transientCodesAreRetryable() {
        assertTrue(new RepositoryNotFoundException(details("RequestTimeout", 400).build()).isRetryableException());
        assertTrue(new RepositoryNotFoundException(details("PriorRequestNotComplete", 400).build())
                .isRetryableException());
        assertFalse(new RepositoryNotFoundException(details("ValidationException", 400).build())
                .isRetryableException());
    }

    @Test
    void clockSkewFromCodeOrDateHeader() {
        assertTrue(new RepositoryNotFoundException(details("RequestTimeTooSkewed", 403).build()).isClockSkewException());
        String hourAhead = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        assertTrue(received("InvalidSignatureException", 400, hourAhead, Duration.ZERO).isClockSkewException());
        assertFalse(received("InvalidSignatureException", 400, now, Duration.ZERO).isClockSkewException());
        assertFalse(received("InvalidSignatureException", 400, null, Duration.ZERO).isClockSkewException());
        assertFalse(received("ValidationException", 400, hourAhead, Duration.ZERO).isClockSkewException());
        assertTrue(received("AccessDenied", 403, hourAhead, Duration.ZERO).isClockSkewException());
    }

    @Test
    void aPossibleClockSkewIsJudgedAgainstTheClockCorrectedByTheKnownSkewLikeTheAwsSdk() {
        String hourAhead = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        // the client already signs an hour later than its clock says: the service's date agrees with that
        assertFalse(received("InvalidSignatureException", 400, hourAhead, Duration.ofHours(-1)).isClockSkewException());
        assertTrue(received("InvalidSignatureException", 400, hourAhead, Duration.ofHours(1)).isClockSkewException());
        // without a known skew (an exception built by hand) only the definite codes count, as in the AWS SDK
        assertFalse(new RepositoryNotFoundException(details("InvalidSignatureException", 400)
                .headers(Map.of("Date", List.of(hourAhead))).build()).isClockSkewException());
    }

    @Test
    void theClockSkewGivenToTheConstructorWinsOverTheDecodersAndIsKept() {
        AwsErrorDetails decoded = ErrorDecoder.decode("Ecr", 400, Map.of(), null, Duration.ofSeconds(5));
        AwsServiceException fromDetails = new RepositoryNotFoundException(decoded);
        assertEquals(Duration.ofSeconds(5), fromDetails.requestClockSkew());
        assertEquals(Duration.ofSeconds(5), new RepositoryNotFoundException(decoded.toBuilder().build()).requestClockSkew());
        AwsServiceException given = new AwsServiceException(decoded,
                software.amazon.awssdk.core.exception.SdkServiceException.builder().numAttempts(3), Duration.ofSeconds(-2)) {
            private static final long serialVersionUID = 1L;
        };
        assertEquals(Duration.ofSeconds(-2), given.requestClockSkew());
        assertEquals(3, given.numAttempts());
        assertNull(new RepositoryNotFoundException(details("X", 400).build()).requestClockSkew());
    }

    private static AwsServiceException received(String code, int status, String date, Duration clockSkew) {
        Map<String, List<String>> headers = date == null ? Map.of("x-amzn-ErrorType", List.of(code))
                : Map.of("x-amzn-ErrorType", List.of(code), "Date", List.of(date));
        return new RepositoryNotFoundException(ErrorDecoder.decode("Ecr", status, headers, null, clockSkew));
    }

    @Test
    void detailsAreImmutableCopies() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        AwsErrorDetails details = details("X", 400).rawBody(body).headers(Map.of("X-Test", List.of("1"))).build();
        body[0] = 'x';
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), details.rawBody());
        byte[] copy = details.rawBody();
        copy[0] = 'y';
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), details.rawBody());
        assertNotSame(details.rawBody(), details.rawBody());
        assertThrows(UnsupportedOperationException.class, () -> details.headers().put("Y", List.of()));
        assertEquals("1", details.header("x-test").orElseThrow());
        assertFalse(details.header("missing").isPresent());
    }

    @Test
    void toBuilderCopiesEverything() {
        AwsErrorDetails original = details("X", 400).errorMessage("m").rawBody(new byte[] {1})
                .headers(Map.of("A", List.of("b"))).build();
        AwsErrorDetails changed = original.toBuilder().errorCode("Y").build();
        assertEquals("Y", changed.errorCode());
        assertEquals("m", changed.errorMessage());
        assertEquals("Ecr", changed.serviceName());
        assertEquals(400, changed.statusCode());
        assertEquals("req-7", changed.requestId());
        assertEquals(Map.of("A", List.of("b")), changed.headers());
        assertArrayEquals(new byte[] {1}, changed.rawBody());
        assertEquals("X", original.errorCode());
    }
}
