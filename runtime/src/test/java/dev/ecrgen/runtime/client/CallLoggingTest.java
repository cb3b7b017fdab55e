package dev.ecrgen.runtime.client;

import static dev.ecrgen.runtime.client.ClientFixtures.CLOCK;
import static dev.ecrgen.runtime.client.ClientFixtures.ERRORS;
import static dev.ecrgen.runtime.client.ClientFixtures.LIST_IMAGES;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_READER;
import static dev.ecrgen.runtime.client.ClientFixtures.MAP_WRITER;
import static dev.ecrgen.runtime.client.ClientFixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.AsyncInvokerTest.TestAsyncBuilder;
import dev.ecrgen.runtime.client.ClientFixtures.EcrException;
import dev.ecrgen.runtime.client.ClientFixtures.RecordingSleeper;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.testing.CapturedLogs;
import dev.ecrgen.runtime.testing.LoopbackServer;
import dev.ecrgen.runtime.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * What a call logs at DEBUG on {@code dev.ecrgen.request}: each attempt with its status and request id, each retry with
 * its reason, the outcome; and never credentials, signatures, headers or the values of request or response members.
 */
class CallLoggingTest {

    private static final String ACCESS_KEY = "AKIDLOGTEST0000";
    private static final String SECRET_KEY = "secret/log+key+0123456789";
    private static final String SESSION_TOKEN = "session-token-0123456789";
    private static final String REQUEST_SECRET = "request-member-secret-42";
    private static final String RESPONSE_SECRET = "response-member-secret-43";
    private static final String ERROR_SECRET = "error-message-secret-44";
    private static final Pattern MILLIS = Pattern.compile("\\d+ ms");

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void script() {
        server.enqueue(Reply.json(503, "{\"__type\":\"ServiceUnavailableException\",\"message\":\"" + ERROR_SECRET
                + "\"}").header("x-amzn-RequestId", "req-1"));
        server.enqueue(Reply.json(200, "{\"token\":\"" + RESPONSE_SECRET + "\"}").header("x-amzn-RequestId", "req-2"));
    }

    private static final List<String> EXPECTED = List.of(
            "DEBUG dev.ecrgen.request: Ecr ListImages attempt 1: HTTP 503 ServiceUnavailableException, request id"
                    + " req-1, N ms",
            "DEBUG dev.ecrgen.request: Ecr ListImages retrying after attempt 1 (ServerError: HTTP 503"
                    + " ServiceUnavailableException), next attempt in N ms",
            "DEBUG dev.ecrgen.request: Ecr ListImages attempt 2: HTTP 200, request id req-2, N ms",
            "DEBUG dev.ecrgen.request: Ecr ListImages succeeded after 2 attempt(s) in N ms, request id req-2");

    @Test
    void aSyncCallLogsEachAttemptRetryAndOutcomeWithoutSecrets() {
        script();
        RecordingSleeper sleeper = new RecordingSleeper();
        try (SyncInvoker invoker = new SyncInvoker(builder(server, sleeper).credentialsProvider(sessionCredentials())
                .build(), ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of("password", REQUEST_SECRET), MAP_WRITER, MAP_READER, null);
        }
        assertEquals(EXPECTED, requestLines());
        assertNoSecrets();
    }

