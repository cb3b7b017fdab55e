package dev.ecrgen.runtime.endpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;

/**
 * What compiled endpoint rule sets end in: an {@link Endpoint} with its headers and properties (the properties also
 * as {@link EndpointAttributes}), or the {@link SdkClientException} of an error rule, whose message is exactly the
 * rule's.
 */
public final class RuleResults {

    private RuleResults() {
    }

    /**
     * An endpoint with no headers and no properties.
     *
     * @param url the URL the rule set built
     * @return the endpoint
     * @throws SdkClientException when the URL is not an absolute URL
     */
    public static Endpoint endpoint(String url) {
        return Endpoint.builder().endpointUrl(endpointUrl(url)).build();
    }

    /**
     * An endpoint with headers and properties. The properties are kept whole under
     * {@link EndpointAttributes#PROPERTIES}; {@code authSchemes} and {@code metricValues} are also kept under their
     * own keys.
     *
     * @param url the URL the rule set built
     * @param headers header names to values
     * @param properties property names to plain Java values
     * @return the endpoint
     * @throws SdkClientException when the URL is not an absolute URL or a property does not have its expected form
     */
    public static Endpoint endpoint(String url, Map<String, List<String>> headers, Map<String, Object> properties) {
        return endpoint(endpointUrl(url), url, headers, properties);
    }

    /**
     * {@code url} is the rule set's URL as built, for a message; null when the endpoint URL was made from a scheme and
     * a DNS name, whose text is then made only if a message needs it.
     */
    private static Endpoint endpoint(EndpointUrl endpointUrl, String url, Map<String, List<String>> headers,
            Map<String, Object> properties) {
        Endpoint.Builder endpoint = Endpoint.builder().endpointUrl(endpointUrl);
        headers.forEach((name, values) -> values.forEach(value -> endpoint.putHeader(name, value)));
        if (!properties.isEmpty()) {
            try {
                endpoint.putAttribute(EndpointAttributes.PROPERTIES, EndpointAttributes.properties(properties));
                Object authSchemes = properties.get("authSchemes");
                if (authSchemes != null) {
                    endpoint.putAttribute(EndpointAttributes.AUTH_SCHEMES, EndpointAuthScheme.listFrom(maps(authSchemes)));
                }
                Object metricValues = properties.get("metricValues");
                if (metricValues != null) {
                    endpoint.putAttribute(EndpointAttributes.METRIC_VALUES, strings(metricValues));
                }
            } catch (IllegalArgumentException | ClassCastException e) {
                String resolved = url != null ? url : endpointUrl.scheme() + "://" + endpointUrl.host();
                throw SdkClientException.create("The endpoint rule set resolved " + resolved
                        + " with properties of the wrong form: " + e.getMessage(), e);
            }
        }
        return endpoint.build();
    }

    /**
     * An endpoint whose URL is a scheme and a host, e.g. {@code https} and {@code api.ecr.us-east-1.amazonaws.com}:
     * the same endpoint as {@link #endpoint(String)} of {@code scheme + "://" + host}, without parsing a URL when the
     * host is a DNS name.
     *
     * @param scheme {@code https} or {@code http}
     * @param host the host the rule set built
     * @return the endpoint
     * @throws SdkClientException when the URL is not an absolute URL
     */
    public static Endpoint endpointAtHost(String scheme, String host) {
        return Endpoint.builder().endpointUrl(urlAtHost(scheme, host)).build();
    }

    /**
     * {@link #endpointAtHost(String, String)} with headers and properties, as
     * {@link #endpoint(String, Map, Map)} takes them.
     *
     * @param scheme {@code https} or {@code http}
     * @param host the host the rule set built
     * @param headers header names to values
     * @param properties property names to plain Java values
     * @return the endpoint
     * @throws SdkClientException when the URL is not an absolute URL or a property does not have its expected form
     */
    public static Endpoint endpointAtHost(String scheme, String host, Map<String, List<String>> headers,
            Map<String, Object> properties) {
        if (!dnsName(host)) {
            return endpoint(scheme + "://" + host, headers, properties);
        }
        return endpoint(EndpointUrl.fromComponents(scheme, host, -1, ""), null, headers, properties);
    }

    private static EndpointUrl urlAtHost(String scheme, String host) {
        return dnsName(host) ? EndpointUrl.fromComponents(scheme, host, -1, "") : endpointUrl(scheme + "://" + host);
    }

    /**
     * The failure of an error rule.
     *
     * @param message the rule's message
     * @return the exception to throw
     */
    public static SdkClientException error(String message) {
        return SdkClientException.create(message);
    }

    /**
     * The failure when no rule applies: a rule set whose tree rules are not exhaustive for the given parameters.
     *
     * @return the exception to throw
     */
    public static SdkClientException noMatch() {
        return SdkClientException.create("Rule engine did not reach an error or endpoint result");
    }

    /**
     * A property object: names and values alternating, kept in order.
     *
     * @param namesAndValues a name, its value, the next name, and so on
     * @return an unmodifiable, insertion-ordered map
     */
    public static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> record = new LinkedHashMap<>(namesAndValues.length);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(record);
    }

    private static EndpointUrl endpointUrl(String url) {
        try {
            EndpointUrl endpointUrl = EndpointUrl.fromString(url);
            if (!plainUri(endpointUrl)) {
                endpointUrl.toUri();
            }
            return endpointUrl;
        } catch (IllegalArgumentException e) {
            throw SdkClientException.create("The endpoint rule set resolved an invalid URL: " + url, e);
        }
    }

    /**
     * Whether {@code java.net.URI} is sure to accept the URL, which then need not be parsed a second time: an
     * {@code http} or {@code https} URL whose host is a DNS name (labels of letters, digits and inner hyphens, the
     * last starting with a letter), with a path of unreserved characters and slashes only and no query or fragment,
     * as nearly every rule set resolves. Anything else is left to {@code URI} to judge.
     */
    static boolean plainUri(EndpointUrl url) {
        String scheme = url.scheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            return false;
        }
        String query = url.queryAndFragment();
        if (query != null && !query.isEmpty()) {
            return false;
        }
        return dnsName(url.host()) && plainPath(url.encodedPath());
    }

    private static boolean dnsName(String host) {
        int length = host == null ? 0 : host.length();
        if (length == 0) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= length; i++) {
            char c = i == length ? '.' : host.charAt(i);
            if (c == '.') {
                if (i == labelStart || host.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (c == '-') {
                if (i == labelStart) {
                    return false;
                }
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        int lastLabel = host.lastIndexOf('.') + 1;
        char first = host.charAt(lastLabel);
        return (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
    }

    private static boolean plainPath(String path) {
        if (path == null) {
            return true;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<? extends Map<String, ?>> maps(Object value) {
        for (Object element : (List<?>) value) {
            if (!(element instanceof Map)) {
                throw new IllegalArgumentException("authSchemes must be a list of objects, was " + value);
            }
        }
        return (List<? extends Map<String, ?>>) value;
    }

    private static List<String> strings(Object value) {
        List<?> list = (List<?>) value;
        for (Object element : list) {
            if (!(element instanceof String)) {
                throw new IllegalArgumentException("metricValues must be a list of strings, was " + value);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) list;
        return Collections.unmodifiableList(strings);
    }
}
