package dev.ecrgen.runtime.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointAttributeKey;

/**
 * The attributes an endpoint provider compiled from a rule set puts on the {@link Endpoint}s it resolves. The keys'
 * names carry an {@code ecrgen.} prefix so that they never equal the AWS SDK's own keys, which hold other types.
 */
public final class EndpointAttributes {

    /** The endpoint's {@code authSchemes} property, in the rule set's order; absent when it has none. */
    public static final EndpointAttributeKey<List<EndpointAuthScheme>> AUTH_SCHEMES =
            EndpointAttributeKey.forList("ecrgen.AuthSchemes");

    /** The metric values (business metric codes) that resolving the endpoint recorded; absent when none. */
    public static final EndpointAttributeKey<List<String>> METRIC_VALUES =
            EndpointAttributeKey.forList("ecrgen.MetricValues");

    /**
     * Every property of the endpoint, {@code authSchemes} included, as plain Java values: {@link String},
     * {@link Boolean}, {@link Integer}, {@link List} and {@link Map} with string keys, in the rule set's order and
     * unmodifiable at every level (see {@link #properties}).
     */
    public static final EndpointAttributeKey<Map<String, Object>> PROPERTIES =
            new EndpointAttributeKey<>("ecrgen.Properties", mapClass());

    private EndpointAttributes() {
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapClass() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    /**
     * Copies endpoint properties into the form {@link #PROPERTIES} holds: insertion-ordered and unmodifiable maps and
     * unmodifiable lists all the way down, with the strings, booleans and integers as they are.
     *
     * @param properties the properties, by name
     * @return the copy
     * @throws IllegalArgumentException naming the property's path if a value is null or of another type
     */
    public static Map<String, Object> properties(Map<String, ?> properties) {
        return copyMap(properties, "properties");
    }

    private static Object copy(Object value, String path) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return value;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copy(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map) {
            return copyMap((Map<?, ?>) value, path);
        }
        throw new IllegalArgumentException("endpoint " + path + " must be a string, boolean, integer, list or map, was "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        if (map == null) {
            throw new IllegalArgumentException("endpoint " + path + " must be a map, was null");
        }
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("endpoint " + path + " has a key that is not a string: "
                        + entry.getKey());
            }
            String key = (String) entry.getKey();
            copy.put(key, copy(entry.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }
}
