package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.HttpClientTransport;
import dev.ecrgen.runtime.transport.ProxyConfiguration;

/**
 * The base of generated asynchronous client builders; without a transport of its own the client uses an
 * {@link HttpClientTransport}, whose JDK HTTP client is created on the first request.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type built
 */
public abstract class AsyncClientBuilder<B extends AsyncClientBuilder<B, C>, C> extends ClientBuilder<B, C, AsyncTransport> {

    /** For generated builders. */
    protected AsyncClientBuilder() {
    }

    /**
     * Sets the non-blocking HTTP transport; without one an {@link HttpClientTransport} is used.
     *
     * @param httpTransport the transport, or null for the default one
     * @return this builder
     */
    public B httpTransport(AsyncTransport httpTransport) {
        return transport(httpTransport);
    }

    /**
     * Resolves the settings, filling in every default that was not set.
     *
     * @param service the service the client talks to
     * @return the resolved settings
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no region is set and none can be found
     */
    protected final AsyncClientSettings resolveSettings(ServiceInfo service) {
        CommonSettings common = resolveCommon(service);
        ProxyConfiguration proxy = resolvedProxy();
        AsyncTransport transport = configuredTransport() != null ? configuredTransport()
                : HttpClientTransport.builder()
                        .connectTimeout(common.configuredConnectTimeout().orElse(HttpClientTransport.DEFAULT_CONNECT_TIMEOUT))
                        .proxyConfiguration(proxy)
                        .build();
        return new AsyncClientSettings(common, transport);
    }
}
