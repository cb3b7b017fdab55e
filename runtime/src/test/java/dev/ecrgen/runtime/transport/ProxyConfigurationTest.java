package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.testing.CapturedLogs;
import dev.ecrgen.runtime.testing.ForwardingProxy;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the proxy is resolved from the builder, the system properties and the environment, as the AWS SDK's default
 * HTTP clients resolve it, and that both transports send through it (a loopback forwarding proxy sees each request).
 */
class ProxyConfigurationTest {

    private static final String PASSWORD = "p@ss:w0rd-secret";
    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString(("proxy-user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ProxyConfiguration.Builder isolated(Map<String, String> properties, Map<String, String> environment) {
        return ProxyConfiguration.builder().properties(properties::get).environment(environment::get);
    }

    @Test
    void theEnvironmentNamesTheProxyItsCredentialsAndTheHostsToReachDirectly() {
        ProxyConfiguration proxy = isolated(Map.of(), Map.of(
                "HTTP_PROXY", "http://proxy-user:p%40ss%3Aw0rd-secret@proxy.example.com:3128",
                "NO_PROXY", "localhost,.internal.example, *.svc ,10.0.0.1")).build();
        assertEquals("proxy.example.com", proxy.host());
        assertEquals(3128, proxy.port());
        assertEquals("proxy-user", proxy.username());
        assertEquals(BASIC, proxy.basicAuthorization());
        assertEquals(Set.of("localhost", ".internal.example", "*.svc", "10.0.0.1"), proxy.nonProxyHosts());
        assertTrue(proxy.bypasses("LOCALHOST"));
        assertTrue(proxy.bypasses("internal.example"));
        assertTrue(proxy.bypasses("api.internal.example"));
        assertTrue(proxy.bypasses("db.svc"));
        assertTrue(proxy.bypasses("10.0.0.1"));
        assertFalse(proxy.bypasses("api.ecr.us-west-2.amazonaws.com"));
        assertFalse(proxy.bypasses("10.0.0.10"));
        assertEquals(Proxy.NO_PROXY, proxy.select(URI.create("http://localhost:8080/")));
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example.com", 3128)),
                proxy.select(URI.create("https://api.ecr.us-west-2.amazonaws.com/")));
        assertFalse(proxy.toString().contains("secret"), proxy.toString());
    }

    @Test
    void asInTheAwsSdkTheProxySchemePicksTheVariablesWhateverTheEndpointScheme() {
        Map<String, String> environment = Map.of("HTTPS_PROXY", "http://secure-proxy:8443",
                "http_proxy", "http://lower-proxy:3128", "HTTP_PROXY", "http://upper-proxy:3128");
        assertEquals("lower-proxy", isolated(Map.of(), environment).build().host());
        assertEquals("secure-proxy", isolated(Map.of(), environment).scheme("https").build().host());
        assertEquals(80, isolated(Map.of(), Map.of("HTTP_PROXY", "proxy-host")).build().port());
    }

    @Test
    void systemPropertiesWinOverTheEnvironmentAndTheBuilderOverBoth() {
        Map<String, String> properties = Map.of("http.proxyHost", "property-proxy", "http.proxyPort", "8080",
                "http.nonProxyHosts", "*.example.com|localhost", "https.proxyHost", "tls-property-proxy");
        Map<String, String> environment = Map.of("HTTP_PROXY", "http://env-proxy:3128");
        ProxyConfiguration fromProperties = isolated(properties, environment).build();
        assertEquals("property-proxy", fromProperties.host());
        assertEquals(8080, fromProperties.port());
        assertEquals(Set.of("*.example.com", "localhost"), fromProperties.nonProxyHosts());
        assertEquals("tls-property-proxy", isolated(properties, environment).scheme("https").build().host());
        assertEquals(443, isolated(properties, environment).scheme("https").build().port());
        assertEquals("env-proxy", isolated(properties, environment).useSystemPropertyValues(false).build().host());
        ProxyConfiguration explicit = isolated(properties, environment)
                .endpoint(URI.create("http://explicit:9000")).nonProxyHosts(Set.of()).build();
        assertEquals("explicit", explicit.host());
        assertEquals(9000, explicit.port());
        assertEquals(Set.of(), explicit.nonProxyHosts());
        ProxyConfiguration none = isolated(Map.of(), environment).useEnvironmentVariableValues(false).build();
        assertFalse(none.enabled());
        assertNull(none.select(URI.create("http://anywhere/")));
    }

