package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;

class AwsRequestOverrideConfigurationTest {

    private static final StaticCredentialsProvider OTHER_KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDOTHER", "other/secret"));

    @Test
    void headersAreCaseInsensitiveAndAPutReplacesTheNamesValues() {
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Trace", "one")
                .putHeader("x-trace", "two")
                .putHeader("X-Multi", List.of("a", "b"))
                .build();
        assertEquals(List.of("two"), config.headers().get("X-TRACE"));
        assertEquals(List.of("a", "b"), config.headers().get("x-multi"));
        assertEquals(2, config.headers().size());
        assertThrows(UnsupportedOperationException.class, () -> config.headers().put("Y", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> config.headers().get("X-Multi").add("c"));
    }

    @Test
    void headersReplacesEverySetHeader() {
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Old", "1")
                .headers(Map.of("X-New", List.of("2")))
                .build();
        assertEquals(Map.of("X-New", List.of("2")), Map.copyOf(config.headers()));
    }

    @Test
    void queryParametersKeepTheirOrderAndAreEncodedAsRfc3986() {
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putRawQueryParameter("flag", "a b/c~*")
                .putRawQueryParameter("empty", (String) null)
                .putRawQueryParameter("z", List.of("2", "1"))
                .putRawQueryParameter("ünï", "é&=")
                .build();
        assertEquals(List.of("flag", "empty", "z", "ünï"), new ArrayList<>(config.rawQueryParameters().keySet()));
        assertEquals(Arrays.asList((String) null), config.rawQueryParameters().get("empty"));
        assertEquals("flag=a%20b%2Fc~%2A&empty&z=2&z=1&%C3%BCn%C3%AF=%C3%A9%26%3D", config.encodedQuery());
        assertNull(AwsRequestOverrideConfiguration.builder().build().encodedQuery());
    }

    @Test
    void timeoutsAndCredentialsAreOptional() {
        AwsRequestOverrideConfiguration none = AwsRequestOverrideConfiguration.builder().build();
        assertEquals(Optional.empty(), none.apiCallTimeout());
        assertEquals(Optional.empty(), none.apiCallAttemptTimeout());
        assertEquals(Optional.empty(), none.credentialsProvider());
        assertEquals(Optional.empty(), none.credentialsIdentityProvider());
        assertEquals(Map.of(), none.headers());
        assertEquals(Map.of(), none.rawQueryParameters());

        AwsRequestOverrideConfiguration some = AwsRequestOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(3))
                .apiCallAttemptTimeout(Duration.ofMillis(700))
                .credentialsProvider(OTHER_KEYS)
                .build();
        assertEquals(Optional.of(Duration.ofSeconds(3)), some.apiCallTimeout());
        assertEquals(Optional.of(Duration.ofMillis(700)), some.apiCallAttemptTimeout());
        assertSame(OTHER_KEYS, some.credentialsProvider().orElseThrow());
        assertSame(OTHER_KEYS, some.credentialsIdentityProvider().orElseThrow());
    }

    @Test
    void anIdentityProviderIsKeptButIsNoAwsCredentialsProvider() {
        IdentityProvider<AwsCredentialsIdentity> identities = new IdentityProvider<>() {
            @Override
            public Class<AwsCredentialsIdentity> identityType() {
                return AwsCredentialsIdentity.class;
            }

            @Override
            public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(ResolveIdentityRequest request) {
                return CompletableFuture.completedFuture(AwsCredentialsIdentity.create("AKIDID", "id/secret"));
            }
        };
        AwsRequestOverrideConfiguration.Builder builder = AwsRequestOverrideConfiguration.builder()
                .credentialsProvider(identities);
        assertNull(builder.credentialsProvider());
        AwsRequestOverrideConfiguration config = builder.build();
        assertEquals(Optional.empty(), config.credentialsProvider());
        assertSame(identities, config.credentialsIdentityProvider().orElseThrow());
        assertSame(identities, config.credentialsOrNull());
    }

    @Test
    void toBuilderRoundTripsAndEqualityCoversEverySetting() {
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Trace", "1")
                .putRawQueryParameter("q", "v")
                .apiCallTimeout(Duration.ofSeconds(1))
                .apiCallAttemptTimeout(Duration.ofMillis(500))
                .credentialsProvider(OTHER_KEYS)
                .build();
        assertEquals(config, config.toBuilder().build());
        assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
        assertNotEquals(config, config.toBuilder().putHeader("X-Trace", "2").build());
        assertNotEquals(config, config.toBuilder().putRawQueryParameter("q", "w").build());
        assertNotEquals(config, config.toBuilder().apiCallTimeout(null).build());
        assertNotEquals(config, config.toBuilder().apiCallAttemptTimeout(null).build());
        assertNotEquals(config, config.toBuilder().credentialsProvider((StaticCredentialsProvider) null).build());
        assertEquals(config.toBuilder().putHeader("Y", "1").build(),
                config.toBuilder().applyMutation(b -> b.putHeader("Y", "1")).build());
    }

    @Test
    void toStringNamesWhatIsSetWithoutValues() {
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putHeader("X-Secret-Token", "hunter2")
                .putRawQueryParameter("sig", "s3cr3t")
                .apiCallTimeout(Duration.ofSeconds(2))
                .build();
        assertEquals("AwsRequestOverrideConfiguration(headers=[X-Secret-Token], rawQueryParameters=[sig],"
                + " apiCallTimeout=PT2S)", config.toString());
        assertEquals("AwsRequestOverrideConfiguration()", AwsRequestOverrideConfiguration.builder().build().toString());
    }

