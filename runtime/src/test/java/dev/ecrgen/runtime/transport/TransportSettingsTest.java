package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings the transports validate, the proxy configuration's description and the watchdog's bookkeeping. */
class TransportSettingsTest {

    private static ProxyConfiguration.Builder isolated(Map<String, String> properties, Map<String, String> environment) {
        return ProxyConfiguration.builder().properties(properties::get).environment(environment::get);
    }

    @Test
    void timeoutsMustBePositive() {
        for (Duration bad : new Duration[] {null, Duration.ZERO, Duration.ofMillis(-1)}) {
            assertEquals("connectTimeout must be a positive duration, was " + bad, assertThrows(
                    IllegalArgumentException.class, () -> HttpClientTransport.builder().connectTimeout(bad))
                    .getMessage());
            assertEquals("idleTimeout must be a positive duration, was " + bad, assertThrows(
                    IllegalArgumentException.class, () -> UrlConnectionAsyncTransport.builder().idleTimeout(bad))
                    .getMessage());
        }
        assertNotNull(HttpClientTransport.builder().connectTimeout(Duration.ofNanos(1)));
        assertNotNull(UrlConnectionAsyncTransport.builder().idleTimeout(Duration.ofNanos(1)));
    }

    @Test
    void theConfigurationDescribesItselfWithoutThePassword() {
        assertEquals("ProxyConfiguration(none)", isolated(Map.of(), Map.of()).build().toString());
        assertEquals("ProxyConfiguration(http://proxy.example.com:3128)", isolated(Map.of(), Map.of())
                .endpoint(URI.create("http://proxy.example.com:3128")).build().toString());
        assertEquals("ProxyConfiguration(http://proxy.example.com:3128, with credentials, nonProxyHosts=[localhost])",
                isolated(Map.of(), Map.of()).endpoint(URI.create("http://proxy.example.com:3128"))
                        .username("user").password("secret").nonProxyHosts(Set.of("localhost")).build().toString());
    }

    @Test
    void aPortMustLieBetweenOneAnd65535() {
        assertEquals(1, isolated(Map.of("http.proxyHost", "p.example", "http.proxyPort", "1"), Map.of()).build()
                .port());
        assertEquals(65535, isolated(Map.of("http.proxyHost", "p.example", "http.proxyPort", "65535"), Map.of())
                .build().port());
        assertEquals(80, isolated(Map.of("http.proxyHost", "p.example", "http.proxyPort", "0"), Map.of()).build()
                .port());
        assertEquals(80, isolated(Map.of("http.proxyHost", "p.example", "http.proxyPort", "65536"), Map.of())
                .build().port());
    }

    @Test
    void theWatchdogCountsWhatItHasScheduled() throws IOException, InterruptedException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:1/").toURL().openConnection();
        int before = DeadlineWatchdog.pending();
        DeadlineWatchdog.Guard guard = DeadlineWatchdog.arm(connection, TimeUnit.MINUTES.toNanos(5));
        assertEquals(before + 1, DeadlineWatchdog.pending());
        assertFalse(guard.fired());
        guard.disarm();
        assertEquals(before, DeadlineWatchdog.pending());

        CountDownLatch ran = new CountDownLatch(1);
        ScheduledFuture<?> task = DeadlineWatchdog.shared().schedule(ran::countDown, 1, TimeUnit.NANOSECONDS);
        assertNotNull(task);
        assertEquals(true, ran.await(10, TimeUnit.SECONDS));
    }

    @Test
    void anEnvironmentProxyWithoutAPortUsesTheSchemesDefault() {
        assertEquals(80, isolated(Map.of(), Map.of("HTTP_PROXY", "http://p.example:0")).build().port());
        assertEquals(80, isolated(Map.of(), Map.of("HTTP_PROXY", "http://p.example")).build().port());
        assertEquals(1, isolated(Map.of(), Map.of("HTTP_PROXY", "http://p.example:1")).build().port());
        assertFalse(isolated(Map.of(), Map.of("HTTP_PROXY", "http://[bad")).build().enabled());
    }

    @Test
    void theAsyncTransportReportsTheCauseNotItsWrapper() {
        HttpClientTransport transport = HttpClientTransport.create();
        try {
            HttpRequest refused = new HttpRequest("POST", URI.create("http://127.0.0.1:1/"), Map.of(), new byte[0]);
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> transport.execute(refused, Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS));
            assertNotNull(e.getCause());
            assertEquals(true, e.getCause() instanceof java.net.ConnectException, String.valueOf(e.getCause()));
        } finally {
            transport.close();
        }
    }
}
