package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.AsyncTransport;

/** An async client's resolved settings, every default filled in; made by {@link AsyncClientBuilder#resolveSettings}. */
public final class AsyncClientSettings extends CommonSettings {

    private final AsyncTransport transport;

    AsyncClientSettings(CommonSettings common, AsyncTransport transport) {
        super(common);
        this.transport = transport;
    }

    /**
     * Returns the non-blocking HTTP transport.
     *
     * @return the transport
     */
    public AsyncTransport transport() {
        return transport;
    }
}
