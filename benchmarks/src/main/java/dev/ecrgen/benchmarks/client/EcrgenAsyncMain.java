package dev.ecrgen.benchmarks.client;

import java.net.URI;

/**
 * The generated async client; its transport as shipped unless {@code -Decrgen.bench.transport} names a candidate
 * (see {@link EcrgenAsyncCalls}). Arguments: see {@link AsyncDriver}.
 */
public final class EcrgenAsyncMain {

    private EcrgenAsyncMain() {
    }

    public static void main(String[] args) {
        AsyncDriver.run(args, new EcrAsyncCalls.Factory() {
            @Override
            public EcrAsyncCalls open(URI endpoint) {
                return new EcrgenAsyncCalls(endpoint);
            }
        });
    }
}
