package dev.ecrgen.benchmarks.client;

import java.net.URI;

/** The official client as configured by default: the SDK picks its HTTP client from the classpath (apache5-client). Arguments: see {@link CallDriver}. */
public final class OfficialDefaultMain {

    private OfficialDefaultMain() {
    }

    public static void main(String[] args) {
        CallDriver.run(args, new EcrCalls.Factory() {
            @Override
            public EcrCalls open(URI endpoint) {
                return new OfficialCalls(endpoint, null);
            }
        });
    }
}
