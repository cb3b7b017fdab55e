package dev.ecrgen.benchmarks.client;

import java.net.URI;

/**
 * The calls a benchmark makes, implemented once per client so the driver is the same for all. Implementations are
 * thread-safe: the steady-state runs call one instance from several threads.
 */
public interface EcrCalls extends AutoCloseable {

    /** {@code DescribeRepositories}; returns the number of repositories read (one from the loopback server). */
    int describeRepositories();

    /** {@code DescribeImages}; returns the number of images read (1000 from the loopback server). */
    int describeImages();

    /** Closes the client. */
    @Override
    void close();

    /**
     * Opens a client for an endpoint. The programs implement it with a plain class, not a lambda, to keep lambda
     * bootstrapping off the first call.
     */
    interface Factory {
        EcrCalls open(URI endpoint);
    }
}
