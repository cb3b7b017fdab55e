package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;

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
    void aUrlLeftUnparsedIsOneThatUriAccepts() {
        List<String> plain = List.of("https://api.ecr.us-east-1.amazonaws.com", "http://ecr-fips.us-gov-west-1.api.aws",
                "https://a1.b-2.c/path/x_y.z~", "https://localhost:8443/", "https://h.cn");
        for (String url : plain) {
            assertTrue(RuleResults.plainUri(EndpointUrl.fromString(url)), url);
            assertEquals(url, RuleResults.endpoint(url).url().toString());
        }
        List<String> judgedByUri = List.of("https://1.2.3.4", "https://[::1]:80/", "https://h/p?q=1", "https://h/%20",
                "https://-a.b", "https://a-.b", "https://a..b", "https://a.1b", "https://a_b.c", "ftp://h.c",
                "https://h.c/a b", "https://x y.c", "https://h.c/#f");
        for (String url : judgedByUri) {
            boolean parses;
            try {
                URI uri = new URI(url);
                parses = uri.getHost() != null;
            } catch (URISyntaxException e) {
                parses = false;
            }
            assertEquals(false, RuleResults.plainUri(EndpointUrl.fromString(url)), url);
            if (parses) {
                assertEquals(url, RuleResults.endpoint(url).url().toString());
            }
        }
    }

    /** Characters on both sides of every range the host and path checks test. */
    private static final String EDGES = "\u001f !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080";

    @Test
    void aPathIsPlainWhenItHoldsOnlyUnreservedCharactersAndSlashes() {
        for (char c : EDGES.toCharArray()) {
            String url = "https://h.example.com/p" + c + "q";
            boolean plain = c < 128 && Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0;
            EndpointUrl parsed;
            try {
                parsed = EndpointUrl.fromString(url);
            } catch (RuntimeException e) {
                assertEquals(false, plain, url + " is plain but does not parse");
                continue;
            }
            assertEquals(plain, RuleResults.plainUri(parsed), url);
        }
    }

    @Test
    void anEndpointAtAHostIsTheEndpointOfItsWholeUrl() {
        List<String> hosts = new java.util.ArrayList<>(List.of("api.ecr.us-east-1.amazonaws.com",
                "ecr.cn-north-1.api.amazonwebservices.com.cn", "localhost", "h.c:8443", "1.2.3.4", "a..b", "-a.b",
                "a_b.c", "h.c/p", "x y.c", "a-.b", "a.b-", "a.-b", "a", "9", "a.9", "a.z9", "z", "A.Z0"));
        for (char c : EDGES.toCharArray()) {
            hosts.add("a" + c + "b.example.com");
            hosts.add("example." + c + "om");
            hosts.add(c + "x.example.com");
        }
        for (String scheme : List.of("https", "http")) {
            for (String host : hosts) {
                String url = scheme + "://" + host;
                Map<String, List<String>> headers = Map.of("x-h", List.of("v"));
                Map<String, Object> properties = Map.of("note", "kept");
                Object expected;
                Object expectedWithProperties;
                try {
                    expected = RuleResults.endpoint(url);
                    expectedWithProperties = RuleResults.endpoint(url, headers, properties);
                } catch (SdkClientException e) {
                    expected = e.getMessage();
                    expectedWithProperties = e.getMessage();
                }
                Object actual;
                Object actualWithProperties;
                try {
                    actual = RuleResults.endpointAtHost(scheme, host);
                    actualWithProperties = RuleResults.endpointAtHost(scheme, host, headers, properties);
                } catch (SdkClientException e) {
                    actual = e.getMessage();
                    actualWithProperties = e.getMessage();
                }
                assertEquals(expected, actual, url);
                assertEquals(expectedWithProperties, actualWithProperties, url);
            }
        }
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
