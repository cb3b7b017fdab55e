package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.ACCESS_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.NOW;
import static dev.ecrgen.runtime.client.ClientFixtures.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.runtime.endpoints.RuleResults;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.SigV4Verifier;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;

/**
 * How a client with a rule set finds each call's endpoint: the client's parameters are resolved once, a call's own
 * parameters reuse the last result when they repeat, a provider from the builder is asked every time, an error rule
 * fails every call with its message, and the endpoint's headers and sigv4 scope reach the wire.
 */
class RuleSetEndpointsTest {

    /** The parameters of a test rule set: just a host, or an error message. */
    private record Params(String host, String error) {}

    private static final class CountingRules implements Function<Params, Endpoint> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Endpoint apply(Params params) {
            calls.incrementAndGet();
            if (params.error() != null) {
                throw RuleResults.error(params.error());
            }
            return RuleResults.endpoint("https://" + params.host());
        }
    }

    /** A resolver as generated code declares one: operation ListImages adds the request's host. */
    private static final class TestEndpoints extends RuleSetEndpoints<Params> {
        TestEndpoints(CommonSettings settings, Params params, CountingRules rules,
                Function<Params, CompletableFuture<Endpoint>> provider) {
            super(settings, params, rules, provider);
        }

        @Override
        public ResolvedEndpoint resolve(OperationInfo operation, Object request) {
            return request == null ? forClient() : forParams(new Params((String) request, null));
        }
    }

    private static CommonSettings settings() {
        return new ClientFixtures.TestBuilder().region(Region.US_WEST_2)
                .credentialsProvider(ClientFixtures.CREDENTIALS).build();
    }

    @Test
    void theClientsParametersAreResolvedOnceWhenTheClientIsBuilt() {
        CountingRules rules = new CountingRules();
        TestEndpoints endpoints = new TestEndpoints(settings(), new Params("a.example.com", null), rules, null);
        assertEquals(1, rules.calls.get());
        ResolvedEndpoint first = endpoints.resolve(LIST_IMAGES, null);
        assertSame(first, endpoints.resolve(LIST_IMAGES, null));
        assertEquals(1, rules.calls.get());
        assertEquals(URI.create("https://a.example.com/"), first.requestUri());
        assertEquals("ecr", first.signingName());
        assertEquals("us-west-2", first.signingRegion());
    }

    @Test
    void aCallsOwnParametersReuseTheLastResultWhenTheyRepeat() {
        CountingRules rules = new CountingRules();
        TestEndpoints endpoints = new TestEndpoints(settings(), new Params("a.example.com", null), rules, null);
        ResolvedEndpoint b = endpoints.resolve(LIST_IMAGES, "b.example.com");
        assertSame(b, endpoints.resolve(LIST_IMAGES, "b.example.com"));
        assertEquals(2, rules.calls.get());
        assertEquals(URI.create("https://c.example.com/"), endpoints.resolve(LIST_IMAGES, "c.example.com").requestUri());
        assertEquals(3, rules.calls.get());
    }

    @Test
    void anErrorRuleFailsEveryCallWithItsMessage() {
        CountingRules rules = new CountingRules();
        TestEndpoints endpoints = new TestEndpoints(settings(),
                new Params(null, "Invalid Configuration: FIPS and custom endpoint are not supported"), rules, null);
        for (int i = 0; i < 2; i++) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> endpoints.resolve(LIST_IMAGES, null));
            assertEquals("Invalid Configuration: FIPS and custom endpoint are not supported", e.getMessage());
        }
        assertEquals(1, rules.calls.get());
    }

    @Test
    void aProviderFromTheBuilderIsAskedOnEveryCall() {
        AtomicInteger asked = new AtomicInteger();
        CountingRules rules = new CountingRules();
        TestEndpoints endpoints = new TestEndpoints(settings(), new Params("a.example.com", null), rules, params -> {
            asked.incrementAndGet();
            return CompletableFuture.completedFuture(RuleResults.endpoint("https://mine-" + params.host()));
        });
        assertEquals(URI.create("https://mine-a.example.com/"), endpoints.resolve(LIST_IMAGES, null).requestUri());
        endpoints.resolve(LIST_IMAGES, null);
        assertEquals(2, asked.get());
        assertEquals(0, rules.calls.get());
    }

    @Test
    void aProvidersFailureReachesTheCaller() {
        TestEndpoints failed = new TestEndpoints(settings(), new Params("a", null), new CountingRules(),
                params -> CompletableFuture.failedFuture(SdkClientException.create("no endpoint for you")));
        assertEquals("no endpoint for you",
                assertThrows(SdkClientException.class, () -> failed.resolve(LIST_IMAGES, null)).getMessage());
        TestEndpoints broken = new TestEndpoints(settings(), new Params("a", null), new CountingRules(),
                params -> {
                    throw new IllegalStateException("bug");
                });
        assertEquals("The endpoint provider of the Ecr client failed for Params[host=a, error=null]: "
                        + "java.lang.IllegalStateException: bug",
                assertThrows(SdkClientException.class, () -> broken.resolve(LIST_IMAGES, null)).getMessage());
        TestEndpoints ftp = new TestEndpoints(settings(), new Params("a", null), new CountingRules(),
                params -> CompletableFuture.completedFuture(RuleResults.endpoint("ftp://a.example.com")));
        assertEquals("The endpoint resolved for Ecr is not an absolute http or https URL with a host: "
                        + "ftp://a.example.com",
                assertThrows(SdkClientException.class, () -> ftp.resolve(LIST_IMAGES, null)).getMessage());
    }

    @Test
    void anOnlySigv4aEndpointIsRefusedWithTheSchemesItOffers() {
        Endpoint sigv4a = RuleResults.endpoint("https://global.example.com", Map.of(), RuleResults.record(
                "authSchemes", List.of(RuleResults.record("name", "sigv4a", "signingName", "events",
                        "signingRegionSet", List.of("*")))));
        SdkClientException e = assertThrows(SdkClientException.class, () -> ResolvedEndpoint.of(sigv4a, settings()));
        assertEquals("The endpoint resolved for Ecr (https://global.example.com) accepts only the auth schemes sigv4a; "
                + "this client signs with sigv4 only", e.getMessage());
    }

    @Test
    void theEndpointsHeadersAndSigv4ScopeReachTheWire() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.otherwise(LoopbackServer.Reply.json(200, "{}"));
            ClientSettings settings = ClientFixtures.builder(server, new ClientFixtures.RecordingSleeper()).build();
            Endpoint endpoint = RuleResults.endpoint(server.uri() + "/scoped", Map.of("x-amz-extra", List.of("one")),
                    RuleResults.record("authSchemes", List.of(RuleResults.record("name", "sigv4",
                            "signingName", "ecr-data", "signingRegion", "eu-central-1"))));
            ResolvedEndpoint resolved = ResolvedEndpoint.of(endpoint, settings);
            try (SyncInvoker invoker = new SyncInvoker(settings, ERRORS, (operation, request) -> resolved)) {
                invoker.invoke(LIST_IMAGES, Map.of("a", "b"), MAP_WRITER, MAP_READER, null);
            }
            LoopbackServer.Recorded request = server.requests().get(0);
            assertEquals("/scoped/", request.uri().getRawPath());
            assertEquals("one", request.header("x-amz-extra"));
            SigV4Verifier.verify("POST", "/scoped/", SigV4Verifier.lookup(request.headers()), request.body(),
                    ACCESS_KEY, SECRET_KEY, "eu-central-1", "ecr-data", NOW);
        }
    }
}
