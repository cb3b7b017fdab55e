package dev.ecrgen.benchmarks.server;

import dev.ecrgen.benchmarks.payload.CannedReplies;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;

/**
 * The least an HTTP/1.1 server can do for the benchmarks' calls, so that a client's own cost shows: one thread per
 * keep-alive connection on 127.0.0.1 reads the request line and headers (taking only {@code Content-Length},
 * {@code X-Amz-Target} and {@code Connection}), skips the body and writes a prebuilt answer (status line, headers and
 * the canned body of the operation, in one write). No chunked requests, no pipelining beyond what arrives in order.
 */
public final class MinimalEcrServer implements EcrServer {

    private final ServerSocket listener;
    private final CannedReplies replies = new CannedReplies();
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final Map<Socket, Boolean> open = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private MinimalEcrServer() throws IOException {
        listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "minimal-ecr-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts the server on an ephemeral port. */
    public static MinimalEcrServer start() {
        try {
            return new MinimalEcrServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the minimal loopback server: " + e.getMessage(), e);
        }
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    @Override
    public long requests() {
        return requests.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                open.put(socket, Boolean.TRUE);
                Thread connection = new Thread(() -> serve(socket), "minimal-ecr");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("minimal server: accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 65536);
            StringBuilder line = new StringBuilder(128);
            while (true) {
                // request line; a clean end of the stream between requests ends the connection
                if (!readLine(in, line)) {
                    return;
                }
                long length = 0;
                String target = null;
                boolean close = false;
                while (readLine(in, line) && line.length() > 0) {
                    int colon = line.indexOf(":");
                    if (colon <= 0) {
                        continue;
                    }
                    String name = line.substring(0, colon);
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(line.substring(colon + 1).trim());
                    } else if (name.equalsIgnoreCase("X-Amz-Target")) {
                        target = line.substring(colon + 1).trim();
                    } else if (name.equalsIgnoreCase("Connection")) {
                        close = line.substring(colon + 1).trim().equalsIgnoreCase("close");
                    }
                }
                if (in.available() < length) {
                    // The body comes in a segment of its own: acknowledge the headers now. A client that sends them
                    // apart with Nagle's algorithm on (the official Netty client does) would otherwise wait for the
                    // delayed acknowledgement, about 40 ms, before sending the body.
                    socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                }
                in.skipNBytes(length);
                out.write(answer(target));
                out.flush();
                requests.incrementAndGet();
                if (close) {
                    return;
                }
            }
        } catch (SocketException e) {
            // the client closed its connection
        } catch (IOException e) {
            if (!closed) {
                System.err.println("minimal server: " + e.getMessage());
            }
        } finally {
            open.remove(socket);
        }
    }

    private byte[] answer(String target) {
        String key = target == null ? "" : target;
        byte[] ready = answers.get(key);
        if (ready == null) {
            byte[] body = replies.forTarget(target);
            String status = "200 OK";
            if (body == null) {
                status = "400 Bad Request";
                body = replies.unknownOperation();
            }
            byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: application/x-amz-json-1.1\r\n"
                    + "x-amzn-RequestId: 00000000-0000-4000-8000-000000000000\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            ready = new byte[head.length + body.length];
            System.arraycopy(head, 0, ready, 0, head.length);
            System.arraycopy(body, 0, ready, head.length, body.length);
            answers.put(key, ready);
        }
        return ready;
    }

    /** Reads one CRLF-terminated line into {@code line}; false at the end of the stream. */
    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        while (true) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            if (c == '\n') {
                return true;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open.keySet()) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