    @Test
    void badSettingsFailWhenBuiltNamingTheSetting() {
        assertEquals("AwsRequestOverrideConfiguration.apiCallTimeout must be a positive duration, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> AwsRequestOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ZERO).build()).getMessage());
        assertEquals("AwsRequestOverrideConfiguration.apiCallAttemptTimeout must be a positive duration, was PT-1S",
                assertThrows(IllegalArgumentException.class, () -> AwsRequestOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(-1)).build()).getMessage());
        assertEquals("AwsRequestOverrideConfiguration: 'X Bad' is not a valid HTTP header name; use letters, digits"
                + " and !#$%&'*+-.^_`|~ only", assertThrows(IllegalArgumentException.class,
                        () -> AwsRequestOverrideConfiguration.builder().putHeader("X Bad", "1").build()).getMessage());
        assertEquals("AwsRequestOverrideConfiguration: header X-Inject has a value that is null or holds a line break"
                + " or control character", assertThrows(IllegalArgumentException.class,
                        () -> AwsRequestOverrideConfiguration.builder().putHeader("X-Inject", "a\r\nHost: evil")
                                .build()).getMessage());
        assertEquals("AwsRequestOverrideConfiguration: header X-Null has a value that is null or holds a line break"
                + " or control character", assertThrows(IllegalArgumentException.class,
                        () -> AwsRequestOverrideConfiguration.builder().putHeader("X-Null", (String) null)
                                .build()).getMessage());
        assertEquals("AwsRequestOverrideConfiguration: a header name must not be null",
                assertThrows(IllegalArgumentException.class,
                        () -> AwsRequestOverrideConfiguration.builder().putHeader(null, "1")).getMessage());
        assertEquals("AwsRequestOverrideConfiguration: the values of query parameter q must not be null",
                assertThrows(IllegalArgumentException.class, () -> AwsRequestOverrideConfiguration.builder()
                        .putRawQueryParameter("q", (List<String>) null)).getMessage());
    }

    @Test
    void aSingleHeaderReplacesTheClientsAnyOtherAddsItsValues() {
        Map<String, List<String>> attempt = new LinkedHashMap<>();
        attempt.put("User-Agent", List.of("ecrgen/0.1.0"));
        attempt.put("X-Amz-Target", List.of("Svc.Op"));
        attempt.put("amz-sdk-request", List.of("attempt=1; max=4"));
        attempt.put("amz-sdk-invocation-id", List.of("id-1"));
        AwsRequestOverrideConfiguration config = AwsRequestOverrideConfiguration.builder()
                .putHeader("user-agent", "mine")
                .putHeader("X-AMZ-TARGET", "extra")
                .putHeader("Amz-Sdk-Request", "ignored")
                .putHeader("X-New", List.of("a", "b"))
                .build();
        CallOverrides.mergeHeaders(attempt, config.headers());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("amz-sdk-request", List.of("attempt=1; max=4"));
        expected.put("amz-sdk-invocation-id", List.of("id-1"));
        expected.put("user-agent", List.of("mine"));
        expected.put("X-AMZ-TARGET", List.of("Svc.Op", "extra"));
        expected.put("X-New", List.of("a", "b"));
        assertEquals(expected, attempt);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(attempt.keySet()));
    }

    @Test
    void aHeaderNameIsLettersDigitsAndTheTokenMarksOnly() {
        assertEquals(List.of("1"), AwsRequestOverrideConfiguration.builder().putHeader("azAZ09!#$%&'*+-.^_`|~", "1")
                .build().headers().get("azAZ09!#$%&'*+-.^_`|~"), "the first and last letter and digit of each range");
        for (String bad : List.of("X@", "X[", "X/", "X:", "X{", "X\u00e9", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> AwsRequestOverrideConfiguration.builder().putHeader(bad, "1").build(), bad);
        }
    }

    @Test
    void theQueryIsAppendedToTheRequestUri() {
        assertEquals(URI.create("https://api.ecr.us-east-1.amazonaws.com/?a=1&b"),
                CallOverrides.withQuery(URI.create("https://api.ecr.us-east-1.amazonaws.com/"), "a=1&b"));
        assertEquals(URI.create("http://127.0.0.1:8080/base/?x=0&a=1"),
                CallOverrides.withQuery(URI.create("http://127.0.0.1:8080/base/?x=0"), "a=1"));
    }

    @Test
    void headerNamesAreHttpTokens() {
        for (String good : List.of("X-Amz-Meta", "a!#$%&'*+-.^_`|~9")) {
            assertTrue(AwsRequestOverrideConfiguration.builder().putHeader(good, "v").build().headers()
                    .containsKey(good), good);
        }
        for (String bad : List.of("", "X:Y", "X(Y)", "é", "X\tY")) {
            assertThrows(IllegalArgumentException.class,
                    () -> AwsRequestOverrideConfiguration.builder().putHeader(bad, "v").build(), bad);
        }
        assertFalse(AwsRequestOverrideConfiguration.builder().putHeader("X", "tab\tis fine").build().headers()
                .isEmpty());
    }
}
