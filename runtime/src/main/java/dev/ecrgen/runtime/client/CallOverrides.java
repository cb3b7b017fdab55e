package dev.ecrgen.runtime.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How an {@link AwsRequestOverrideConfiguration} changes a call's request: its headers merged into each attempt's,
 * its query parameters appended to the URI. Header names are checked when the configuration is built, so that a bad
 * one fails there with its name rather than inside the HTTP client.
 */
final class CallOverrides {

    /**
     * Headers an HTTP message holds at most once; an override of one of these replaces the client's value, as the AWS
     * SDK does (its {@code SdkHttpUtils.isSingleHeader}).
     */
    private static final Set<String> SINGLE_HEADERS = Set.of(
            "age", "authorization", "content-length", "content-location", "content-md5", "content-range",
            "content-type", "date", "etag", "expires", "from", "host", "if-modified-since", "if-range",
            "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "range",
            "referer", "retry-after", "server", "user-agent");

    /** Set for each attempt after the overrides, as the AWS SDK's retry stage does, so an override cannot change it. */
    private static final String ATTEMPT_HEADER = "amz-sdk-request";

    private CallOverrides() {
    }

    /** A read-only, case-insensitive copy of the headers, each name an HTTP token and each value one line. */
    static Map<String, List<String>> checkedHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (!isToken(name)) {
                throw new IllegalArgumentException("AwsRequestOverrideConfiguration: '" + name
                        + "' is not a valid HTTP header name; use letters, digits and !#$%&'*+-.^_`|~ only");
            }
            for (String value : header.getValue()) {
                if (value == null || !isOneLine(value)) {
                    throw new IllegalArgumentException("AwsRequestOverrideConfiguration: header " + name
                            + " has a value that is null or holds a line break or control character");
                }
            }
            copy.put(name, Collections.unmodifiableList(new ArrayList<>(header.getValue())));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Merges the override's headers into an attempt's: a single header replaces the attempt's (whatever the case of
     * its name), any other adds its values after the attempt's.
     */
    static void mergeHeaders(Map<String, List<String>> attempt, Map<String, List<String>> overrides) {
        for (Map.Entry<String, List<String>> header : overrides.entrySet()) {
            String name = header.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals(ATTEMPT_HEADER)) {
                continue;
            }
            List<String> existing = removeIgnoringCase(attempt, name);
            if (existing == null || SINGLE_HEADERS.contains(lower)) {
                attempt.put(name, header.getValue());
            } else {
                List<String> values = new ArrayList<>(existing.size() + header.getValue().size());
                values.addAll(existing);
                values.addAll(header.getValue());
                attempt.put(name, values);
            }
        }
    }

    /** The request URI with the encoded query appended. */
    static URI withQuery(URI uri, String encodedQuery) {
        String base = uri.toString();
        String separator = uri.getRawQuery() == null ? "?" : "&";
        return URI.create(new StringBuilder(base.length() + encodedQuery.length() + 1)
                .append(base).append(separator).append(encodedQuery).toString());
    }

    private static List<String> removeIgnoringCase(Map<String, List<String>> headers, String name) {
        List<String> exact = headers.remove(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, List<String>>> it = headers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<String>> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                it.remove();
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
