package dev.ecrgen.benchmarks.floor;

import dev.ecrgen.benchmarks.client.TimedLoop;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most calls per second the loopback server can answer to plain JDK code, for {@code DescribeRepositories}:
 * {@code raw <endpoint> <threads> <warmup s> <measure s>} writes prebuilt requests on one keep-alive socket per thread
 * and reads the answers by Content-Length; {@code urlconnection ...} sends the same POST through
 * {@code HttpURLConnection} with a buffered body. Prints {@code RESULT calls=<n> ... callsPerSecond=<x>}.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[1]);
        boolean raw = "raw".equals(args[0]);
        System.exit(TimedLoop.run(Integer.parseInt(args[2]), Double.parseDouble(args[3]), Double.parseDouble(args[4]),
                () -> raw ? rawCaller(endpoint) : urlConnectionCaller(endpoint)));
    }

    private static TimedLoop.Call urlConnectionCaller(URI endpoint) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of(BarePost.DESCRIBE_REPOSITORIES));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        return () -> BarePost.send(endpoint, headers, body);
    }

    private static TimedLoop.Call rawCaller(URI endpoint) throws IOException {
        Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setTcpNoDelay(true);
        byte[] request = ("POST / HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: " + BarePost.DESCRIBE_REPOSITORIES + "\r\n"
                + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
        return () -> {
            out.write(request);
            out.flush();
            int length = readHeaders(in);
            in.readNBytes(length);
        };
    }

    /** Reads a response's status line and headers; returns its Content-Length. */
    private static int readHeaders(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int length = -1;
        boolean first = true;
        while (true) {
            line.setLength(0);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (line.length() == 0) {
                if (length < 0) {
                    throw new IOException("answer without Content-Length");
                }
                return length;
            }
            if (first) {
                if (!line.toString().startsWith("HTTP/1.1 200")) {
                    throw new IOException("unexpected status line: " + line);
                }
                first = false;
            } else if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
    }
}
