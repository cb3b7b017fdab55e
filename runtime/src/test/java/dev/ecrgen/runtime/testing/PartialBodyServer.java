package dev.ecrgen.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A raw socket server on 127.0.0.1 that answers each request with a 200 announcing 100 bytes, sends 10 of them, and
 * then closes the connection or goes silent until the client hangs up, which it notes.
 */
public final class PartialBodyServer implements AutoCloseable {
    /** The ten bytes that are sent of the announced hundred. */
    public static final String SENT = "{\"a\":\"bcde";

    private final ServerSocket server;
    private final boolean stall;
    private final CountDownLatch clientClosed = new CountDownLatch(1);
    private final Thread acceptor;

    private PartialBodyServer(boolean stall) throws IOException {
        this.stall = stall;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = new Thread(this::serve, "partial-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that closes the connection after the ten bytes. */
    public static PartialBodyServer cutShort() throws IOException {
        return new PartialBodyServer(false);
    }

    /** A server that sends nothing after the ten bytes until the client closes the connection. */
    public static PartialBodyServer stalled() throws IOException {
        return new PartialBodyServer(true);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** Waits for the client to close the stalled connection; true when it did in time. */
    public boolean awaitClientClose(long millis) throws InterruptedException {
        return clientClosed.await(millis, TimeUnit.MILLISECONDS);
    }

    private void serve() {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            RawRequests.read(in);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n"
                    + SENT).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (stall) {
                while (in.read() >= 0) {
                    // the client sends nothing more; the read ends when it closes the connection
                }
                clientClosed.countDown();
            }
        } catch (IOException e) {
            clientClosed.countDown();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
