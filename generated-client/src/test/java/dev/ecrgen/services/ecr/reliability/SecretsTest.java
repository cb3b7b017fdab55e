package dev.ecrgen.services.ecr.reliability;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesRequest;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Credentials never show in the client's toString, a request's toString or a service exception's text. */
class SecretsTest {
    @Test
    void noCredentialInToStringsOrServiceErrors() throws Exception {
        try (LoopbackServer server = new LoopbackServer().reply(Reply.json(403,
                "{\"__type\":\"UnrecognizedClientException\",\"message\":\"The security token included in the request is invalid.\"}"));
                EcrClient client = SecretMarker.client(server.endpoint(), RetryPolicy.none(), null, null)) {
            assertNull(SecretMarker.leak(client.toString()), "client toString: " + client);
            DescribeRepositoriesRequest request = DescribeRepositoriesRequest.builder().registryId("123456789012")
                    .repositoryNames("team/app").build();
            assertNull(SecretMarker.leak(request.toString()), "request toString");
            EcrException e = Assertions.assertThrows(EcrException.class, () -> client.describeRepositories(request));
            assertNull(SecretMarker.leak(SecretMarker.visibleText(e)), "service exception text");
            assertNull(SecretMarker.leak(e.awsErrorDetails().toString()), "error details toString");
            assertNull(SecretMarker.leak(String.valueOf(e.awsErrorDetails().headers())), "error details headers");
            Assertions.assertTrue(server.last().header("X-Amz-Security-Token").contains(SecretMarker.MARKER),
                    "the session token was really sent, so the checks above could have seen it");
        }
    }
}
