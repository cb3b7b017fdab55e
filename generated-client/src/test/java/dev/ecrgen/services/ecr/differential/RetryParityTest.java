package dev.ecrgen.services.ecr.differential;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.differential.FaultParity.Fault;
import dev.ecrgen.services.ecr.differential.FaultParity.Outcome;
import dev.ecrgen.services.ecr.differential.FaultParity.Script;
import dev.ecrgen.services.ecr.differential.FaultParity.Side;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * With default settings on both sides, our client makes as many attempts as the official one for the failures the
 * AWS SDK retries (server errors, throttling, unreadable 200 responses, broken and stalled connections) and for those
 * it does not retry, and the call ends the same way: our sync client against the official one on
 * {@code HttpURLConnection} and on Apache, our async client against the official one on Netty.
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

    @AfterAll
    static void stopEventLoops() {
        FaultParity.shutdown();
    }

    static Stream<Arguments> faults() {
        return Stream.of(Fault.values()).flatMap(f -> Stream.of(Script.values()).map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faults")
    void faultsEndAsWithTheOfficialClient(Fault fault, Script script) throws Exception {
        // each client meets the fault on its own server, all at once (the time is the slowest one's backoff), or one
        // after the other where attempts end on a short timeout that other clients' work could eat into
        Map<Side, CompletableFuture<Outcome>> running = new EnumMap<>(Side.class);
        ExecutorService pool = Executors.newFixedThreadPool(fault.attemptTimeout == null ? Side.values().length : 1);
        try {
            for (Side side : Side.values()) {
                running.put(side, CompletableFuture.supplyAsync(() -> meet(side, fault, script), pool));
            }
        } finally {
            pool.shutdown();
        }
        Map<Side, Outcome> outcomes = new EnumMap<>(Side.class);
        for (Map.Entry<Side, CompletableFuture<Outcome>> side : running.entrySet()) {
            outcomes.put(side.getKey(), side.getValue().get(60, TimeUnit.SECONDS));
        }
        System.out.println("[retry-parity] " + fault + " on " + script + ": " + outcomes);
        assertAll(
                same(fault, script, outcomes, Side.OFFICIAL_URL_CONNECTION, Side.OURS_SYNC),
                same(fault, script, outcomes, Side.OFFICIAL_APACHE5, Side.OURS_SYNC),
                same(fault, script, outcomes, Side.OFFICIAL_NETTY, Side.OURS_ASYNC));
    }

    private static Outcome meet(Side side, Fault fault, Script script) {
        try {
            return side.meet(fault, script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Executable same(Fault fault, Script script, Map<Side, Outcome> outcomes, Side official,
            Side ours) {
        return () -> assertEquals(outcomes.get(official), outcomes.get(ours),
                fault + " on " + script + ": " + official + " against " + ours);
    }

    private static String[] attemptHeaders(int attempts) {
        String[] headers = new String[attempts];
        for (int i = 0; i < attempts; i++) {
            headers[i] = "attempt=" + (i + 1) + "; max=4";
        }
        return headers;
    }
}
