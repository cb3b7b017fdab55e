package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.ProxyConfiguration;
import dev.ecrgen.runtime.transport.SyncTransport;
import dev.ecrgen.runtime.transport.UrlConnectionTransport;
import java.time.Duration;

/**
 * The base of generated synchronous client builders; without a transport of its own the client uses an
 * {@link UrlConnectionTransport}.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type built
 */
public abstract class SyncClientBuilder<B extends SyncClientBuilder<B, C>, C> extends ClientBuilder<B, C, SyncTransport> {

    /** For generated builders. */
    protected SyncClientBuilder() {
    }

    /**
     * Sets the HTTP transport; without one an {@link UrlConnectionTransport} is used.
     *
     * @param httpTransport the transport, or null for the default one
     * @return this builder
     */
    public B httpTransport(SyncTransport httpTransport) {
        return transport(httpTransport);
    }

    /**
     * Resolves the settings, filling in every default that was not set.
     *
     * @param service the service the client talks to
     * @return the resolved settings
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no region is set and none can be found
     */
    protected final ClientSettings resolveSettings(ServiceInfo service) {
        CommonSettings common = resolveCommon(service);
        Duration connectTimeout = common.configuredConnectTimeout().orElse(UrlConnectionTransport.DEFAULT_CONNECT_TIMEOUT);
        ProxyConfiguration proxy = resolvedProxy();
        SyncTransport transport = configuredTransport() != null ? configuredTransport()
                : UrlConnectionTransport.builder().connectTimeout(connectTimeout).proxyConfiguration(proxy).build();
        return new ClientSettings(common, transport, connectTimeout);
    }
}
