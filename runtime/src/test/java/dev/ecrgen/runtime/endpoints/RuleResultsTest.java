package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;

class RuleResultsTest {

    @Test
    void endpointKeepsUrlHeadersAndProperties() {
        Endpoint endpoint = RuleResults.endpoint("https://svc.us-east-1.amazonaws.com/p",
                Map.of("x-h", List.of("a", "b")), Map.of("note", "kept"));

        assertEquals("https://svc.us-east-1.amazonaws.com/p", endpoint.url().toString());
        assertEquals(List.of("a", "b"), endpoint.headers().get("x-h"));
        assertEquals(Map.of("note", "kept"), endpoint.attribute(EndpointAttributes.PROPERTIES));
    }

    @Test
    void aUrlThatIsNotAUriFailsWhenResolvedNotWhenUsed() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> RuleResults.endpoint("https://123456789012.x y-kinesis.us-east-1.api.aws"));

        assertEquals("The endpoint rule set resolved an invalid URL: https://123456789012.x y-kinesis.us-east-1.api.aws",
                e.getMessage());
    }

    @Test
    void anErrorRuleKeepsItsMessage() {
        assertEquals("Invalid Configuration: FIPS and custom endpoint are not supported",
                RuleResults.error("Invalid Configuration: FIPS and custom endpoint are not supported").getMessage());
    }

    @Test
    void noMatchSaysNoRuleApplied() {
        assertEquals("Rule engine did not reach an error or endpoint result", RuleResults.noMatch().getMessage());
    }
}
