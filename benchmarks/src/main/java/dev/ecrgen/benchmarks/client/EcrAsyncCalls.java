package dev.ecrgen.benchmarks.client;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The calls an async benchmark makes, implemented once per async client; thread-safe. */
public interface EcrAsyncCalls extends AutoCloseable {

    /** {@code DescribeRepositories}; completes with the number of repositories read (one from the loopback server). */
    CompletableFuture<Integer> describeRepositories();

    /** Closes the client. */
    @Override
    void close();

    /** Opens a client for an endpoint (a plain class, not a lambda, keeps lambda bootstrapping off a cold call). */
    interface Factory {
        EcrAsyncCalls open(URI endpoint);
    }
}
