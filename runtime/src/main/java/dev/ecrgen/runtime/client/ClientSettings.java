package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.SyncTransport;
import java.time.Duration;

/** A synchronous client's resolved settings, every default filled in; made by {@link SyncClientBuilder#resolveSettings}. */
public final class ClientSettings extends CommonSettings {

    private final SyncTransport transport;
    private final Duration connectTimeout;

    ClientSettings(CommonSettings common, SyncTransport transport, Duration connectTimeout) {
        super(common);
        this.transport = transport;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Returns the HTTP transport.
     *
     * @return the transport
     */
    public SyncTransport transport() {
        return transport;
    }

    /**
     * Returns the TCP connect timeout given to the default transport.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }
}
