package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SignedPostMain} with SigV4 done by {@link JdkSigV4} instead of the AWS SDK's signer: the same POST, the same
 * JSON parse. The difference between the two is what the SDK signer costs a first call. Prints
 * {@code ANSWER <repositories>}.
 */
public final class JdkSignedPostMain {

    private JdkSignedPostMain() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        byte[] body = "{\"maxResults\":10}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> unsigned = new LinkedHashMap<>();
        unsigned.put("Content-Type", "application/x-amz-json-1.1");
        unsigned.put("X-Amz-Target", BarePost.DESCRIBE_REPOSITORIES);
        Map<String, String> signed = JdkSigV4.sign(endpoint, unsigned, body, "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "ecr", System.currentTimeMillis());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : signed.entrySet()) {
            headers.put(header.getKey(), List.of(header.getValue()));
        }
        byte[] answer = BarePost.send(endpoint, headers, body);
        int repositories = Repositories.count(answer);
        System.out.println("ANSWER " + repositories);
    }
}
