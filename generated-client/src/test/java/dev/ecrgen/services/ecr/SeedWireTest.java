package dev.ecrgen.services.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.services.ecr.model.BatchCheckLayerAvailabilityResponse;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.model.Layer;
import dev.ecrgen.services.ecr.model.LayerAvailability;
import dev.ecrgen.services.ecr.model.LayerFailure;
import dev.ecrgen.services.ecr.model.LayerFailureCode;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The seed operation on the wire: request, signature, response and a modeled error, against a loopback server. */
class SeedWireTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private LoopbackServer server;
    private EcrClient client;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = EcrClient.builder()
                .region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(server.endpoint())
                .signingClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void sendsASignedAwsJsonRequest() throws Exception {
        server.reply(Reply.json(200, "{}"));
        client.batchCheckLayerAvailability(r -> r.registryId("123456789012").repositoryName("team/app")
                .layerDigests("sha256:aaa", "sha256:bbb"));

        LoopbackServer.Recorded request = server.last();
        assertEquals("POST", request.method());
        assertEquals("/", request.path());
        assertEquals("AmazonEC2ContainerRegistry_V20150921.BatchCheckLayerAvailability", request.header("X-Amz-Target"));
        assertEquals("application/x-amz-json-1.1", request.header("Content-Type"));
        assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("{\"registryId\":\"123456789012\",\"repositoryName\":\"team/app\","
                + "\"layerDigests\":[\"sha256:aaa\",\"sha256:bbb\"]}"), json.readTree(request.body()));
        assertEquals("20261126T120000Z", request.header("X-Amz-Date"));
        assertNull(Sigv4Verifier.problem(request.method(), request.path(), request.query(), request.headers(),
                request.body(), ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr"));
        assertNotNull(Sigv4Verifier.problem(request.method(), request.path(), request.query(), request.headers(),
                "{}".getBytes(StandardCharsets.UTF_8), ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr"),
                "the verifier must reject a body that was not signed");
    }

    @Test
    void readsLayersAndFailuresFieldByField() {
        server.reply(Reply.json(200, """
                {"layers":[{"layerDigest":"sha256:aaa","layerAvailability":"ARCHIVED_SOMEDAY","layerSize":1234567890123,
                            "mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","futureField":{"x":[1,2]}}],
                 "failures":[{"layerDigest":"sha256:bbb","failureCode":"MissingLayerDigest","failureReason":"gone"}]}
                """));
        BatchCheckLayerAvailabilityResponse response = client.batchCheckLayerAvailability(
                r -> r.repositoryName("team/app").layerDigests("sha256:aaa", "sha256:bbb"));

        assertEquals(1, response.layers().size());
        Layer layer = response.layers().get(0);
        assertEquals("sha256:aaa", layer.layerDigest());
        assertEquals(LayerAvailability.UNKNOWN_TO_SDK_VERSION, layer.layerAvailability());
        assertEquals("ARCHIVED_SOMEDAY", layer.layerAvailabilityAsString());
        assertEquals(1234567890123L, layer.layerSize());
        assertEquals("application/vnd.oci.image.layer.v1.tar+gzip", layer.mediaType());
        LayerFailure failure = response.failures().get(0);
        assertEquals("sha256:bbb", failure.layerDigest());
        assertEquals(LayerFailureCode.MISSING_LAYER_DIGEST, failure.failureCode());
        assertEquals("gone", failure.failureReason());
        assertTrue(response.hasLayers());
        assertEquals(Layer.builder().layerDigest("sha256:aaa").layerAvailability("ARCHIVED_SOMEDAY")
                .layerSize(1234567890123L).mediaType("application/vnd.oci.image.layer.v1.tar+gzip").build(), layer);
    }

    @Test
    void absentListsAreEmptyButKnownToBeAbsent() {
        server.reply(Reply.json(200, "{}"));
        BatchCheckLayerAvailabilityResponse response = client.batchCheckLayerAvailability(r -> r.repositoryName("x"));
        assertTrue(response.layers().isEmpty());
        assertFalse(response.hasLayers());
    }

    @Test
    void modeledErrorBecomesItsException() {
        server.reply(new Reply(400, java.util.Map.of("Content-Type", "application/x-amz-json-1.1",
                "x-amzn-RequestId", "b1a2-req"),
                "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"The repository team/app does not exist\"}"));
        RepositoryNotFoundException e = assertThrows(RepositoryNotFoundException.class,
                () -> client.batchCheckLayerAvailability(r -> r.repositoryName("team/app").layerDigests("sha256:aaa")));
        assertEquals(400, e.statusCode());
        assertEquals("RepositoryNotFoundException", e.awsErrorDetails().errorCode());
        assertEquals("The repository team/app does not exist", e.awsErrorDetails().errorMessage());
        assertEquals("b1a2-req", e.requestId());
        assertTrue(e.getMessage().startsWith("The repository team/app does not exist (Service: Ecr, Status Code: 400,"),
                e.getMessage());
    }

    @Test
    void unknownErrorCodeStillYieldsTheServiceException() {
        server.reply(new Reply(400, java.util.Map.of("x-amzn-ErrorType", "aws.ecr#BrandNewException:http://x/y",
                "x-amzn-RequestId", "r-9"), "{\"message\":\"new\"}"));
        EcrException e = assertThrows(EcrException.class, () -> client.batchCheckLayerAvailability(r -> r.repositoryName("x")));
        assertEquals(EcrException.class, e.getClass());
        assertEquals("BrandNewException", e.awsErrorDetails().errorCode());
        assertEquals("new", e.awsErrorDetails().errorMessage());
        assertEquals("r-9", e.requestId());
    }
}
