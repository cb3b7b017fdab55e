package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.endpoints.EndpointAttributes;
import dev.ecrgen.runtime.endpoints.EndpointAuthScheme;
import dev.ecrgen.runtime.signing.Sigv4;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;

/**
 * Where calls go once an endpoint is resolved: the URI requests are posted to, the headers the endpoint adds, and the
 * signer for the endpoint's signing name and region (from its {@code sigv4} auth scheme, else the client's). Built
 * once per distinct endpoint and shared by the calls that go there; immutable.
 */
public final class ResolvedEndpoint {

    private final URI requestUri;
    private final Map<String, List<String>> headers;
    private final String signingName;
    private final String signingRegion;
    private final Sigv4 signer;

    private ResolvedEndpoint(URI requestUri, Map<String, List<String>> headers, String signingName,
            String signingRegion, CommonSettings settings) {
        this.requestUri = requestUri;
        this.headers = headers;
        this.signingName = signingName;
        this.signingRegion = signingRegion;
        this.signer = new Sigv4(signingName, signingRegion, settings.clock().orElse(null));
    }

    /**
     * The endpoint of a client without a rule set: the endpoint override when there is one, else
     * {@code https://<endpointPrefix>.<region>.<partition DNS suffix>}.
     *
     * @param settings the client's settings
     * @return the endpoint, signed with the service's signing name and the client's region
     */
    public static ResolvedEndpoint of(CommonSettings settings) {
        URI uri = settings.endpointOverride().orElseGet(
                () -> Endpoints.regionalEndpoint(settings.service(), settings.region()));
        return new ResolvedEndpoint(Endpoints.requestUri(uri), Map.of(), settings.service().signingName(),
                settings.region().id(), settings);
    }

    /**
     * The endpoint a provider resolved. Its URL must be an absolute {@code http} or {@code https} URL; a
     * {@code sigv4} auth scheme, if it lists one, sets the signing name and region.
     *
     * @param endpoint the provider's endpoint
     * @param settings the client's settings, for the signing defaults and the clock
     * @return the endpoint
     * @throws SdkClientException when the URL cannot take requests or the endpoint only allows signing ecrgen lacks
     */
    public static ResolvedEndpoint of(Endpoint endpoint, CommonSettings settings) {
        EndpointUrl url = endpoint.endpointUrl();
        String scheme = url == null ? null : url.scheme();
        if (url == null || url.host() == null || url.host().isEmpty()
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw SdkClientException.create("The endpoint resolved for " + settings.service().serviceName()
                    + " is not an absolute http or https URL with a host: " + text(url));
        }
        String signingName = settings.service().signingName();
        String signingRegion = settings.region().id();
        List<EndpointAuthScheme> schemes = endpoint.attribute(EndpointAttributes.AUTH_SCHEMES);
        if (schemes != null && !schemes.isEmpty()) {
            EndpointAuthScheme sigv4 = null;
            for (EndpointAuthScheme candidate : schemes) {
                if ("sigv4".equals(candidate.name())) {
                    sigv4 = candidate;
                    break;
                }
            }
            if (sigv4 == null) {
                throw SdkClientException.create("The endpoint resolved for " + settings.service().serviceName() + " ("
                        + text(url) + ") accepts only the auth schemes " + names(schemes)
                        + "; this client signs with sigv4 only");
            }
            if (sigv4.signingName() != null) {
                signingName = sigv4.signingName();
            }
            if (sigv4.signingRegion() != null) {
                signingRegion = sigv4.signingRegion();
            }
        }
        return new ResolvedEndpoint(Endpoints.requestUri(url.toUri()), endpoint.headers(), signingName, signingRegion,
                settings);
    }

    /** An endpoint URL as it would be written. */
    private static String text(EndpointUrl url) {
        if (url == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder(64).append(url.scheme()).append("://").append(url.host());
        if (url.port() >= 0) {
            text.append(':').append(url.port());
        }
        return text.append(url.encodedPath()).append(url.queryAndFragment()).toString();
    }

    private static String names(List<EndpointAuthScheme> schemes) {
        StringBuilder names = new StringBuilder();
        for (EndpointAuthScheme scheme : schemes) {
            names.append(names.length() == 0 ? "" : ", ").append(scheme.name());
        }
        return names.toString();
    }

    /**
     * Returns the URI requests are posted to: the endpoint's path, ending in a slash.
     *
     * @return the request URI
     */
    public URI requestUri() {
        return requestUri;
    }

    /**
     * Returns the headers the endpoint adds to every request.
     *
     * @return header names to values; empty when none
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the name requests are signed for.
     *
     * @return the signing name
     */
    public String signingName() {
        return signingName;
    }

    /**
     * Returns the region requests are signed for.
     *
     * @return the signing region
     */
    public String signingRegion() {
        return signingRegion;
    }

    Sigv4 signer() {
        return signer;
    }

    @Override
    public String toString() {
        return requestUri + " (signed for " + signingName + " in " + signingRegion + ")";
    }
}
