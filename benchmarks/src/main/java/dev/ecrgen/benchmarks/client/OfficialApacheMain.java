package dev.ecrgen.benchmarks.client;

import java.net.URI;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/** The official client over apache-client (Apache HttpClient 4). Arguments: see {@link CallDriver}. */
// apache-client is deprecated in favour of apache5-client, and measured all the same: many users still run on it
@SuppressWarnings("deprecation")
public final class OfficialApacheMain {

    private OfficialApacheMain() {
    }

    public static void main(String[] args) {
        CallDriver.run(args, new EcrCalls.Factory() {
            @Override
            public EcrCalls open(URI endpoint) {
                return new OfficialCalls(endpoint, ApacheHttpClient.builder());
            }
        });
    }
}
