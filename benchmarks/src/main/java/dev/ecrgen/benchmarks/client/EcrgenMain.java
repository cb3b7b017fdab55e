package dev.ecrgen.benchmarks.client;

import java.net.URI;

/** The generated client, as shipped (its only transport: HttpURLConnection). Arguments: see {@link CallDriver}. */
public final class EcrgenMain {

    private EcrgenMain() {
    }

    public static void main(String[] args) {
        CallDriver.run(args, new EcrCalls.Factory() {
            @Override
            public EcrCalls open(URI endpoint) {
                return new EcrgenCalls(endpoint);
            }
        });
    }
}
