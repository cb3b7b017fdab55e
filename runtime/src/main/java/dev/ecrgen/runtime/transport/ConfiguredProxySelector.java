package dev.ecrgen.runtime.transport;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/** A {@link ProxySelector} for the JDK HTTP client that chooses as a {@link ProxyConfiguration} does. */
final class ConfiguredProxySelector extends ProxySelector {

    private final ProxyConfiguration configuration;

    ConfiguredProxySelector(ProxyConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public List<Proxy> select(URI uri) {
        Proxy proxy = configuration.select(uri);
        return List.of(proxy == null ? Proxy.NO_PROXY : proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // the transport reports the failure; there is no other proxy to try
    }
}
