package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.CREDENTIALS;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.runtime.client.AsyncInvokerTest.TestAsyncBuilder;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.testing.ForwardingProxy;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** The builders' {@code proxyConfiguration}: the default transports, sync and async, send each call through it. */
class ClientProxyTest {

    private LoopbackServer server;
    private ForwardingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        proxy = ForwardingProxy.start();
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        server.close();
    }

    private URI proxyUri() {
        return URI.create("http://127.0.0.1:" + proxy.port());
    }

    @Test
    void aSyncClientSendsThroughTheBuildersProxy() {
        server.enqueue(Reply.json(200, "{\"nextToken\":\"p\"}"));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, new RecordingSleeper())
                .proxyConfiguration(p -> p.endpoint(proxyUri()).nonProxyHosts(Set.of())).build(), ERRORS)) {
            assertEquals(Map.of("nextToken", "p"), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER,
                    null));
        }
        assertEquals(List.of(new ForwardingProxy.Seen("POST " + server.uri() + "/ HTTP/1.1", null)), proxy.seen());
        assertEquals(1, server.requests().size());
    }

    @Test
    void anAsyncClientSendsThroughTheBuildersProxy() throws Exception {
        server.enqueue(Reply.json(200, "{\"nextToken\":\"p\"}"));
        try (AsyncInvoker invoker = new AsyncInvoker(new TestAsyncBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(server.uri())
                .signingClock(CLOCK)
                .proxyConfiguration(p -> p.endpoint(proxyUri()).nonProxyHosts(Set.of()))
                .build(), ERRORS)) {
            assertEquals(Map.of("nextToken", "p"), invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER,
                    null).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(new ForwardingProxy.Seen("POST " + server.uri() + "/ HTTP/1.1", null)), proxy.seen());
    }

    @Test
    void aProxyTogetherWithATransportOfOnesOwnIsRefused() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> builder(server,
                new RecordingSleeper()).httpTransport(UrlConnectionTransport.create())
                .proxyConfiguration(p -> p.endpoint(proxyUri())).build());
        assertEquals("proxyConfiguration applies to the default transport only; configure the proxy on the transport"
                + " given to httpTransport, or leave httpTransport unset", thrown.getMessage());
    }
}
