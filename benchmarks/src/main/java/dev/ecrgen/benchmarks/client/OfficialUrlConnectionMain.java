package dev.ecrgen.benchmarks.client;

import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The official client over url-connection-client. Arguments: see {@link CallDriver}. */
public final class OfficialUrlConnectionMain {

    private OfficialUrlConnectionMain() {
    }

    public static void main(String[] args) {
        CallDriver.run(args, new EcrCalls.Factory() {
            @Override
            public EcrCalls open(URI endpoint) {
                return new OfficialCalls(endpoint, UrlConnectionHttpClient.builder());
            }
        });
    }
}
