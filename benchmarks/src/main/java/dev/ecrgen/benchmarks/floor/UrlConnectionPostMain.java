package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One unsigned {@code DescribeRepositories} POST over {@code HttpURLConnection}; prints {@code ANSWER <bytes>}. */
public final class UrlConnectionPostMain {

    private UrlConnectionPostMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of(BarePost.DESCRIBE_REPOSITORIES));
        byte[] answer = BarePost.send(URI.create(args[0]), headers, "{}".getBytes(StandardCharsets.UTF_8));
        System.out.println("ANSWER " + answer.length);
    }
}
