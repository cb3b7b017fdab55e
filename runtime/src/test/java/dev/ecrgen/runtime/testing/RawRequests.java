package dev.ecrgen.runtime.testing;

import java.io.IOException;
import java.io.InputStream;

/** Reading requests off a raw socket, for test servers that write their answers byte by byte. */
public final class RawRequests {
    private RawRequests() {}

    /**
     * Reads up to the blank line after the headers, then the request body, whose length the head gives; stops early
     * when the client closes the connection.
     *
     * @param in the socket's input
     * @throws IOException when the socket fails
     */
    public static void read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
    }
}
