package dev.ecrgen.services.ecr.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * With default settings on both sides, our client makes as many attempts as the official one for the failures the
 * AWS SDK retries (server errors and throttling) and for one it does not retry.
 */
class RetryParityTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "500, InternalFailure",
        "503, ServiceUnavailable",
        "400, ThrottlingException",
        "400, ValidationException"
    })
    void attemptsMatchTheOfficialClient(int status, String code) throws Exception {
        Reply failure = new Reply(status, Map.of("Content-Type", "application/x-amz-json-1.1",
                "x-amzn-RequestId", "r-1"), "{\"__type\":\"" + code + "\",\"message\":\"no\"}");
        int ours;
        try (LoopbackServer server = new LoopbackServer().reply(failure);
                EcrClient client = EcrClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                        .endpointOverride(server.endpoint()).build()) {
            EcrException e = assertThrows(EcrException.class, () -> client.listImages(r -> r.repositoryName("x")));
            ours = server.requests().size();
            assertEquals(ours, e.numAttempts(), "the exception reports the attempts made");
            assertEquals(List.of(attemptHeaders(ours)), List.of(server.requests().stream()
                    .map(r -> r.header("amz-sdk-request")).toArray(String[]::new)));
        }
        int official;
        try (LoopbackServer server = new LoopbackServer().reply(failure);
                software.amazon.awssdk.services.ecr.EcrClient client = software.amazon.awssdk.services.ecr.EcrClient
                        .builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                        .httpClient(UrlConnectionHttpClient.create()).endpointOverride(server.endpoint()).build()) {
            assertThrows(AwsServiceException.class, () -> client.listImages(r -> r.repositoryName("x")));
            official = server.requests().size();
        }
        assertEquals(official, ours, status + " " + code + ": attempts made by the official client and by ours");
    }

    private static String[] attemptHeaders(int attempts) {
        String[] headers = new String[attempts];
        for (int i = 0; i < attempts; i++) {
            headers[i] = "attempt=" + (i + 1) + "; max=4";
        }
        return headers;
    }
}
