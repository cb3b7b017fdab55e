package dev.ecrgen.services.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AwsRequestOverrideConfiguration;
import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.services.ecr.endpoints.EcrEndpointProvider;
import dev.ecrgen.services.ecr.model.BatchCheckLayerAvailabilityRequest;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.model.InvalidLayerPartException;
import dev.ecrgen.services.ecr.model.Layer;
import dev.ecrgen.services.ecr.model.LayerAvailability;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.endpoints.EndpointProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

/**
 * The AWS SDK's convenience API on the generated model and clients, without the wire: {@code copy},
 * {@code applyMutation}, override configurations on requests, exception builders, and what a client reports of
 * itself.
 */
class ConvenienceApiTest {
    private static final StaticCredentialsProvider KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET"));

    @Test
    void copyChangesOnlyWhatTheMutationSets() {
        Layer layer = Layer.builder().layerDigest("sha256:a").layerSize(5L).layerAvailability(LayerAvailability.AVAILABLE)
                .build();
        Layer copy = layer.copy(b -> b.layerSize(6L));
        assertEquals(Layer.builder().layerDigest("sha256:a").layerSize(6L)
                .layerAvailability(LayerAvailability.AVAILABLE).build(), copy);
        assertEquals(5L, layer.layerSize());
        assertNotSame(layer, layer.copy(b -> { }));
        assertEquals(layer, layer.copy(b -> { }));
    }

    @Test
    void applyMutationRunsTheCodeOnTheBuilderAndReturnsIt() {
        Layer.Builder builder = Layer.builder();
        assertSame(builder, builder.applyMutation(b -> b.layerDigest("sha256:b")));
        assertEquals("sha256:b", builder.build().layerDigest());
        Layer.Builder copied = builder.copy();
        copied.layerDigest("sha256:c");
        assertEquals("sha256:b", builder.build().layerDigest());
        assertEquals("sha256:c", copied.build().layerDigest());
    }

    @Test
    void aRequestKeepsItsOverrideConfigurationThroughCopies() {
        AwsRequestOverrideConfiguration override = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Trace-Id", "t").apiCallTimeout(Duration.ofSeconds(2)).build();
        BatchCheckLayerAvailabilityRequest request = BatchCheckLayerAvailabilityRequest.builder()
                .repositoryName("app").overrideConfiguration(override).build();
        assertSame(override, request.overrideConfiguration().orElseThrow());
        assertSame(override, request.toBuilder().overrideConfiguration());
        assertEquals(request, request.copy(b -> { }));
        assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
        BatchCheckLayerAvailabilityRequest without = request.copy(b -> b.overrideConfiguration(
                (AwsRequestOverrideConfiguration) null));
        assertEquals(Optional.empty(), without.overrideConfiguration());
        assertNotEquals(request, without, "as in the AWS SDK, the override configuration is part of equality");
        assertEquals(Optional.of(Duration.ofMillis(10)), request.copy(b -> b.overrideConfiguration(
                o -> o.apiCallTimeout(Duration.ofMillis(10)))).overrideConfiguration().orElseThrow().apiCallTimeout());
        assertEquals("BatchCheckLayerAvailabilityRequest(RepositoryName=app)", request.toString());
    }

    @Test
    void aModeledErrorCopiesWithItsMembersAndParts() {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode("InvalidLayerPartException")
                .errorMessage("bad part").serviceName("Ecr").statusCode(400).requestId("r-1").build();
        InvalidLayerPartException error = InvalidLayerPartException.builder().awsErrorDetails(details)
                .lastValidByteReceived(41L).uploadId("u-1").clockSkew(Duration.ofSeconds(3)).numAttempts(2).build();
        InvalidLayerPartException copy = error.copy(b -> b.uploadId("u-2"));
        assertEquals(41L, copy.lastValidByteReceived());
        assertEquals("u-2", copy.uploadId());
        assertEquals("u-1", error.uploadId());
        assertSame(details, copy.awsErrorDetails());
        assertEquals("r-1", copy.requestId());
        assertEquals(2, copy.numAttempts());
        assertEquals(Duration.ofSeconds(3), copy.toBuilder().clockSkew());
        assertEquals("bad part (Service: Ecr, Status Code: 400, Request ID: r-1) (SDK Attempt Count: 2)",
                copy.getMessage());
        assertSame(details, error.toBuilder().awsErrorDetails());
    }

    @Test
    void anErrorBuiltWithoutDetailsTakesItsCodeAndSettings() {
        RepositoryNotFoundException error = RepositoryNotFoundException.builder().message("no repo").statusCode(400)
                .requestId("r-2").extendedRequestId("ext-2").writableStackTrace(false).build();
        assertEquals("RepositoryNotFoundException", error.awsErrorDetails().errorCode());
        assertEquals("no repo", error.awsErrorDetails().errorMessage());
        assertEquals("ext-2", error.extendedRequestId());
        assertEquals(0, error.getStackTrace().length, "writableStackTrace(false) is honoured");
        RepositoryNotFoundException copy = error.toBuilder().build();
        assertEquals("RepositoryNotFoundException", copy.awsErrorDetails().errorCode());
        assertEquals(error.getMessage(), copy.getMessage());
        EcrException unmodeled = EcrException.builder().message("odd").statusCode(500).build();
        assertNull(unmodeled.awsErrorDetails().errorCode());
        assertEquals(EcrException.class, unmodeled.toBuilder().build().getClass());
    }