    @Test
    void aBadProxyUrlInTheEnvironmentIsReportedWithoutItsPassword() {
        ProxyConfiguration proxy = isolated(Map.of(), Map.of("HTTP_PROXY", "http://user:" + PASSWORD + "@/")).build();
        assertFalse(proxy.enabled());
        List<String> lines = CapturedLogs.lines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("HTTP_PROXY environment variable is not a proxy"
                + " URL")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("w0rd")), lines.toString());
    }

    @Test
    void wildcardNonProxyHostsMatchTheWholeName() {
        ProxyConfiguration proxy = isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example:3128"))
                .nonProxyHosts(Set.of("a*c", "*.svc", "db-*-east*", "x**y")).build();
        for (String direct : List.of("ac", "abc", "abbbc", "a.c", "db.svc", "x.y.svc", "db-1-east", "db-1-east-2",
                "db--east", "xy", "x-y")) {
            assertTrue(proxy.bypasses(direct), direct);
        }
        for (String proxied : List.of("abcd", "ab", "ca", "svc", "db.svcx", "db-east", "db-1-west", "x", "yx", "zxy")) {
            assertFalse(proxy.bypasses(proxied), proxied);
        }
    }

    @Test
    void anIpv6HostMatchesWithOrWithoutItsBrackets() {
        ProxyConfiguration bare = isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example:3128"))
                .nonProxyHosts(Set.of("::1")).build();
        ProxyConfiguration bracketed = isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example:3128"))
                .nonProxyHosts(Set.of("[::1]")).build();
        for (ProxyConfiguration proxy : List.of(bare, bracketed)) {
            assertEquals(Proxy.NO_PROXY, proxy.select(URI.create("http://[::1]:8080/")), proxy.toString());
            assertTrue(proxy.bypasses("::1"));
            assertFalse(proxy.bypasses("[::2]"));
        }
    }

    @Test
    void anEndpointWithoutAPortOrWithPortZeroUsesTheSchemesDefault() {
        assertEquals(80, isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example:0")).build().port());
        assertEquals(443, isolated(Map.of(), Map.of()).endpoint(URI.create("https://proxy.example")).build().port());
        assertEquals(1, isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example:1")).build().port());
    }

    @Test
    void theSchemeIsHttpOrHttps() {
        assertEquals("https", isolated(Map.of(), Map.of()).scheme("https").build().scheme());
        assertEquals("http", isolated(Map.of(), Map.of()).scheme("http").build().scheme());
        for (String bad : new String[] {"ftp", "HTTP", null}) {
            assertEquals("proxy scheme must be http or https, was: " + bad, assertThrows(
                    IllegalArgumentException.class, () -> ProxyConfiguration.builder().scheme(bad)).getMessage());
        }
    }

    @Test
    void aUserInfoOfOnlyAPasswordGivesAnEmptyUserName() {
        ProxyConfiguration proxy = isolated(Map.of(), Map.of("HTTP_PROXY", "http://:" + "s3cret@proxy.example:3128"))
                .build();
        assertEquals("", proxy.username());
        assertEquals("Basic " + Base64.getEncoder().encodeToString(":s3cret".getBytes(StandardCharsets.UTF_8)),
                proxy.basicAuthorization());
        ProxyConfiguration userOnly = isolated(Map.of(), Map.of("HTTP_PROXY", "http://someone@proxy.example:3128"))
                .build();
        assertEquals("someone", userOnly.username());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("someone:".getBytes(StandardCharsets.UTF_8)),
                userOnly.basicAuthorization());
    }

    @Test
    void theEnvironmentsNoProxyListHoldsEvenWhenItsProxyUrlIsBroken() {
        ProxyConfiguration proxy = isolated(Map.of(), Map.of("HTTP_PROXY", "http://user:" + PASSWORD + "@/",
                "NO_PROXY", "localhost")).endpoint(URI.create("http://proxy.example:3128")).build();
        assertEquals(Set.of("localhost"), proxy.nonProxyHosts());
        assertEquals(Proxy.NO_PROXY, proxy.select(URI.create("http://localhost:8080/")));
    }

    @Test
    void fromEnvironmentReadsTheJvmsSystemProperties() {
        // only the non-proxy list: without http.proxyHost the JVM's own proxy selection is unchanged
        String before = System.getProperty("http.nonProxyHosts");
        System.setProperty("http.nonProxyHosts", "only-in-this-test.example");
        try {
            assertTrue(ProxyConfiguration.fromEnvironment().nonProxyHosts().contains("only-in-this-test.example"));
        } finally {
            if (before == null) {
                System.clearProperty("http.nonProxyHosts");
            } else {
                System.setProperty("http.nonProxyHosts", before);
            }
        }
    }

    @Test
    void anEndpointWithCredentialsOrAPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProxyConfiguration.builder()
                .endpoint(URI.create("http://user:pw@proxy:3128")));
        assertThrows(IllegalArgumentException.class, () -> ProxyConfiguration.builder()
                .endpoint(URI.create("http://proxy:3128/path")));
        assertThrows(IllegalArgumentException.class, () -> ProxyConfiguration.builder()
                .endpoint(URI.create("socks://proxy:1080")));
    }

    @Test
    void theBlockingTransportSendsThroughTheProxyWithItsCredentials() throws Exception {
        server.enqueue(Reply.json(200, "{\"via\":\"proxy\"}"));
        try (ForwardingProxy proxy = ForwardingProxy.requiring(BASIC)) {
            UrlConnectionTransport transport = UrlConnectionTransport.builder()
                    .proxyConfiguration(isolated(Map.of(), Map.of("HTTP_PROXY", "http://proxy-user:"
                            + "p%40ss%3Aw0rd-secret@127.0.0.1:" + proxy.port())).build())
                    .build();
            HttpResponse response = transport.execute(request(), Duration.ofSeconds(10));
            assertEquals(200, response.statusCode());
            assertEquals("{\"via\":\"proxy\"}", new String(response.body(), StandardCharsets.UTF_8));
            assertEquals(List.of(new ForwardingProxy.Seen("POST " + server.uri() + "/ HTTP/1.1", BASIC)),
                    proxy.seen());
        }
        assertEquals(1, server.requests().size());
        assertNull(server.requests().get(0).header("Proxy-Authorization"));
        assertNoPasswordLogged();
    }

    @Test
    void theBlockingTransportAnswersAChallengeToTheCredentialsItSentAhead() throws Exception {
        server.enqueue(Reply.json(200, "{}"));
        try (ForwardingProxy proxy = ForwardingProxy.challengingFirst(BASIC)) {
            UrlConnectionTransport transport = UrlConnectionTransport.builder()
                    .proxyConfiguration(isolated(Map.of(), Map.of()).endpoint(URI.create("http://127.0.0.1:"
                            + proxy.port())).username("proxy-user").password(PASSWORD).build())
                    .build();
            assertEquals(200, transport.execute(request(), Duration.ofSeconds(10)).statusCode());
            ForwardingProxy.Seen sent = new ForwardingProxy.Seen("POST " + server.uri() + "/ HTTP/1.1", BASIC);
            assertEquals(List.of(sent, sent), proxy.seen(), "sent ahead, challenged, answered by the authenticator");
        }
        assertEquals(1, server.requests().size());
        assertNoPasswordLogged();
    }

    @Test
    void theAsyncTransportAnswersTheProxysChallengeWithItsCredentials() throws Exception {
        server.enqueue(Reply.json(200, "{}"));
        try (ForwardingProxy proxy = ForwardingProxy.requiring(BASIC)) {
            HttpClientTransport transport = HttpClientTransport.builder()
                    .proxyConfiguration(isolated(Map.of(), Map.of()).endpoint(URI.create("http://127.0.0.1:"
                            + proxy.port())).username("proxy-user").password(PASSWORD).build())
                    .build();
            try {
                HttpResponse response = transport.execute(request(), Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
            } finally {
                transport.close();
            }
            List<ForwardingProxy.Seen> seen = proxy.seen();
            assertEquals(new ForwardingProxy.Seen("POST " + server.uri() + "/ HTTP/1.1", BASIC),
                    seen.get(seen.size() - 1));
        }
        assertEquals(1, server.requests().size());
        assertNoPasswordLogged();
    }

    @Test
    void aNonProxyHostIsReachedDirectlyByBothTransports() throws Exception {
        try (ForwardingProxy proxy = ForwardingProxy.start()) {
            ProxyConfiguration configuration = isolated(Map.of(), Map.of(
                    "HTTP_PROXY", "http://127.0.0.1:" + proxy.port(), "no_proxy", "127.0.0.1")).build();
            assertEquals(200, UrlConnectionTransport.builder().proxyConfiguration(configuration).build()
                    .execute(request(), Duration.ofSeconds(10)).statusCode());
            HttpClientTransport async = HttpClientTransport.builder().proxyConfiguration(configuration).build();
            try {
                assertEquals(200, async.execute(request(), Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS)
                        .statusCode());
            } finally {
                async.close();
            }
            assertEquals(List.of(), proxy.seen());
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void httpsRequestsTunnelThroughTheProxyWithoutSendingItsCredentialsAhead() throws Exception {
        URI service = URI.create("https://api.ecr.us-west-2.amazonaws.com/");
        HttpRequest request = new HttpRequest("POST", service, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
        try (ForwardingProxy proxy = ForwardingProxy.start()) {
            ProxyConfiguration configuration = isolated(Map.of(), Map.of()).endpoint(URI.create("http://127.0.0.1:"
                    + proxy.port())).username("proxy-user").password(PASSWORD).build();
            assertThrows(IOException.class, () -> UrlConnectionTransport.builder().proxyConfiguration(configuration)
                    .build().execute(request, Duration.ofSeconds(10)));
            HttpClientTransport async = HttpClientTransport.builder().proxyConfiguration(configuration).build();
            try {
                assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> async.execute(request, Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS));
            } finally {
                async.close();
            }
            ForwardingProxy.Seen connect = new ForwardingProxy.Seen(
                    "CONNECT api.ecr.us-west-2.amazonaws.com:443 HTTP/1.1", null);
            assertEquals(List.of(connect, connect), proxy.seen());
        }
        assertNoPasswordLogged();
    }

    @Test
    void aDirectRequestNeverCarriesTheProxysCredentials() throws Exception {
        server.enqueue(Reply.json(200, "{}"));
        try (ForwardingProxy proxy = ForwardingProxy.start()) {
            ProxyConfiguration configuration = isolated(Map.of(), Map.of("no_proxy", "127.0.0.1"))
                    .endpoint(URI.create("http://127.0.0.1:" + proxy.port())).username("proxy-user")
                    .password(PASSWORD).build();
            assertEquals(200, UrlConnectionTransport.builder().proxyConfiguration(configuration).build()
                    .execute(request(), Duration.ofSeconds(10)).statusCode());
            assertEquals(List.of(), proxy.seen());
        }
        assertNull(server.requests().get(0).header("Proxy-Authorization"));
    }

    @Test
    void anExplicitProxyWinsOverTheConfiguration() throws Exception {
        server.enqueue(Reply.json(200, "{}"));
        try (ForwardingProxy proxy = ForwardingProxy.start()) {
            ProxyConfiguration configuration = isolated(Map.of(), Map.of())
                    .endpoint(URI.create("http://127.0.0.1:" + proxy.port())).username("proxy-user")
                    .password(PASSWORD).build();
            assertEquals(200, UrlConnectionTransport.builder().proxyConfiguration(configuration).proxy(Proxy.NO_PROXY)
                    .build().execute(request(), Duration.ofSeconds(10)).statusCode());
            assertEquals(List.of(), proxy.seen());
        }
        assertNull(server.requests().get(0).header("Proxy-Authorization"));
    }

    private HttpRequest request() {
        return new HttpRequest("POST", URI.create(server.uri() + "/"),
                Map.of("Content-Type", List.of("application/x-amz-json-1.1")),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoPasswordLogged() {
        for (String line : CapturedLogs.lines()) {
            assertFalse(line.contains("w0rd") || line.contains(BASIC.substring(6)), line);
        }
    }
}
