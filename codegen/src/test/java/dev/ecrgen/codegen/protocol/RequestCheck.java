package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.protocol.LoopbackServer.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Compares the request that reached the loopback server with a case's {@code serialized} expectation: method, path,
 * the listed headers (exact values), required and forbidden headers, the body as JSON (numbers by value; a gzip body
 * is inflated first) and the host the client addressed.
 */
final class RequestCheck {
    private static final Set<String> KNOWN = Set.of("method", "uri", "headers", "forbidHeaders", "requireHeaders",
            "body", "host");

    private RequestCheck() {}

    /**
     * @param expected the case's {@code serialized} object
     * @param request the request as it arrived
     * @param addressed the URI the client asked its transport for
     * @param endpoint the endpoint the case's client was configured with (clientEndpoint), for the host check
     * @param loopbackAuthority host and port of the endpoint override that stands in for it
     */
    static void compare(JsonNode expected, RecordedRequest request, URI addressed, URI endpoint,
            String loopbackAuthority, List<String> differences) {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN.contains(key)) {
                differences.add("serialized." + key + ": this test does not know how to check it");
            }
        }
        if (expected.has("method") && !expected.get("method").asText().equals(request.method())) {
            differences.add("method: expected " + expected.get("method").asText() + " but was " + request.method());
        }
        if (expected.has("uri")) {
            String uri = originForm(expected.get("uri").asText());
            if (!uri.equals(request.uri())) {
                differences.add("uri: expected " + uri + " but was " + request.uri());
            }
        }
        for (Map.Entry<String, JsonNode> header : expected.path("headers").properties()) {
            String actual = header(request, header.getKey());
            if (!header.getValue().asText().equals(actual)) {
                differences.add("header " + header.getKey() + ": expected '" + header.getValue().asText() + "' but was "
                        + (actual == null ? "absent" : "'" + actual + "'"));
            }
        }
        for (JsonNode name : expected.path("requireHeaders")) {
            if (header(request, name.asText()) == null) {
                differences.add("header " + name.asText() + ": required but absent");
            }
        }
        for (JsonNode name : expected.path("forbidHeaders")) {
            String actual = header(request, name.asText());
            if (actual != null) {
                differences.add("header " + name.asText() + ": forbidden but was '" + actual + "'");
            }
        }
        if (expected.has("body")) {
            body(expected.get("body").asText(), request, differences);
        }
        if (expected.has("host")) {
            host(expected.get("host").asText(), addressed, endpoint, loopbackAuthority, request, differences);
        }
    }

    /** An empty path is sent as "/" (RFC 9110, 4.2.3); older suites write the root path as "". */
    private static String originForm(String uri) {
        return uri.isEmpty() || uri.startsWith("?") ? "/" + uri : uri;
    }

    private static void body(String expected, RecordedRequest request, List<String> differences) {
        String actual;
        try {
            actual = new String(decoded(request), StandardCharsets.UTF_8);
        } catch (IOException e) {
            differences.add("body: cannot inflate the gzip body: " + e.getMessage());
            return;
        }
        if (expected.isEmpty() || actual.isEmpty()) {
            if (!expected.equals(actual)) {
                differences.add("body: expected '" + expected + "' but was '" + actual + "'");
            }
            return;
        }
        JsonNode want;
        try {
            want = SuiteFile.JSON.readTree(expected);
        } catch (IOException e) {
            if (!expected.equals(actual)) {
                differences.add("body: expected (not JSON) '" + expected + "' but was '" + actual + "'");
            }
            return;
        }
        JsonNode got;
        try {
            got = SuiteFile.JSON.readTree(actual);
        } catch (IOException e) {
            differences.add("body: not JSON: '" + actual + "' (" + e.getMessage() + ")");
            return;
        }
        String found = JsonTrees.difference(want, got, "body");
        if (found != null) {
            differences.add(found + " (whole body " + shorten(actual) + ")");
        }
    }

    private static byte[] decoded(RecordedRequest request) throws IOException {
        String encoding = header(request, "Content-Encoding");
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            return request.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(request.body()))) {
            return in.readAllBytes();
        }
    }

    /**
     * The expected host is the client endpoint's host with any prefix the operation adds, and may end with the
     * endpoint's path. The loopback endpoint stands in for the client endpoint, so the prefix is checked on the host
     * the client addressed, and the path on the request path.
     */
    private static void host(String expected, URI addressed, URI endpoint, String loopbackAuthority,
            RecordedRequest request, List<String> differences) {
        int slash = expected.indexOf('/');
        String expectedHost = slash < 0 ? expected : expected.substring(0, slash);
        String expectedPath = slash < 0 ? "" : expected.substring(slash);
        String endpointHost = endpoint.getHost();
        if (!expectedHost.endsWith(endpointHost)) {
            differences.add("host: expected " + expected + ", which does not end with the endpoint host "
                    + endpointHost + " this test can stand in for");
            return;
        }
        String prefix = expectedHost.substring(0, expectedHost.length() - endpointHost.length());
        String wanted = prefix + loopbackAuthority;
        if (addressed == null || !wanted.equals(addressed.getRawAuthority())) {
            differences.add("host: expected " + wanted + " (" + expected + " with the loopback endpoint) but the client "
                    + "addressed " + (addressed == null ? "nothing" : addressed.getRawAuthority()));
        }
        if (!request.uri().startsWith(expectedPath)) {
            differences.add("host: expected the path to start with " + expectedPath + " but it was " + request.uri());
        }
    }

    private static String header(RecordedRequest request, String name) {
        List<String> values = request.headers().get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static String shorten(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