    @Test
    void anAsyncCallLogsTheSameLines() throws Exception {
        script();
        try (AsyncInvoker invoker = new AsyncInvoker(new TestAsyncBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(sessionCredentials())
                .endpointOverride(server.uri())
                .signingClock(CLOCK)
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(new RecordingSleeper()).build())
                .build(), ERRORS)) {
            invoker.invoke(LIST_IMAGES, Map.of("password", REQUEST_SECRET), MAP_WRITER, MAP_READER, null)
                    .get(10, TimeUnit.SECONDS);
        }
        assertEquals(EXPECTED, requestLines());
        assertNoSecrets();
    }

    @Test
    void anUnreadableBodyAndAFailedExchangeAreEachLoggedAsAnAttemptOnBothPaths() throws Exception {
        {
            // nothing listens on port 1: the exchange fails at once
            java.net.URI refused = java.net.URI.create("http://127.0.0.1:1");
            RetryPolicy twoAttempts = RetryPolicy.defaults().toBuilder().maxAttempts(2)
                    .sleeper(new RecordingSleeper()).build();
            for (java.net.URI endpoint : List.of(server.uri(), refused)) {
                server.enqueue(Reply.json(200, "{not json").header("x-amzn-RequestId", "req-1"))
                        .enqueue(Reply.json(200, "{}").header("x-amzn-RequestId", "req-2"));
                CapturedLogs.clear();
                try (SyncInvoker invoker = new SyncInvoker(builder(server, new RecordingSleeper())
                        .endpointOverride(endpoint).retryPolicy(twoAttempts).build(), ERRORS)) {
                    try {
                        invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null);
                    } catch (RuntimeException expected) {
                        // the refused endpoint fails every attempt
                    }
                }
                List<String> sync = attemptLines();
                server.enqueue(Reply.json(200, "{not json").header("x-amzn-RequestId", "req-1"))
                        .enqueue(Reply.json(200, "{}").header("x-amzn-RequestId", "req-2"));
                CapturedLogs.clear();
                try (AsyncInvoker invoker = new AsyncInvoker(new TestAsyncBuilder().region(Region.US_WEST_2)
                        .credentialsProvider(sessionCredentials()).endpointOverride(endpoint).signingClock(CLOCK)
                        .retryPolicy(twoAttempts).build(), ERRORS)) {
                    try {
                        invoker.invoke(LIST_IMAGES, Map.of(), MAP_WRITER, MAP_READER, null).get(10, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException expected) {
                        // as above
                    }
                }
                List<String> async = attemptLines();
                if (endpoint.equals(server.uri())) {
                    assertEquals(List.of("attempt 1: HTTP 200 SdkClientException, request id req-1, N ms",
                            "attempt 2: HTTP 200, request id req-2, N ms"), sync);
                } else {
                    assertEquals(2, sync.size(), sync.toString());
                    assertTrue(sync.stream().allMatch(line -> line.contains(": no response, SdkClientException")),
                            sync.toString());
                }
                assertEquals(sync, async, "the async path logs the same attempts");
            }
        }
    }

    /** The attempt lines, from "attempt" on. */
    private static List<String> attemptLines() {
        return requestLines().stream().filter(line -> line.contains(" attempt ") && !line.contains("retrying"))
                .filter(line -> !line.contains(" after "))
                .map(line -> line.substring(line.indexOf("attempt "))).collect(Collectors.toList());
    }

    @Test
    void aFailedCallLogsItsFailureWithoutTheServiceMessage() {
        server.otherwise(Reply.json(400, "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"" + ERROR_SECRET
                + "\"}").header("x-amzn-RequestId", "req-9"));
        try (SyncInvoker invoker = new SyncInvoker(builder(server, new RecordingSleeper())
                .credentialsProvider(sessionCredentials()).build(), ERRORS)) {
            assertThrows(EcrException.class, () -> invoker.invoke(LIST_IMAGES, Map.of("password", REQUEST_SECRET),
                    MAP_WRITER, MAP_READER, null));
        }
        assertEquals(List.of(
                "DEBUG dev.ecrgen.request: Ecr ListImages attempt 1: HTTP 400 RepositoryNotFoundException, request id"
                        + " req-9, N ms",
                "DEBUG dev.ecrgen.request: Ecr ListImages failed after 1 attempt(s) in N ms, request id req-9: HTTP"
                        + " 400 RepositoryNotFoundException"), requestLines());
        assertNoSecrets();
    }

    private static StaticCredentialsProvider sessionCredentials() {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
    }

    private static List<String> requestLines() {
        List<String> lines = CapturedLogs.lines().stream()
                .filter(line -> line.contains(" " + CallHooks.LOGGER_NAME + ": ")).collect(Collectors.toList());
        for (String line : lines) {
            java.util.regex.Matcher millis = MILLIS.matcher(line);
            while (millis.find()) {
                String number = millis.group();
                assertTrue(Long.parseLong(number.substring(0, number.length() - 3)) < 60_000,
                        "milliseconds of a loopback call: " + line);
            }
        }
        return lines.stream().map(line -> MILLIS.matcher(line).replaceAll("N ms")).collect(Collectors.toList());
    }

    private void assertNoSecrets() {
        assertFalse(server.requests().isEmpty());
        String authorization = server.requests().get(0).header("Authorization");
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        List<String> lines = CapturedLogs.lines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            for (String secret : List.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, REQUEST_SECRET, RESPONSE_SECRET,
                    ERROR_SECRET, signature, "Authorization", "X-Amz-Security-Token")) {
                assertFalse(line.contains(secret), "logged " + secret + ": " + line);
            }
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("request id")), "lines: " + lines);
    }
}
