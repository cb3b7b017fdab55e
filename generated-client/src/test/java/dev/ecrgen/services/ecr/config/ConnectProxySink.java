package dev.ecrgen.services.ecr.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP proxy on 127.0.0.1 that logs the target of every {@code CONNECT host:port} it receives and refuses it with
 * 403, so an https endpoint the client resolved becomes an observable host without any network. Each connection
 * carries one request.
 */
final class ConnectProxySink implements AutoCloseable {
    private static final byte[] REFUSAL = ("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final WireLog log;
    private final Thread acceptor;

    ConnectProxySink(WireLog log) throws IOException {
        this.log = log;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "connect-proxy-sink-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                String requestLine = readHead(client.getInputStream());
                if (requestLine != null) {
                    int space = requestLine.indexOf(' ');
                    int second = requestLine.indexOf(' ', space + 1);
                    String method = space < 0 ? requestLine : requestLine.substring(0, space);
                    String target = second < 0 ? requestLine.substring(space + 1) : requestLine.substring(space + 1, second);
                    log.add(method + " " + target);
                }
                OutputStream out = client.getOutputStream();
                out.write(REFUSAL);
                out.flush();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                log.add("proxy failure " + e);
            }
        }
    }

    /** Reads up to the blank line ending the request head; returns its first line, or null on an empty connection. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            int n = head.length();
            if (n >= 4 && head.charAt(n - 4) == '\r' && head.charAt(n - 3) == '\n' && head.charAt(n - 2) == '\r'
                    && head.charAt(n - 1) == '\n') {
                break;
            }
        }
        int end = head.indexOf("\r\n");
        return head.length() == 0 ? null : end < 0 ? head.toString() : head.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
