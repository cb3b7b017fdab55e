package dev.ecrgen.benchmarks.server;

import java.net.URI;

/** A loopback ECR stand-in the measured clients call. */
public interface EcrServer extends AutoCloseable {

    /** The endpoint to give a client, e.g. {@code http://127.0.0.1:41234}. */
    URI endpoint();

    /** Requests answered so far. */
    long requests();

    @Override
    void close();
}
