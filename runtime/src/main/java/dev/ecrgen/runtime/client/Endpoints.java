package dev.ecrgen.runtime.client;

import java.net.URI;
import software.amazon.awssdk.regions.Region;

/** Builds endpoint and request URIs. */
final class Endpoints {

    private Endpoints() {
    }

    /** {@code https://<endpointPrefix>.<region>.<partition DNS suffix>}. */
    static URI regionalEndpoint(ServiceInfo service, Region region) {
        String id = region.id();
        StringBuilder uri = new StringBuilder(64).append("https://").append(service.endpointPrefix())
                .append('.').append(id).append('.').append(dnsSuffix(id));
        return URI.create(uri.toString());
    }

    /** The DNS suffix of the partition a region id belongs to. */
    static String dnsSuffix(String regionId) {
        if (regionId.startsWith("cn-")) {
            return "amazonaws.com.cn";
        }
        if (regionId.startsWith("us-isob-")) {
            return "sc2s.sgov.gov";
        }
        if (regionId.startsWith("us-isof-")) {
            return "csp.hci.ic.gov";
        }
        if (regionId.startsWith("us-iso-")) {
            return "c2s.ic.gov";
        }
        if (regionId.startsWith("eu-isoe-")) {
            return "cloud.adc-e.uk";
        }
        if (regionId.startsWith("eusc-")) {
            return "amazonaws.eu";
        }
        return "amazonaws.com";
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
