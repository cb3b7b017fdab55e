package dev.ecrgen.services.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AwsRequestOverrideConfiguration;
import dev.ecrgen.runtime.client.ClientBuilder;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.model.DescribeRegistryRequest;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesResponse;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Recorded;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;
import software.amazon.awssdk.regions.Region;

/**
 * A request's {@code overrideConfiguration} on the wire, sync and async: each setting changes exactly the call it is
 * given to, and what it adds is signed.
 */
class OverrideConfigurationWireTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String CALL_ACCESS_KEY = "AKIDPERCALL";
    private static final String CALL_SECRET_KEY = "per/call+secret";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final StaticCredentialsProvider CALL_KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(CALL_ACCESS_KEY, CALL_SECRET_KEY));

    private LoopbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        server.reply(Reply.json(200, "{}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private <B extends ClientBuilder<B, C, ?>, C> C client(B builder, UnaryOperator<B> more) {
        return more.apply(builder.region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(server.endpoint())
                .signingClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(RetryPolicy.none()))
                .build();
    }

    private EcrClient sync() {
        return client(EcrClient.builder(), b -> b);
    }

    private EcrAsyncClient async() {
        return client(EcrAsyncClient.builder(), b -> b);
    }

    private static String signatureProblem(Recorded request, String accessKey, String secretKey) {
        return Sigv4Verifier.problem(request.method(), request.path(), Sigv4Verifier.canonicalQuery(request.query()),
                request.headers(), request.body(), accessKey, secretKey, "us-west-2", "ecr");
    }

    private static List<String> signedHeaders(Recorded request) {
        String authorization = request.header("Authorization");
        int start = authorization.indexOf("SignedHeaders=") + "SignedHeaders=".length();
        return List.of(authorization.substring(start, authorization.indexOf(',', start)).split(";"));
    }

    @Test
    void headersArriveSignedOnThatCallOnly() {
        try (EcrClient client = sync()) {
            client.describeRegistry(r -> r.overrideConfiguration(o -> o
                    .putHeader("X-Trace-Id", "trace-1")
                    .putHeader("X-Multi", List.of("a", "b"))
                    .putHeader("user-agent", "my-app/1.0")));
            client.describeRegistry(r -> { });
        }
        Recorded first = server.requests().get(0);
        assertEquals("trace-1", first.header("X-Trace-Id"));
        assertEquals("a,b", first.header("X-Multi"));
        assertEquals("my-app/1.0", first.header("User-Agent"));
        assertEquals("attempt=1; max=1", first.header("amz-sdk-request"));
        assertTrue(signedHeaders(first).containsAll(List.of("x-trace-id", "x-multi")), signedHeaders(first).toString());
        assertNull(signatureProblem(first, ACCESS_KEY, SECRET_KEY));

        Recorded second = server.requests().get(1);
        assertNull(second.header("X-Trace-Id"));
        assertNull(second.header("X-Multi"));
        assertTrue(second.header("User-Agent").startsWith("ecrgen/"), second.header("User-Agent"));
        assertNull(signatureProblem(second, ACCESS_KEY, SECRET_KEY));
    }

    @Test
    void queryParametersArriveEncodedAndSignedOnThatCallOnly() {
        try (EcrClient client = sync()) {
            client.describeRegistry(r -> r.overrideConfiguration(o -> o
                    .putRawQueryParameter("flag", "a b/c~*")
                    .putRawQueryParameter("empty", (String) null)
                    .putRawQueryParameter("z", List.of("2", "1"))));
            client.describeRegistry(r -> { });
        }
        Recorded first = server.requests().get(0);
        assertEquals("/", first.path());
        assertEquals("flag=a%20b%2Fc~%2A&empty&z=2&z=1", first.query());
        assertNull(signatureProblem(first, ACCESS_KEY, SECRET_KEY));
        assertEquals("signature does not verify", Sigv4Verifier.problem(first.method(), first.path(), "",
                first.headers(), first.body(), ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr"),
                "the verifier must see that the query was signed");

        Recorded second = server.requests().get(1);
        assertNull(second.query());
        assertNull(signatureProblem(second, ACCESS_KEY, SECRET_KEY));
    }

    @Test
    void aPerCallCredentialsProviderSignsThatCallOnly() {
        try (EcrClient client = sync()) {
            client.describeRegistry(r -> r.overrideConfiguration(o -> o.credentialsProvider(CALL_KEYS)));
            client.describeRegistry(r -> r.overrideConfiguration(o -> o.credentialsProvider(identities())));
            client.describeRegistry(r -> { });
        }
        Recorded first = server.requests().get(0);
        assertTrue(first.header("Authorization").contains("Credential=" + CALL_ACCESS_KEY + "/"));
        assertNull(signatureProblem(first, CALL_ACCESS_KEY, CALL_SECRET_KEY));
        assertNull(signatureProblem(server.requests().get(1), "AKIDIDENTITY", "identity/secret"));
        Recorded third = server.requests().get(2);
        assertTrue(third.header("Authorization").contains("Credential=" + ACCESS_KEY + "/"));
        assertNull(signatureProblem(third, ACCESS_KEY, SECRET_KEY));
    }

    private static IdentityProvider<AwsCredentialsIdentity> identities() {
        return new IdentityProvider<>() {
            @Override
            public Class<AwsCredentialsIdentity> identityType() {
                return AwsCredentialsIdentity.class;
            }

            @Override
            public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(ResolveIdentityRequest request) {
                return CompletableFuture.completedFuture(AwsCredentialsIdentity.create("AKIDIDENTITY", "identity/secret"));
            }
        };
    }

    @Test
    void aPerCallTimeoutFiresWhereTheClientsWouldNot() {
        server.delay(1500);
        try (EcrClient client = client(EcrClient.builder(), b -> b.apiCallTimeout(Duration.ofSeconds(20)))) {
            long started = System.nanoTime();
            ApiCallTimeoutException e = assertThrows(ApiCallTimeoutException.class, () -> client.describeRegistry(
                    r -> r.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(300)))));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("The Ecr DescribeRegistry call did not complete within apiCallTimeout (300 ms)", e.getMessage());
            assertTrue(tookMillis < 1400, "the call took " + tookMillis + " ms");
            assertNotNull(client.describeRegistry(r -> { }), "the client's own limit still applies to other calls");
        }
    }

    @Test
    void aPerCallAttemptTimeoutFiresWhereTheClientsWouldNot() {
        server.delay(1500);
        try (EcrClient client = client(EcrClient.builder(), b -> b.apiCallAttemptTimeout(Duration.ofSeconds(20)))) {
            ApiCallAttemptTimeoutException e = assertThrows(ApiCallAttemptTimeoutException.class,
                    () -> client.describeRegistry(r -> r.overrideConfiguration(
                            o -> o.apiCallAttemptTimeout(Duration.ofMillis(300)))));
            assertEquals("The Ecr DescribeRegistry call attempt did not complete within apiCallAttemptTimeout (300 ms)",
                    e.getMessage());
        }
    }

    @Test
    void aPerCallTimeoutReplacesATighterClientTimeout() {
        server.delay(700);
        try (EcrClient client = client(EcrClient.builder(), b -> b.apiCallTimeout(Duration.ofMillis(300)))) {
            assertThrows(ApiCallTimeoutException.class, () -> client.describeRegistry(r -> { }));
            assertNotNull(client.describeRegistry(r -> r.overrideConfiguration(
                    o -> o.apiCallTimeout(Duration.ofSeconds(20)))));
        }
    }

    @Test
    void aPaginatorCarriesTheOverrideToEveryPage() {
        server.reply(Reply.json(200, "{\"repositories\":[{\"repositoryName\":\"a\"}],\"nextToken\":\"t1\"}"),
                Reply.json(200, "{\"repositories\":[{\"repositoryName\":\"b\"}]}"));
        try (EcrClient client = sync()) {
            List<DescribeRepositoriesResponse> pages = client.describeRepositoriesPaginator(r -> r
                    .overrideConfiguration(o -> o.putHeader("X-Trace-Id", "paged").credentialsProvider(CALL_KEYS)))
                    .stream().toList();
            assertEquals(2, pages.size());
        }
        for (Recorded request : server.requests()) {
            assertEquals("paged", request.header("X-Trace-Id"));
            assertNull(signatureProblem(request, CALL_ACCESS_KEY, CALL_SECRET_KEY));
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void theAsyncClientHonoursEverySetting() throws Exception {
        AwsRequestOverrideConfiguration override = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Trace-Id", "async-1")
                .putRawQueryParameter("q", "v w")
                .credentialsProvider(CALL_KEYS)
                .build();
        try (EcrAsyncClient client = async()) {
            client.describeRegistry(DescribeRegistryRequest.builder().overrideConfiguration(override).build())
                    .get(10, TimeUnit.SECONDS);
            client.describeRegistry(r -> { }).get(10, TimeUnit.SECONDS);
        }
        Recorded first = server.requests().get(0);
        assertEquals("async-1", first.header("X-Trace-Id"));
        assertEquals("q=v%20w", first.query());
        assertTrue(signedHeaders(first).contains("x-trace-id"), signedHeaders(first).toString());
        assertNull(signatureProblem(first, CALL_ACCESS_KEY, CALL_SECRET_KEY));
        Recorded second = server.requests().get(1);
        assertNull(second.header("X-Trace-Id"));
        assertNull(second.query());
        assertNull(signatureProblem(second, ACCESS_KEY, SECRET_KEY));
    }

    @Test
    void theAsyncClientHonoursPerCallTimeouts() throws Exception {
        server.delay(1500);
        try (EcrAsyncClient client = client(EcrAsyncClient.builder(), b -> b.apiCallTimeout(Duration.ofSeconds(20)))) {
            ExecutionException call = assertThrows(ExecutionException.class, () -> client.describeRegistry(
                    r -> r.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(300))))
                    .get(10, TimeUnit.SECONDS));
            assertInstanceOf(ApiCallTimeoutException.class, call.getCause());
            assertEquals("The Ecr DescribeRegistry call did not complete within apiCallTimeout (300 ms)",
                    call.getCause().getMessage());
            ExecutionException attempt = assertThrows(ExecutionException.class, () -> client.describeRegistry(
                    r -> r.overrideConfiguration(o -> o.apiCallAttemptTimeout(Duration.ofMillis(300))))
                    .get(10, TimeUnit.SECONDS));
            assertInstanceOf(ApiCallAttemptTimeoutException.class, attempt.getCause());
            assertNotNull(client.describeRegistry(r -> { }).get(10, TimeUnit.SECONDS));
        }
    }
}
