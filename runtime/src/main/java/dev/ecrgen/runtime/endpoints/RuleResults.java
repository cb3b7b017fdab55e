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
        Endpoint.Builder endpoint = Endpoint.builder().endpointUrl(endpointUrl(url));
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
                throw SdkClientException.create("The endpoint rule set resolved " + url
                        + " with properties of the wrong form: " + e.getMessage(), e);
            }
        }
        return endpoint.build();
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
            endpointUrl.toUri();
            return endpointUrl;
        } catch (IllegalArgumentException e) {
            throw SdkClientException.create("The endpoint rule set resolved an invalid URL: " + url, e);
        }
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
