package dev.ecrgen.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Case-insensitive lookups in header maps whose keys keep the spelling they were sent with. */
public final class Headers {

    private Headers() {
    }

    /**
     * Returns the first value of the named header, comparing names without regard to case.
     *
     * @param headers the headers to search, may be null
     * @param name the header name
     * @return the first value, or null when the header is absent or has no value
     */
    public static String firstOrNull(Map<String, List<String>> headers, String name) {
        if (headers == null || name == null) {
            return null;
        }
        List<String> exact = headers.get(name);
        if (exact != null) {
            return exact.isEmpty() ? null : exact.get(0);
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            String key = entry.getKey();
            if (key != null && key.equalsIgnoreCase(name)) {
                List<String> values = entry.getValue();
                return values == null || values.isEmpty() ? null : values.get(0);
            }
        }
        return null;
    }

    /**
     * Returns the first value of the named header, comparing names without regard to case.
     *
     * @param headers the headers to search, may be null
     * @param name the header name
     * @return the first value, if any
     */
    public static Optional<String> first(Map<String, List<String>> headers, String name) {
        return Optional.ofNullable(firstOrNull(headers, name));
    }

    /**
     * Tells whether the map holds the named header, comparing names without regard to case.
     *
     * @param headers the headers to search
     * @param name the header name
     * @return true when a header of that name is present
     */
    public static boolean contains(Map<String, List<String>> headers, String name) {
        if (headers.containsKey(name)) {
            return true;
        }
        for (String key : headers.keySet()) {
            if (key != null && key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
