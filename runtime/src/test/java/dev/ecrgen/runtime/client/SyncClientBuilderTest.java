package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ECR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecrgen.runtime.client.ClientFixtures.TestBuilder;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.SyncTransport;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;
import software.amazon.awssdk.regions.Region;

class SyncClientBuilderTest {

    @Test
    void fipsAndDualStackAreKeptWhenAsked() {
        ClientSettings settings = new TestBuilder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .fipsEnabled(true).dualstackEnabled(true).build();
        assertTrue(settings.useFips());
        assertTrue(settings.useDualStack());
    }

    @Test
    void fillsInTheDefaults() {
        ClientSettings settings = new TestBuilder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS).build();
        assertSame(ECR, settings.service());
        assertEquals(Region.US_WEST_2, settings.region());
        assertSame(CREDENTIALS, settings.credentialsProvider());
        assertEquals(URI.create("https://api.ecr.us-west-2.amazonaws.com/"), ResolvedEndpoint.of(settings).requestUri());
        assertFalse(settings.endpointOverride().isPresent());
        assertFalse(settings.useFips());
        assertFalse(settings.useDualStack());
        assertInstanceOf(UrlConnectionTransport.class, settings.transport());
        assertEquals(4, settings.retryPolicy().maxAttempts());
        assertFalse(settings.retryPolicy().clientRateLimiting());
        assertEquals(Duration.ofSeconds(2), settings.connectTimeout());
        assertFalse(settings.apiCallAttemptTimeout().isPresent());
        assertFalse(settings.apiCallTimeout().isPresent());
        assertFalse(settings.clock().isPresent());
    }

    @Test
    void keepsWhatWasSet() {
        SyncTransport transport = (request, timeout) -> null;
        Clock clock = Clock.systemUTC();
        ClientSettings settings = new TestBuilder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(URI.create("https://localhost:8443/base"))
                .httpTransport(transport)
                .retryPolicy(RetryPolicy.standard())
                .connectTimeout(Duration.ofMillis(300))
                .apiCallAttemptTimeout(Duration.ofSeconds(3))
                .apiCallTimeout(Duration.ofSeconds(10))
                .signingClock(clock)
                .build();
        assertEquals(URI.create("https://localhost:8443/base"), settings.endpointOverride().orElseThrow());
        assertEquals(URI.create("https://localhost:8443/base/"), ResolvedEndpoint.of(settings).requestUri());
        assertSame(transport, settings.transport());
        assertSame(RetryPolicy.standard(), settings.retryPolicy());
        assertEquals(Duration.ofMillis(300), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(3), settings.apiCallAttemptTimeout().orElseThrow());
        assertEquals(Duration.ofSeconds(10), settings.apiCallTimeout().orElseThrow());
        assertSame(clock, settings.clock().orElseThrow());
    }

    @Test
    void chinaAndOtherPartitionsGetTheirDnsSuffix() {
        assertEquals(URI.create("https://api.ecr.cn-north-1.amazonaws.com.cn/"), ResolvedEndpoint.of(
                new TestBuilder().region(Region.CN_NORTH_1).credentialsProvider(CREDENTIALS).build()).requestUri());
        assertEquals(URI.create("https://api.ecr.us-gov-west-1.amazonaws.com"),
                Endpoints.regionalEndpoint(ECR, Region.US_GOV_WEST_1));
        assertEquals(URI.create("https://api.ecr.us-iso-east-1.c2s.ic.gov"),
                Endpoints.regionalEndpoint(ECR, Region.of("us-iso-east-1")));
        assertEquals(URI.create("https://api.ecr.us-isob-east-1.sc2s.sgov.gov"),
                Endpoints.regionalEndpoint(ECR, Region.of("us-isob-east-1")));
    }

    @Test
    void acceptsAnyIdentityProvider() {
        IdentityProvider<AwsCredentialsIdentity> provider = new IdentityProvider<>() {
            @Override
            public Class<AwsCredentialsIdentity> identityType() {
                return AwsCredentialsIdentity.class;
            }

            @Override
            public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(ResolveIdentityRequest request) {
                return CompletableFuture.completedFuture(AwsBasicCredentials.create("a", "b"));
            }
        };
        assertSame(provider, new TestBuilder().region(Region.US_EAST_1).credentialsProvider(provider).build()
                .credentialsProvider());
        assertEquals("k", new TestBuilder().region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("k", "s")).build().credentialsProvider()
                .resolveIdentity().join().accessKeyId());
    }

    @Test
    void usesTheDefaultCredentialsChainOnlyWhenNoneWasGiven() {
        ClientSettings settings = new TestBuilder().region(Region.US_EAST_1).build();
        assertInstanceOf(DefaultCredentialsProvider.class, settings.credentialsProvider());
    }

    @Test
    void findsTheRegionThroughTheDefaultChain() {
        String previous = System.getProperty("aws.region");
        System.setProperty("aws.region", "ap-southeast-2");
        try {
            ClientSettings settings = new TestBuilder().credentialsProvider(CREDENTIALS).build();
            assertEquals(Region.AP_SOUTHEAST_2, settings.region());
            assertEquals(URI.create("https://api.ecr.ap-southeast-2.amazonaws.com/"),
                    ResolvedEndpoint.of(settings).requestUri());
        } finally {
            restore("aws.region", previous);
        }
    }

    @Test
    void explainsAMissingRegion() {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
                "a region is set in the environment");
        String[] names = {"aws.region", "aws.configFile", "aws.sharedCredentialsFile", "aws.disableEc2Metadata"};
        String[] previous = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            previous[i] = System.getProperty(names[i]);
        }
        System.clearProperty("aws.region");
        System.setProperty("aws.configFile", "/nonexistent/ecrgen/config");
        System.setProperty("aws.sharedCredentialsFile", "/nonexistent/ecrgen/credentials");
        System.setProperty("aws.disableEc2Metadata", "true");
        try {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> new TestBuilder().credentialsProvider(CREDENTIALS).build());
            assertTrue(e.getMessage().startsWith("Unable to determine the region for Ecr: set region(...) on the"
                    + " client builder"), e.getMessage());
        } finally {
            for (int i = 0; i < names.length; i++) {
                restore(names[i], previous[i]);
            }
        }
    }

    @Test
    void rejectsBadSettingsByName() {
        assertEquals("endpointOverride must be an absolute http or https URI with a host, was: ftp://x",
                assertThrows(IllegalArgumentException.class,
                        () -> new TestBuilder().endpointOverride(URI.create("ftp://x"))).getMessage());
        assertEquals("endpointOverride must be an absolute http or https URI with a host, was: localhost:8080",
                assertThrows(IllegalArgumentException.class,
                        () -> new TestBuilder().endpointOverride(URI.create("localhost:8080"))).getMessage());
        assertEquals("apiCallTimeout must be a positive duration, was PT0S", assertThrows(
                IllegalArgumentException.class, () -> new TestBuilder().apiCallTimeout(Duration.ZERO)).getMessage());
        assertEquals("apiCallAttemptTimeout must be a positive duration, was PT-1S", assertThrows(
                IllegalArgumentException.class,
                () -> new TestBuilder().apiCallAttemptTimeout(Duration.ofSeconds(-1))).getMessage());
        assertEquals("connectTimeout must be a positive duration, was PT0S", assertThrows(
                IllegalArgumentException.class, () -> new TestBuilder().connectTimeout(Duration.ZERO)).getMessage());
    }

    @Test
    void requestUrisKeepTheEndpointPathAndTakeTheHostPrefix() {
        assertEquals(URI.create("https://example.com/"), Endpoints.requestUri(URI.create("https://example.com")));
        assertEquals(URI.create("https://example.com/custom/"),
                Endpoints.requestUri(URI.create("https://example.com/custom")));
        assertEquals(URI.create("https://example.com/custom/"),
                Endpoints.requestUri(URI.create("https://example.com/custom/")));
        assertEquals(URI.create("http://localhost:8080/a/b/"),
                Endpoints.requestUri(URI.create("http://localhost:8080/a/b?x=1")));
        URI canonical = URI.create("https://example.com/custom/");
        assertSame(canonical, Endpoints.requestUri(canonical), "an endpoint already in shape is used as it is");
        assertEquals(URI.create("https://example.com/a/"), Endpoints.requestUri(URI.create("https://example.com/a/?x=1")),
                "no query");
        assertEquals(URI.create("https://example.com/a/"), Endpoints.requestUri(URI.create("https://example.com/a/#f")),
                "no fragment");
        assertEquals(URI.create("https://example.com/a/"),
                Endpoints.requestUri(URI.create("https://user@example.com/a/")), "no user info");
        assertEquals(URI.create("https://data.api.ecr.us-east-1.amazonaws.com/"), Endpoints.withHostPrefix(
                Endpoints.requestUri(URI.create("https://api.ecr.us-east-1.amazonaws.com")), "data."));
        assertEquals(URI.create("http://foo.bar.localhost:9/custom/"),
                Endpoints.withHostPrefix(URI.create("http://localhost:9/custom/"), "foo.bar."));
    }

    @Test
    void serviceAndOperationDescriptionsValidateTheirParts() {
        assertEquals("ServiceInfo.signingName must not be empty", assertThrows(IllegalArgumentException.class,
                () -> new ServiceInfo("ECR", "Ecr", "", "api.ecr", "T", "1.1")).getMessage());
        assertEquals("OperationInfo.name must not be empty", assertThrows(IllegalArgumentException.class,
                () -> OperationInfo.of(null)).getMessage());
        OperationInfo operation = new OperationInfo("PutImage", true, null);
        assertTrue(operation.requestCompression().isEmpty());
        assertTrue(operation.checksumRequired());
        assertFalse(OperationInfo.of("ListImages").checksumRequired());
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
