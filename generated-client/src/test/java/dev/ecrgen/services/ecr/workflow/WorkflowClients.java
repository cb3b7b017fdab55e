package dev.ecrgen.services.ecr.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.runtime.client.ClientBuilder;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Recorded;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** Clients aimed at a loopback server, and helpers to script and read the exchanges of the workflow tests. */
final class WorkflowClients {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final String TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921.";

    /** Polls without waiting, so waiter tests take no real time. */
    static final WaiterOverrideConfiguration NO_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowClients() {}

    static EcrClient sync(LoopbackServer server) {
        return aimedAt(EcrClient.builder(), server);
    }

    static EcrAsyncClient async(LoopbackServer server) {
        return aimedAt(EcrAsyncClient.builder(), server);
    }

    /**
     * An async client whose exchanges run on the calling thread, each future complete when returned: once a
     * subscriber's {@code request(n)} returns, every call it caused has been made and answered, so tests count
     * requests without waiting.
     */
    static EcrAsyncClient asyncOnCallingThread(LoopbackServer server) {
        dev.ecrgen.runtime.transport.UrlConnectionTransport wire = dev.ecrgen.runtime.transport.UrlConnectionTransport
                .create();
        return aimedAt(EcrAsyncClient.builder().httpTransport((request, timeout) -> {
            try {
                return java.util.concurrent.CompletableFuture.completedFuture(wire.execute(request, timeout));
            } catch (java.io.IOException e) {
                return java.util.concurrent.CompletableFuture.failedFuture(e);
            }
        }), server);
    }

    /** Static credentials, a fixed signing clock and no retries, for either client. */
    private static <B extends ClientBuilder<B, C, ?>, C> C aimedAt(B builder, LoopbackServer server) {
        return builder.region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .endpointOverride(server.endpoint())
                .signingClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    static Reply ok(String json) {
        return Reply.json(200, json);
    }

    static Reply error(int status, String code, String message) {
        return new Reply(status, Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-RequestId", "req-" + code),
                "{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    /** The JSON body of every recorded request. */
    static List<JsonNode> bodies(LoopbackServer server) {
        List<JsonNode> bodies = new ArrayList<>();
        synchronized (server.requests()) {
            for (Recorded request : server.requests()) {
                bodies.add(json(request.bodyText()));
            }
        }
        return bodies;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server has seen at least {@code count} requests. */
    static void awaitRequests(LoopbackServer server, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.requests().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " requests, got " + server.requests().size());
            }
            Thread.sleep(5);
        }
    }
}
