package dev.ecrgen.runtime.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.SigV4Verifier;
import dev.ecrgen.runtime.transport.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

class Sigv4Test {

    private static final Instant NOW = Instant.parse("2024-05-01T12:34:56Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static HttpRequest request(String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of("AmazonEC2ContainerRegistry_V20150921.ListImages"));
        headers.put("Content-Length", List.of(Integer.toString(body.length())));
        return new HttpRequest("POST", URI.create("https://api.ecr.us-west-2.amazonaws.com/"), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signatureMatchesAnIndependentComputation() throws Exception {
        HttpRequest unsigned = request("{\"repositoryName\":\"app\"}");
        HttpRequest signed = new Sigv4("ecr", "us-west-2", CLOCK)
                .sign(unsigned, AwsBasicCredentials.create("AKIDEXAMPLE", "secret"), 0);

        List<String> signedHeaders = SigV4Verifier.verify("POST", "/", SigV4Verifier.lookup(signed.headers()),
                signed.body(), "AKIDEXAMPLE", "secret", "us-west-2", "ecr", NOW);
        assertEquals(List.of("content-length", "content-type", "host", "x-amz-content-sha256", "x-amz-date",
                "x-amz-target"), signedHeaders);
        assertEquals("api.ecr.us-west-2.amazonaws.com", signed.header("Host").orElseThrow());
        assertFalse(signed.header("X-Amz-Security-Token").isPresent());
    }

    @Test
    void signsEachMethodAsItsOwn() throws Exception {
        for (String method : List.of("POST", "GET", "PUT", "DELETE", "HEAD", "PATCH")) {
            HttpRequest post = request("{}");
            HttpRequest unsigned = new HttpRequest(method, post.uri(), post.headers(), post.body());
            HttpRequest signed = new Sigv4("ecr", "us-west-2", CLOCK)
                    .sign(unsigned, AwsBasicCredentials.create("AKIDEXAMPLE", "secret"), 0);
            assertEquals(method, signed.method());
            SigV4Verifier.verify(method, "/", SigV4Verifier.lookup(signed.headers()), signed.body(), "AKIDEXAMPLE",
                    "secret", "us-west-2", "ecr", NOW);
        }
    }

    @Test
    void keepsTheRequestsHeaderOrderAndAppendsSigningHeaders() {
        HttpRequest signed = new Sigv4("ecr", "us-west-2", CLOCK)
                .sign(request("{}"), AwsBasicCredentials.create("AKID", "secret"), 0);
        List<String> names = new ArrayList<>(signed.headers().keySet());
        assertEquals(List.of("Content-Type", "X-Amz-Target", "Content-Length"), names.subList(0, 3));
        assertTrue(names.contains("Authorization"));
        assertTrue(names.indexOf("Authorization") > 2);
    }

    @Test
    void signsTheSessionToken() throws Exception {
        HttpRequest signed = new Sigv4("ecr", "eu-central-1", CLOCK).sign(request("{}"),
                AwsSessionCredentials.create("ASIAKEY", "secret", "token-123"), 0);
        assertEquals("token-123", signed.header("X-Amz-Security-Token").orElseThrow());
        List<String> signedHeaders = SigV4Verifier.verify("POST", "/", SigV4Verifier.lookup(signed.headers()),
                signed.body(), "ASIAKEY", "secret", "eu-central-1", "ecr", NOW);
        assertTrue(signedHeaders.contains("x-amz-security-token"));
    }

    @Test
    void clockOffsetMovesTheSigningTime() throws Exception {
        HttpRequest signed = new Sigv4("ecr", "us-west-2", CLOCK)
                .sign(request("{}"), AwsBasicCredentials.create("AKID", "secret"), 3_600_000L);
        SigV4Verifier.verify("POST", "/", SigV4Verifier.lookup(signed.headers()), signed.body(), "AKID", "secret",
                "us-west-2", "ecr", NOW.plusSeconds(3600));
    }

    @Test
    void rejectsMissingSigningNameOrRegion() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> new Sigv4("", "us-east-1", null));
        assertEquals("Sigv4 needs a signing name, got ", noName.getMessage());
        IllegalArgumentException noRegion = assertThrows(IllegalArgumentException.class,
                () -> new Sigv4("ecr", null, null));
        assertEquals("Sigv4 needs a region, got null", noRegion.getMessage());
    }
}
