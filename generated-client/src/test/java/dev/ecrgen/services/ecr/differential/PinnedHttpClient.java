package dev.ecrgen.services.ecr.differential;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The reference client's HTTP client: {@code url-connection-client}, with every request sent to the loopback server
 * whatever host it was meant for, and that host remembered.
 */
final class PinnedHttpClient implements SdkHttpClient {
    private final SdkHttpClient delegate = UrlConnectionHttpClient.create();
    private final List<String> requestedAuthorities = new CopyOnWriteArrayList<>();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SdkHttpRequest http = request.httpRequest();
        requestedAuthorities.add(http.getUri().getRawAuthority());
        HttpExecuteRequest.Builder pinned = HttpExecuteRequest.builder()
                .request(http.toBuilder().host(DiffSettings.LOOPBACK_HOST).build());
        request.contentStreamProvider().ifPresent(pinned::contentStreamProvider);
        request.metricCollector().ifPresent(pinned::metricCollector);
        return delegate.prepareRequest(pinned.build());
    }

    /** The host (and port) of the last request, as the client addressed it. */
    String lastAuthority() {
        return requestedAuthorities.isEmpty() ? null : requestedAuthorities.get(requestedAuthorities.size() - 1);
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
