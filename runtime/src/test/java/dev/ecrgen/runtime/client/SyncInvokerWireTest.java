package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.ACCESS_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.NOW;
import static dev.ecrgen.runtime.client.ClientFixtures.SECRET_KEY;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Recorded;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.testing.SigV4Verifier;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

class SyncInvokerWireTest {

    private LoopbackServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SyncInvoker invoker(ClientFixtures.TestBuilder builder) {
        return new SyncInvoker(builder.build(), ERRORS);
    }

    private SyncInvoker invoker() {
        return invoker(builder(server, sleeper));
    }

    private static List<String> verifySignature(Recorded request, Instant signedAt) throws Exception {
        return SigV4Verifier.verify(request.method(), request.uri().getRawPath(),
                SigV4Verifier.lookup(request.headers()), request.body(), ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr",
                signedAt);
    }

    @Test
    void sendsTheAwsJsonRequestSignedAndReadsTheResponse() throws Exception {
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t2\",\"imageIds\":[{\"imageTag\":\"v1\"}]}"));
        Map<String, String> response = invoker().invoke(LIST_IMAGES, Map.of("repositoryName", "app"), MAP_WRITER,
                MAP_READER, null);

        assertEquals(Map.of("nextToken", "t2"), response);
        Recorded request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/", request.uri().getRawPath());
        assertNull(request.uri().getRawQuery());
        assertEquals("{\"repositoryName\":\"app\"}", request.bodyText());
        assertEquals("application/x-amz-json-1.1", request.header("Content-Type"));
        assertEquals("AmazonEC2ContainerRegistry_V20150921.ListImages", request.header("X-Amz-Target"));
        assertEquals(Integer.toString(request.body().length), request.header("Content-Length"));
        assertEquals("attempt=1; max=4", request.header("amz-sdk-request"));
        assertTrue(request.header("amz-sdk-invocation-id")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertTrue(request.header("User-Agent").startsWith("ecrgen/0.1.0 api/ECR "), request.header("User-Agent"));
        assertEquals("127.0.0.1:" + server.port(), request.header("Host"));
        assertEquals("20240501T123456Z", request.header("X-Amz-Date"));
        assertNull(request.header("Content-Encoding"));
        assertNull(request.header("Content-MD5"));

        List<String> signed = verifySignature(request, NOW);
        assertTrue(signed.containsAll(List.of("amz-sdk-invocation-id", "amz-sdk-request", "content-length",
                "content-type", "host", "x-amz-date", "x-amz-target")), signed.toString());
        assertFalse(signed.contains("user-agent"));
    }

    @Test
    void aNullRequestSendsAnEmptyObjectAndAnEmptyResponseReadsAsOne() throws Exception {
        server.enqueue(Reply.empty(200));
        Map<String, String> response = invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null);
        assertEquals(Map.of(), response);
        Recorded request = server.requests().get(0);
        assertEquals("{}", request.bodyText());
        verifySignature(request, NOW);
    }

    @Test
    void aResponseOfWhitespaceOnlyReadsAsAnEmptyObject() {
        server.enqueue(Reply.json(200, " \r\n\t "));
        assertEquals(Map.of(), invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null));
    }

    @Test
    void keepsTheEndpointPathAndPutsTheHostPrefixInFrontOfTheHost() throws Exception {
        Proxy toServer = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.port()));
        SyncInvoker invoker = invoker(builder(server, sleeper)
                .endpointOverride(URI.create("http://ecr.localhost:8443/custom"))
                .httpTransport(UrlConnectionTransport.builder().proxy(toServer).build()));

        invoker.invoke(LIST_IMAGES, Map.of("a", "b"), MAP_WRITER, MAP_READER, "foo.bar.");

        Recorded request = server.requests().get(0);
        assertEquals("/custom/", request.uri().getRawPath());
        assertEquals("foo.bar.ecr.localhost:8443", request.header("Host"));
        List<String> signed = verifySignature(request, NOW);
        assertTrue(signed.contains("host"));
    }

    @Test
    void sendsAnOperationWithoutAuthenticationUnsignedWithoutAskingForCredentials() {
        SyncInvoker invoker = invoker(builder(server, sleeper).credentialsProvider(() -> {
            throw new IllegalStateException("no credentials here");
        }));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t\"}"));
        OperationInfo signIn = new OperationInfo("InitiateAuth", false, List.of(), false);

        assertEquals(Map.of("nextToken", "t"), invoker.invoke(signIn, Map.of("a", "b"), MAP_WRITER, MAP_READER, null));
        Recorded request = server.requests().get(0);
        assertNull(request.header("Authorization"));
        assertNull(request.header("X-Amz-Date"));
        assertEquals("AmazonEC2ContainerRegistry_V20150921.InitiateAuth", request.header("X-Amz-Target"));
        assertEquals("{\"a\":\"b\"}", request.bodyText());
    }

    @Test
    void signsSessionCredentials() throws Exception {
        SyncInvoker invoker = invoker(builder(server, sleeper).credentialsProvider(StaticCredentialsProvider.create(
                AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, "session-token"))));
        invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);
        Recorded request = server.requests().get(0);
        assertEquals("session-token", request.header("X-Amz-Security-Token"));
        assertTrue(verifySignature(request, NOW).contains("x-amz-security-token"));
    }

    @Test
    void asksTheCredentialsProviderOnEveryAttempt() throws Exception {
        int[] calls = {0};
        SyncInvoker invoker = invoker(builder(server, sleeper).credentialsProvider(() -> {
            calls[0]++;
            return AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, "token-" + calls[0]);
        }));
        server.enqueue(Reply.json(500, "{}"));
        invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);
        assertEquals(2, calls[0]);
        assertEquals("token-1", server.requests().get(0).header("X-Amz-Security-Token"));
        assertEquals("token-2", server.requests().get(1).header("X-Amz-Security-Token"));
        verifySignature(server.requests().get(1), NOW);
    }

    @Test
    void compressesLargeBodiesWhenTheOperationAllowsGzip() throws Exception {
        OperationInfo compressing = new OperationInfo("PutImage", false, List.of("gzip"));
        String manifest = "m".repeat(20_000);
        invoker().invoke(compressing, Map.of("imageManifest", manifest), MAP_WRITER, MAP_READER, null);
        invoker().invoke(compressing, Map.of("imageManifest", "small"), MAP_WRITER, MAP_READER, null);

        Recorded large = server.requests().get(0);
        assertEquals("gzip", large.header("Content-Encoding"));
        assertTrue(large.body().length < 1000, "body was not compressed: " + large.body().length);
        try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(large.body()))) {
            assertEquals("{\"imageManifest\":\"" + manifest + "\"}",
                    new String(unzip.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(verifySignature(large, NOW).contains("content-encoding"));
        Recorded small = server.requests().get(1);
        assertNull(small.header("Content-Encoding"));
        assertEquals("{\"imageManifest\":\"small\"}", small.bodyText());
    }

    @Test
    void addsContentMd5WhenTheOperationRequiresAChecksum() throws Exception {
        OperationInfo checked = new OperationInfo("PutLifecyclePolicy", true, List.of());
        invoker().invoke(checked, Map.of("policy", "{}"), MAP_WRITER, MAP_READER, null);
        Recorded request = server.requests().get(0);
        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(request.body()));
        assertEquals(expected, request.header("Content-MD5"));
        verifySignature(request, NOW);
    }

    @Test
    void retriesServerErrorsWithTheAttemptHeaderAndBackoff() throws Exception {
        server.enqueue(Reply.json(500, "{\"__type\":\"ServerException\"}"))
                .enqueue(Reply.json(503, "{}"))
                .enqueue(Reply.json(200, "{\"ok\":\"yes\"}"));
        Map<String, String> response = invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null);

        assertEquals(Map.of("ok", "yes"), response);
        List<Recorded> requests = server.requests();
        assertEquals(3, requests.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("attempt=" + (i + 1) + "; max=4", requests.get(i).header("amz-sdk-request"));
            assertEquals(requests.get(0).header("amz-sdk-invocation-id"),
                    requests.get(i).header("amz-sdk-invocation-id"));
            verifySignature(requests.get(i), NOW);
        }
        assertEquals(2, sleeper.waits.size());
        assertTrue(sleeper.waits.get(0) >= 0 && sleeper.waits.get(0) < 100, sleeper.waits.toString());
        assertTrue(sleeper.waits.get(1) >= 0 && sleeper.waits.get(1) < 200, sleeper.waits.toString());
    }

    @Test
    void throttlingWaitsLonger() {
        server.enqueue(Reply.json(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"))
                .enqueue(Reply.json(429, "{}"))
                .enqueue(Reply.json(200, "{}"));
        invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null);
        assertEquals(3, server.requests().size());
        assertTrue(sleeper.waits.get(0) >= 250 && sleeper.waits.get(0) <= 500, sleeper.waits.toString());
        assertTrue(sleeper.waits.get(1) >= 500 && sleeper.waits.get(1) <= 1000, sleeper.waits.toString());
    }

    @Test
    void transientErrorCodesAreRetried() {
        server.enqueue(Reply.json(400, "{\"__type\":\"RequestTimeoutException\"}"));
        invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null);
        assertEquals(2, server.requests().size());
    }

    @Test
    void doesNotRetryAValidationError() {
        server.enqueue(Reply.json(400, "{\"__type\":\"com.amazonaws.ecr#ValidationException\","
                + "\"message\":\"1 validation error detected\"}").header("x-amzn-RequestId", "req-42"));
        EcrException e = assertThrows(EcrException.class,
                () -> invoker().invoke(LIST_IMAGES, Map.of("repositoryName", ""), MAP_WRITER, MAP_READER, null));

        assertEquals(1, server.requests().size());
        assertTrue(sleeper.waits.isEmpty());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("1 validation error detected", e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
        assertEquals("req-42", e.requestId());
        assertEquals("1 validation error detected (Service: Ecr, Status Code: 400, Request ID: req-42)"
                + " (SDK Attempt Count: 1)",
                e.getMessage());
    }

    @Test
    void givesUpAfterMaxAttemptsKeepingEarlierFailures() {
        server.otherwise(Reply.json(500, "{\"__type\":\"ServerException\",\"message\":\"down\"}"));
        EcrException e = assertThrows(EcrException.class,
                () -> invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(4, server.requests().size());
        assertEquals("attempt=4; max=4", server.requests().get(3).header("amz-sdk-request"));
        assertEquals(500, e.statusCode());
        assertEquals(3, e.getSuppressed().length);
        assertEquals(3, sleeper.waits.size());
    }

    @Test
    void noRetryPolicyMakesOneAttempt() {
        server.otherwise(Reply.json(503, "{}"));
        SyncInvoker invoker = invoker(builder(server, sleeper).retryPolicy(
                dev.ecrgen.runtime.retry.RetryPolicy.none()));
        assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(1, server.requests().size());
        assertEquals("attempt=1; max=1", server.requests().get(0).header("amz-sdk-request"));
    }

    @Test
    void theRetryQuotaIsSharedByTheClientsCalls() {
        server.otherwise(Reply.json(500, "{}"));
        SyncInvoker invoker = invoker(builder(server, sleeper).retryPolicy(dev.ecrgen.runtime.retry.RetryPolicy
                .defaults().toBuilder().retryQuotaCapacity(10).sleeper(sleeper).build()));
        assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(3, server.requests().size());
        assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(4, server.requests().size(), "an empty quota must stop retries");
    }

    @Test
    void correctsTheSigningClockAfterAClockSkewError() throws Exception {
        // The JDK server stamps its own Date header (the real time, years after the fixed signing clock).
        server.enqueue(Reply.json(403, "{\"__type\":\"RequestTimeTooSkewed\"}"));
        List<String> serverDates = new java.util.ArrayList<>();
        UrlConnectionTransport wire = UrlConnectionTransport.create();
        SyncInvoker invoker = invoker(builder(server, sleeper).httpTransport((request, timeout) -> {
            dev.ecrgen.runtime.transport.HttpResponse response = wire.execute(request, timeout);
            serverDates.add(response.header("Date").orElseThrow());
            return response;
        }));
        invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);

        List<Recorded> requests = server.requests();
        assertEquals(2, requests.size());
        assertEquals("20240501T123456Z", requests.get(0).header("X-Amz-Date"));
        Instant serverTime = java.time.ZonedDateTime.parse(serverDates.get(0),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(serverTime.isAfter(NOW.plusSeconds(86_400)), "server clock should be far ahead: " + serverTime);
        verifySignature(requests.get(1), serverTime);
    }

    @Test
    void anUnreadableSuccessResponseIsRetriedAsByTheAwsSdkThenNamesTheOperation() {
        server.otherwise(Reply.raw(200, "text/html", "<html>oops</html>"));
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertTrue(e.getMessage().startsWith("Unable to read the response of Ecr ListImages: "), e.getMessage());
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(4, server.requests().size());
        assertEquals("attempt=4; max=4", server.requests().get(3).header("amz-sdk-request"));
        assertEquals(3, e.getSuppressed().length, "the earlier attempts' failures");
        assertEquals(3, sleeper.waits.size(), "a backoff before each retry");
    }

    @Test
    void aSuccessResponseReadOnTheRetryIsTheResult() {
        server.enqueue(Reply.json(200, "{\"nextToken\":"));
        server.enqueue(Reply.json(200, "{\"nextToken\":\"t2\"}"));
        Map<String, String> response = invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null);
        assertEquals(Map.of("nextToken", "t2"), response);
        assertEquals(2, server.requests().size());
    }

    @Test
    void unreadableSuccessResponsesDrawOnTheRetryQuota() {
        server.otherwise(Reply.json(200, "not json"));
        SyncInvoker invoker = invoker(builder(server, sleeper).retryPolicy(dev.ecrgen.runtime.retry.RetryPolicy
                .defaults().toBuilder().retryQuotaCapacity(10).sleeper(sleeper).build()));
        assertThrows(SdkClientException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(3, server.requests().size(), "two retries at 5 tokens each empty a quota of 10");
        assertThrows(SdkClientException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals(4, server.requests().size(), "an empty quota must stop retries");
    }

    @Test
    void anUnmarshallersOwnFailureIsWrappedAndNotRetried() {
        server.otherwise(Reply.json(200, "{}"));
        SdkClientException e = assertThrows(SdkClientException.class, () -> invoker().invoke(LIST_IMAGES, null, null,
                parser -> {
                    throw new IllegalStateException("broken unmarshaller");
                }, null));
        assertEquals("Unable to read the response of Ecr ListImages: broken unmarshaller", e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(1, server.requests().size());
    }

    @Test
    void anArrayResponseIsRejected() {
        server.otherwise(Reply.json(200, "[]"));
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> invoker().invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertTrue(e.getMessage().startsWith(
                "Unable to read the response of Ecr ListImages: Expected a JSON object as the response"),
                e.getMessage());
    }

    @Test
    void aFailingMarshallerNamesTheOperation() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> invoker().invoke(LIST_IMAGES, "x",
                (value, generator) -> {
                    throw new IOException("cannot write x");
                }, MAP_READER, null));
        assertEquals("Unable to write the request of Ecr ListImages: cannot write x", e.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aFailingErrorFactoryNamesTheOperation() {
        server.enqueue(Reply.json(400, "{\"__type\":\"ValidationException\"}"));
        SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).build(), details -> {
            throw new IOException("bad error shape");
        });
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        assertEquals("Unable to read the error response of Ecr ListImages (HTTP 400): bad error shape",
                e.getMessage());
    }

    @Test
    void reusesTheConnectionAfterAnErrorResponse() {
        server.enqueue(Reply.json(400, "{\"__type\":\"ValidationException\",\"message\":\"" + "x".repeat(5000)
                + "\"}"));
        SyncInvoker invoker = invoker();
        assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null));
        invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null);
        List<Recorded> requests = server.requests();
        assertEquals(requests.get(0).remotePort(), requests.get(1).remotePort());
    }

    @Test
    void rejectsMissingArguments() {
        SyncInvoker invoker = invoker();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> invoker.invoke(LIST_IMAGES, Map.of(), null, MAP_READER, null));
        assertEquals("invoke needs an OperationInfo, an Unmarshaller and, for a request, a Marshaller",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SyncInvoker(null, ERRORS));
    }

    @Test
    void closeClosesTheTransport() {
        boolean[] closed = {false};
        SyncInvoker invoker = invoker(builder(server, sleeper).httpTransport(new dev.ecrgen.runtime.transport
                .SyncTransport() {
            @Override
            public dev.ecrgen.runtime.transport.HttpResponse execute(dev.ecrgen.runtime.transport.HttpRequest request,
                    java.time.Duration timeout) {
                return new dev.ecrgen.runtime.transport.HttpResponse(200, Map.of(), "{}".getBytes(
                        StandardCharsets.UTF_8));
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        }));
        assertArrayEquals(new Object[] {}, invoker.invoke(LIST_IMAGES, null, null, MAP_READER, null).keySet()
                .toArray());
        invoker.close();
        assertTrue(closed[0]);
    }
}
