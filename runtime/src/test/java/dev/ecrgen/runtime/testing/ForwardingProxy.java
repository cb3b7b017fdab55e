package dev.ecrgen.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain-HTTP forwarding proxy on 127.0.0.1 for tests: it takes absolute-form requests ({@code POST http://host:port/
 * HTTP/1.1}), records each request line and its {@code Proxy-Authorization}, forwards the request to its host without
 * the proxy headers, and relays the answer; one exchange per connection. A {@code CONNECT} is recorded and refused. When built with credentials, a request
 * without them is answered 407 with a Basic challenge.
 */
public final class ForwardingProxy implements AutoCloseable {

    /** One request as the proxy saw it. */
    public record Seen(String requestLine, String proxyAuthorization) {
    }

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "forwarding-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final String requiredAuthorization;
    private final List<Seen> seen = new ArrayList<>();
    private int challengesLeft;

    private ForwardingProxy(String requiredAuthorization, int challenges) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        this.challengesLeft = challenges;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    /** Starts a proxy that forwards every request. */
    public static ForwardingProxy start() throws IOException {
        return new ForwardingProxy(null, 0);
    }

    /** Starts a proxy that forwards only requests with this {@code Proxy-Authorization} value. */
    public static ForwardingProxy requiring(String proxyAuthorization) throws IOException {
        return new ForwardingProxy(proxyAuthorization, 0);
    }

    /**
     * As {@link #requiring}, but answers the first request 407 whatever it carries, as a proxy does that ignores
     * credentials sent ahead of its challenge.
     */
    public static ForwardingProxy challengingFirst(String proxyAuthorization) throws IOException {
        return new ForwardingProxy(proxyAuthorization, 1);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                executor.execute(() -> exchange(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void exchange(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String authorization = null;
            int length = 0;
            StringBuilder forwarded = new StringBuilder();
            String[] requestLine = lines[0].split(" ");
            if (requestLine[0].equals("CONNECT")) {
                // no tunnels here: the request is recorded, with any credentials it carried, and refused
                String connectAuthorization = null;
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
                        connectAuthorization = lines[i].substring(lines[i].indexOf(':') + 1).trim();
                    }
                }
                synchronized (this) {
                    seen.add(new Seen(lines[0], connectAuthorization));
                }
                client.getOutputStream().write(("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close"
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            URI target = URI.create(requestLine[1]);
            forwarded.append(requestLine[0]).append(' ').append(target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                    .append(" HTTP/1.1\r\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).trim();
                if (name.equals("proxy-authorization")) {
                    authorization = value;
                    continue;
                }
                if (name.equals("proxy-connection") || name.equals("connection")) {
                    continue;
                }
                if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                }
                forwarded.append(line).append("\r\n");
            }
            forwarded.append("Connection: close\r\n\r\n");
            byte[] body = in.readNBytes(length);
            synchronized (this) {
                seen.add(new Seen(lines[0], authorization));
            }
            OutputStream out = client.getOutputStream();
            boolean challenge;
            synchronized (this) {
                challenge = challengesLeft > 0;
                challengesLeft -= challenge ? 1 : 0;
            }
            if (requiredAuthorization != null && (challenge || !requiredAuthorization.equals(authorization))) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                OutputStream up = upstream.getOutputStream();
                up.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                up.write(body);
                up.flush();
                upstream.getInputStream().transferTo(out);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client sees the connection close
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        executor.shutdownNow();
    }
}
