package dev.ecrgen.benchmarks.floor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The most calls per second the loopback server can answer to plain JDK code, for {@code DescribeRepositories}:
 * {@code raw <endpoint> <threads> <warmup s> <measure s>} writes prebuilt requests on one keep-alive socket per thread
 * and reads the answers by Content-Length; {@code urlconnection ...} sends the same POST through
 * {@code HttpURLConnection} with a buffered body. Prints {@code RESULT calls=<n> ... callsPerSecond=<x>}.
 */
public final class LoadMain {

    private LoadMain() {
    }

    /** One call on a worker's own connection. */
    private interface Caller {
        void call() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[1]);
        int threads = Integer.parseInt(args[2]);
        long measureStart = System.nanoTime() + (long) (Double.parseDouble(args[3]) * 1e9);
        double measureSeconds = Double.parseDouble(args[4]);
        long measureEnd = measureStart + (long) (measureSeconds * 1e9);
        boolean raw = "raw".equals(args[0]);
        long[] counts = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            Thread worker = new Thread(() -> {
                try {
                    Caller caller = raw ? rawCaller(endpoint) : urlConnectionCaller(endpoint);
                    long counted = 0;
                    while (true) {
                        caller.call();
                        long now = System.nanoTime();
                        if (now >= measureEnd) {
                            break;
                        }
                        if (now >= measureStart) {
                            counted++;
                        }
                    }
                    counts[slot] = counted;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            failure.get().printStackTrace();
            System.exit(1);
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double perSecond = total / measureSeconds;
        System.out.printf("RESULT calls=%d seconds=%.3f callsPerSecond=%.1f msPerCall=%.4f%n", total, measureSeconds,
                perSecond, threads * 1000.0 / perSecond);
    }

    private static Caller urlConnectionCaller(URI endpoint) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of(BarePost.DESCRIBE_REPOSITORIES));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        return () -> BarePost.send(endpoint, headers, body);
    }

    private static Caller rawCaller(URI endpoint) throws IOException {
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
