package dev.ecrgen.benchmarks.floor;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Where the first HTTPS answer's time goes in a bare JDK program: one line {@code PHASE <name> <ms>} per step, each
 * the time since the one before, then {@code ANSWER <bytes>}. The steps: JVM start to {@code main}; the default TLS
 * context (reading the trust store named by {@code javax.net.ssl.trustStore}, or the JDK's {@code cacerts}); a TCP
 * connection and a TLS handshake on a socket of that context; then a whole unsigned {@code DescribeRepositories}
 * POST over {@code HttpsURLConnection}, which opens its own connection and so shakes hands again, now with the
 * handshake's classes loaded. Argument: the https endpoint.
 */
public final class TlsPhasesMain {

    private TlsPhasesMain() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        long start = System.nanoTime();
        System.out.println("PHASE jvm-start-to-main " + ManagementFactory.getRuntimeMXBean().getUptime());

        SSLContext context = SSLContext.getDefault();
        start = phase("default-tls-context", start);

        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(endpoint.getHost(),
                endpoint.getPort())) {
            socket.startHandshake();
        }
        start = phase("connect-and-first-handshake", start);

        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of(BarePost.DESCRIBE_REPOSITORIES));
        byte[] answer = BarePost.send(endpoint, headers, "{}".getBytes(StandardCharsets.UTF_8));
        phase("https-post-with-second-handshake", start);
        System.out.println("ANSWER " + answer.length);
    }

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        System.out.println("PHASE " + name + " " + (now - since) / 1_000_000);
        return now;
    }
}