    @Test
    void theClockSkewDecidesWhetherASignatureErrorIsAClockSkewError() {
        String hourAhead = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode("InvalidSignatureException").serviceName("Ecr")
                .statusCode(400).headers(Map.of("Date", List.of(hourAhead))).build();
        assertTrue(EcrException.builder().awsErrorDetails(details).clockSkew(Duration.ZERO).build()
                .isClockSkewException());
        assertFalse(EcrException.builder().awsErrorDetails(details).clockSkew(Duration.ofHours(-1)).build()
                .isClockSkewException(), "a client that already signs an hour ahead is not skewed");
        assertFalse(EcrException.builder().awsErrorDetails(details).build().isClockSkewException(),
                "without a known skew, as in the AWS SDK");
        assertTrue(RepositoryNotFoundException.builder().awsErrorDetails(details).clockSkew(Duration.ZERO).build()
                .isClockSkewException());
    }

    @Test
    void aClientReportsWhatItWasBuiltWith() {
        URI endpoint = URI.create("http://127.0.0.1:9/base");
        try (EcrClient client = EcrClient.builder().region(Region.EU_WEST_1).credentialsProvider(KEYS)
                .endpointOverride(endpoint).apiCallTimeout(Duration.ofSeconds(7))
                .apiCallAttemptTimeout(Duration.ofSeconds(2)).build()) {
            EcrServiceClientConfiguration configuration = client.serviceClientConfiguration();
            assertEquals(Region.EU_WEST_1, configuration.region());
            assertSame(KEYS, configuration.credentialsProvider());
            assertEquals(Optional.of(endpoint), configuration.endpointOverride());
            assertInstanceOf(EcrEndpointProvider.class, configuration.endpointProvider().orElseThrow());
            assertEquals(Optional.of(Duration.ofSeconds(7)), configuration.overrideConfiguration().apiCallTimeout());
            assertEquals(Optional.of(Duration.ofSeconds(2)),
                    configuration.overrideConfiguration().apiCallAttemptTimeout());
            assertNotSame(configuration, client.serviceClientConfiguration());
        }
    }

    @Test
    void anAsyncClientReportsItsEndpointProviderAndNoOverride() {
        EndpointProvider provider = EcrEndpointProvider.defaultProvider();
        try (EcrAsyncClient client = EcrAsyncClient.builder().region(Region.US_EAST_1).credentialsProvider(KEYS)
                .endpointProvider((EcrEndpointProvider) provider).build()) {
            EcrServiceClientConfiguration configuration = client.serviceClientConfiguration();
            assertEquals(Region.US_EAST_1, configuration.region());
            assertSame(KEYS, configuration.credentialsProvider());
            assertEquals(Optional.empty(), configuration.endpointOverride());
            assertSame(provider, configuration.endpointProvider().orElseThrow());
            assertEquals(Optional.empty(), configuration.overrideConfiguration().apiCallTimeout());
        }
    }

    @Test
    void aConfigurationCanBeBuiltForTestsAndComparesItsParts() {
        ClientOverrideConfiguration limits = ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(1)).build();
        EcrServiceClientConfiguration built = EcrServiceClientConfiguration.builder().region(Region.US_WEST_2)
                .credentialsProvider(KEYS).endpointOverride(URI.create("https://example.test"))
                .overrideConfiguration(limits).build();
        assertEquals(built, EcrServiceClientConfiguration.builder().region(Region.US_WEST_2).credentialsProvider(KEYS)
                .endpointOverride(URI.create("https://example.test")).overrideConfiguration(limits).build());
        assertNotEquals(built, EcrServiceClientConfiguration.builder().region(Region.US_WEST_2)
                .credentialsProvider(KEYS).overrideConfiguration(limits).build());
        assertEquals(Optional.empty(), built.endpointProvider());
        assertEquals(Optional.of(Duration.ofMillis(5)), EcrServiceClientConfiguration.builder()
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(5))).build()
                .overrideConfiguration().apiCallTimeout());
    }

    @Test
    void serviceMetadataIsTheAwsSdksForTheEndpointPrefix() {
        ServiceMetadata metadata = EcrClient.serviceMetadata();
        assertEquals(URI.create("api.ecr.us-east-1.amazonaws.com"), metadata.endpointFor(Region.US_EAST_1));
        assertEquals(URI.create("api.ecr.cn-north-1.amazonaws.com.cn"), metadata.endpointFor(Region.CN_NORTH_1));
        assertEquals(Region.EU_WEST_1, metadata.signingRegion(Region.EU_WEST_1));
        assertTrue(metadata.regions().contains(Region.US_EAST_1));
    }
}
