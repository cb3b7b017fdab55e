package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.endpoints.RulesFunctions;
import java.net.URI;
import software.amazon.awssdk.regions.Region;

/** Builds endpoint and request URIs. */
final class Endpoints {

    private Endpoints() {
    }

    /**
     * {@code https://<endpointPrefix>.<region>.<partition DNS suffix>}, the endpoint of a service without a rule set;
     * the partition is the one the region belongs to ({@link RulesFunctions#partition}).
     */
    static URI regionalEndpoint(ServiceInfo service, Region region) {
        String id = region.id();
        StringBuilder uri = new StringBuilder(64).append("https://").append(service.endpointPrefix())
                .append('.').append(id).append('.').append(RulesFunctions.partition(id).dnsSuffix());
        return URI.create(uri.toString());
    }

    /** The URI requests are posted to: the endpoint's path (or {@code /}) ending in a slash, no query. */
    static URI requestUri(URI endpoint) {
        String path = endpoint.getRawPath();
        if (path != null && !path.isEmpty() && path.endsWith("/") && endpoint.getRawQuery() == null
                && endpoint.getRawFragment() == null && endpoint.getRawUserInfo() == null) {
            return endpoint;
        }
        return build(endpoint, null);
    }

    /** The request URI with the host prefix (e.g. {@code data.}) put in front of the host. */
    static URI withHostPrefix(URI requestUri, String hostPrefix) {
        return build(requestUri, hostPrefix);
    }

    private static URI build(URI endpoint, String hostPrefix) {
        String path = endpoint.getRawPath();
        StringBuilder uri = new StringBuilder(96).append(endpoint.getScheme()).append("://");
        if (hostPrefix != null) {
            uri.append(hostPrefix);
        }
        uri.append(endpoint.getHost());
        if (endpoint.getPort() >= 0) {
            uri.append(':').append(endpoint.getPort());
        }
        if (path == null || path.isEmpty()) {
            uri.append('/');
        } else {
            uri.append(path);
            if (!path.endsWith("/")) {
                uri.append('/');
            }
        }
        try {
            return URI.create(uri.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a valid request URI: " + uri, e);
        }
    }
}
