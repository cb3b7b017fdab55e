package dev.ecrgen.runtime.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a resolved endpoint's {@code authSchemes} property: how requests to that endpoint are signed, e.g.
 * {@code {"name": "sigv4", "signingName": "ecr", "signingRegion": "us-east-1"}}. Immutable; attributes the entry does
 * not give are null.
 */
public final class EndpointAuthScheme {

    private final String name;
    private final String signingName;
    private final String signingRegion;
    private final List<String> signingRegionSet;
    private final Boolean disableDoubleEncoding;
    private final Boolean disableNormalizePath;

    private EndpointAuthScheme(String name, String signingName, String signingRegion, List<String> signingRegionSet,
            Boolean disableDoubleEncoding, Boolean disableNormalizePath) {
        this.name = name;
        this.signingName = signingName;
        this.signingRegion = signingRegion;
        this.signingRegionSet = signingRegionSet;
        this.disableDoubleEncoding = disableDoubleEncoding;
        this.disableNormalizePath = disableNormalizePath;
    }

    /**
     * Builds one entry from the property's value as plain Java values. Keys other than {@code name},
     * {@code signingName}, {@code signingRegion}, {@code signingRegionSet}, {@code disableDoubleEncoding} and
     * {@code disableNormalizePath} are ignored.
     *
     * @param scheme the entry: a map with a string {@code name}
     * @return the auth scheme
     * @throws IllegalArgumentException if the name is missing or a known key holds a value of the wrong type
     */
    public static EndpointAuthScheme from(Map<String, ?> scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("authSchemes: an entry is null; each entry must be an object");
        }
        String name = string(scheme, "name");
        if (name == null) {
            throw new IllegalArgumentException("authSchemes: an entry has no name: " + scheme);
        }
        return new EndpointAuthScheme(name, string(scheme, "signingName"), string(scheme, "signingRegion"),
                strings(scheme, "signingRegionSet"), bool(scheme, "disableDoubleEncoding"),
                bool(scheme, "disableNormalizePath"));
    }

    /**
     * Builds the entries of an {@code authSchemes} property value, in order.
     *
     * @param authSchemes the property's value: a list of maps
     * @return the auth schemes, unmodifiable
     * @throws IllegalArgumentException if the list is null or an entry is not valid (see {@link #from})
     */
    public static List<EndpointAuthScheme> listFrom(List<? extends Map<String, ?>> authSchemes) {
        if (authSchemes == null) {
            throw new IllegalArgumentException("authSchemes: the property is null; it must be a list of objects");
        }
        List<EndpointAuthScheme> schemes = new ArrayList<>(authSchemes.size());
        for (Map<String, ?> scheme : authSchemes) {
            schemes.add(from(scheme));
        }
        return Collections.unmodifiableList(schemes);
    }

    private static String string(Map<String, ?> scheme, String key) {
        Object value = scheme.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(scheme, key, "a string");
    }

    private static Boolean bool(Map<String, ?> scheme, String key) {
        Object value = scheme.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrongType(scheme, key, "a boolean");
    }

    private static List<String> strings(Map<String, ?> scheme, String key) {
        Object value = scheme.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            List<String> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String)) {
                    throw wrongType(scheme, key, "a list of strings");
                }
                copy.add((String) item);
            }
            return Collections.unmodifiableList(copy);
        }
        throw wrongType(scheme, key, "a list of strings");
    }

    private static IllegalArgumentException wrongType(Map<String, ?> scheme, String key, String expected) {
        return new IllegalArgumentException("authSchemes: " + key + " of " + scheme.get("name") + " must be "
                + expected + ", was " + scheme.get(key));
    }

    /**
     * Returns the scheme's name, e.g. {@code sigv4} or {@code sigv4a}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the service name to sign with, e.g. {@code ecr}.
     *
     * @return the signing name, or null when the entry has none
     */
    public String signingName() {
        return signingName;
    }

    /**
     * Returns the region to sign for ({@code sigv4}).
     *
     * @return the signing region, or null when the entry has none
     */
    public String signingRegion() {
        return signingRegion;
    }

    /**
     * Returns the regions a {@code sigv4a} signature is valid in, e.g. {@code [*]}.
     *
     * @return the region set, unmodifiable, or null when the entry has none
     */
    public List<String> signingRegionSet() {
        return signingRegionSet;
    }

    /**
     * Returns whether the path must not be escaped a second time for the signature.
     *
     * @return the flag, or null when the entry does not say
     */
    public Boolean disableDoubleEncoding() {
        return disableDoubleEncoding;
    }

    /**
     * Returns whether the path must not be normalized for the signature.
     *
     * @return the flag, or null when the entry does not say
     */
    public Boolean disableNormalizePath() {
        return disableNormalizePath;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EndpointAuthScheme)) {
            return false;
        }
        EndpointAuthScheme other = (EndpointAuthScheme) o;
        return name.equals(other.name) && Objects.equals(signingName, other.signingName)
                && Objects.equals(signingRegion, other.signingRegion)
                && Objects.equals(signingRegionSet, other.signingRegionSet)
                && Objects.equals(disableDoubleEncoding, other.disableDoubleEncoding)
                && Objects.equals(disableNormalizePath, other.disableNormalizePath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, signingName, signingRegion, signingRegionSet, disableDoubleEncoding,
                disableNormalizePath);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EndpointAuthScheme(name=").append(name);
        append(text, "signingName", signingName);
        append(text, "signingRegion", signingRegion);
        append(text, "signingRegionSet", signingRegionSet);
        append(text, "disableDoubleEncoding", disableDoubleEncoding);
        append(text, "disableNormalizePath", disableNormalizePath);
        return text.append(')').toString();
    }

    private static void append(StringBuilder text, String key, Object value) {
        if (value != null) {
            text.append(", ").append(key).append('=').append(value);
        }
    }
}
