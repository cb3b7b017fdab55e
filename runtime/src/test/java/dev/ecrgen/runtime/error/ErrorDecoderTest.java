package dev.ecrgen.runtime.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {

    private static AwsErrorDetails decode(int status, Map<String, List<String>> headers, String body) {
        return ErrorDecoder.decode("Ecr", status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return headers;
    }

    @Test
    void headerCodeWinsOverBody() {
        AwsErrorDetails details = decode(400, headers("X-Amzn-Errortype", "ValidationException"),
                "{\"__type\":\"com.amazonaws.ecr#RepositoryNotFoundException\",\"code\":\"Other\"}");
        assertEquals("ValidationException", details.errorCode());
    }

    @Test
    void headerCodeLosesItsUriSuffixAndNamespace() {
        assertEquals("FooError", decode(500, headers("x-amzn-errortype",
                "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"), "").errorCode());
        assertEquals("FooError", decode(500, headers("X-Amzn-ErrorType",
                "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"),
                null).errorCode());
    }

    @Test
    void dunderTypeWinsOverCode() {
        AwsErrorDetails details = decode(400, Map.of(),
                "{\"code\":\"CodeError\",\"__type\":\"com.amazonaws.ecr#RepositoryNotFoundException\"}");
        assertEquals("RepositoryNotFoundException", details.errorCode());
    }

    @Test
    void codeFieldIsTheLastSource() {
        assertEquals("FooError", decode(500, Map.of(),
                "{\"code\":\"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/\"}").errorCode());
    }

    @Test
    void readsMessageInEitherCaseAndErrorMessage() {
        assertEquals("lower", decode(400, Map.of(), "{\"__type\":\"X\",\"message\":\"lower\"}").errorMessage());
        assertEquals("Upper", decode(400, Map.of(), "{\"__type\":\"X\",\"Message\":\"Upper\"}").errorMessage());
        assertEquals("other", decode(400, Map.of(), "{\"__type\":\"X\",\"errorMessage\":\"other\"}").errorMessage());
        assertEquals("first", decode(400, Map.of(),
                "{\"errorMessage\":\"other\",\"message\":\"first\"}").errorMessage());
        assertNull(decode(400, Map.of(), "{\"__type\":\"X\"}").errorMessage());
    }

    @Test
    void skipsNestedMembersAndNonStringValues() {
        AwsErrorDetails details = decode(400, Map.of(),
                "{\"Nested\":{\"__type\":\"Inner\",\"message\":\"inner\"},\"message\":7,\"__type\":\"Outer\"}");
        assertEquals("Outer", details.errorCode());
        assertNull(details.errorMessage());
    }

    @Test
    void readsTheRequestIdFromEitherHeader() {
        assertEquals("req-1", decode(400, headers("x-amzn-RequestId", "req-1"), "{}").requestId());
        assertEquals("req-2", decode(400, headers("X-AMZ-REQUEST-ID", "req-2"), "{}").requestId());
        assertEquals("req-3", decode(400, headers("x-amz-request-id", "other", "X-Amzn-RequestId", "req-3"), "{}")
                .requestId());
        assertNull(decode(400, Map.of(), "{}").requestId());
    }

    @Test
    void garbageBodyLeavesTheCodeUnsetLikeTheAwsSdk() {
        String html = "<html><body>502 Bad Gateway</body></html>";
        AwsErrorDetails details = decode(502, headers("Content-Type", "text/html"), html);
        assertNull(details.errorCode());
        assertNull(details.errorMessage());
        assertEquals(502, details.statusCode());
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), details.rawBody());
        assertNull(decode(418, Map.of(), "not json").errorCode());
        assertNull(decode(503, Map.of(), "").errorCode());
        assertNull(decode(429, Map.of(), "[1,2]").errorCode());
        assertNull(decode(403, Map.of(), "{\"__type\":\"  \"}").errorCode());
    }

    @Test
    void truncatedJsonStillYieldsWhatWasRead() {
        AwsErrorDetails details = decode(400, Map.of(), "{\"__type\":\"ThrottlingException\",\"message\":\"slow");
        assertEquals("ThrottlingException", details.errorCode());
        assertEquals(400, details.statusCode());
    }

    @Test
    void keepsServiceNameHeadersAndBody() {
        AwsErrorDetails details = decode(400, headers("Date", "Wed, 01 May 2024 12:34:56 GMT"), "{\"__type\":\"X\"}");
        assertEquals("Ecr", details.serviceName());
        assertEquals("Wed, 01 May 2024 12:34:56 GMT", details.header("date").orElseThrow());
        assertEquals("{\"__type\":\"X\"}", new String(details.rawBody(), StandardCharsets.UTF_8));
    }

    @Test
    void sanitizeCodeHandlesEdgeCases() {
        assertNull(ErrorDecoder.sanitizeCode(null));
        assertNull(ErrorDecoder.sanitizeCode(""));
        assertNull(ErrorDecoder.sanitizeCode("ns#"));
        assertEquals("Code", ErrorDecoder.sanitizeCode(" Code "));
        assertEquals("Code", ErrorDecoder.sanitizeCode("a.b.c#Code:uri:more"));
    }
}
