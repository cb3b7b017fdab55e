package dev.ecrgen.benchmarks.floor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One POST over {@code HttpURLConnection} with a buffered body (no streaming mode: the JDK sends headers and body in
 * one write, with Content-Length), the way a lean client sends a JSON-protocol call.
 */
final class BarePost {

    static final String DESCRIBE_REPOSITORIES = "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories";

    private BarePost() {
    }

    /** Sends the body with the given headers and returns the answer's body; fails on a status other than 200. */
    static byte[] send(URI endpoint, Map<String, List<String>> headers, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!"Host".equalsIgnoreCase(header.getKey()) && !"Content-Length".equalsIgnoreCase(header.getKey())) {
                connection.setRequestProperty(header.getKey(), header.getValue().get(0));
            }
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            byte[] answer = in.readAllBytes();
            if (status != 200) {
                throw new IOException("status " + status + ": " + new String(answer));
            }
            return answer;
        }
    }
}
