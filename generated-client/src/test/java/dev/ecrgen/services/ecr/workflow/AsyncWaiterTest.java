package dev.ecrgen.services.ecr.workflow;

import static dev.ecrgen.services.ecr.workflow.WorkflowClients.NO_DELAY;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.error;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.waiter.WaiterFailedException;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.model.DescribeImageScanFindingsResponse;
import dev.ecrgen.services.ecr.model.ScanNotFoundException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.waiters.EcrAsyncWaiter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** Async waiters through scripted state transitions on a loopback server. */
class AsyncWaiterTest {
    private static final String IN_PROGRESS = "{\"imageScanStatus\":{\"status\":\"IN_PROGRESS\"}}";
    private static final String COMPLETE = "{\"imageScanStatus\":{\"status\":\"COMPLETE\"}}";

    private LoopbackServer server;
    private EcrAsyncClient client;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = WorkflowClients.async(server);
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        client.close();
        server.close();
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        return assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void pollsWithoutBlockingUntilComplete() throws Exception {
        server.reply(ok(IN_PROGRESS), ok(IN_PROGRESS), ok(COMPLETE));
        EcrAsyncWaiter waiter = client.waiter();
        CompletableFuture<WaiterResponse<DescribeImageScanFindingsResponse>> waiting = waiter
                .waitUntilImageScanComplete(r -> r.repositoryName("app"), o -> o
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))));
        assertFalse(waiting.isDone(), "the caller is not blocked while the waiter polls");
        WaiterResponse<DescribeImageScanFindingsResponse> response = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(3, response.attemptsExecuted());
        assertEquals("COMPLETE", response.matched().response().orElseThrow().imageScanStatus().statusAsString());
        assertEquals(3, server.requests().size());
    }

    @Test
    void aFailureStateFailsTheFuture() {
        server.reply(ok(IN_PROGRESS), ok("{\"imageScanStatus\":{\"status\":\"FAILED\"}}"));
        EcrAsyncWaiter waiter = EcrAsyncWaiter.builder().client(client).overrideConfiguration(NO_DELAY)
                .scheduledExecutorService(scheduler).build();
        WaiterFailedException failure = assertInstanceOf(WaiterFailedException.class,
                failureOf(waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"))));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
        assertEquals(2, failure.attemptsExecuted());
    }

    @Test
    void anUnexpectedErrorFailsTheFutureWithItAsCause() {
        server.reply(error(400, "ScanNotFoundException", "no scan"));
        EcrAsyncWaiter waiter = EcrAsyncWaiter.builder().client(client).overrideConfiguration(NO_DELAY).build();
        WaiterFailedException failure = assertInstanceOf(WaiterFailedException.class,
                failureOf(waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"))));
        assertEquals(WaiterFailedException.Reason.UNEXPECTED_EXCEPTION, failure.reason());
        assertInstanceOf(ScanNotFoundException.class, failure.getCause());
    }

    @Test
    void timesOut() {
        server.reply(ok(IN_PROGRESS));
        EcrAsyncWaiter waiter = EcrAsyncWaiter.builder().client(client).scheduledExecutorService(scheduler).build();
        WaiterFailedException failure = assertInstanceOf(WaiterFailedException.class,
                failureOf(waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"), o -> o
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(80)))
                        .waitTimeout(Duration.ofMillis(200)))));
        assertEquals(WaiterFailedException.Reason.TIMEOUT, failure.reason());
        assertTrue(failure.attemptsExecuted() >= 1 && failure.attemptsExecuted() <= 3, failure.getMessage());
    }

    @Test
    void maxAttemptsFromTheWaiterOverride() {
        server.reply(ok(IN_PROGRESS));
        EcrAsyncWaiter waiter = EcrAsyncWaiter.builder().client(client)
                .overrideConfiguration(o -> o.maxAttempts(2).backoffStrategyV2(BackoffStrategy.retryImmediately()))
                .build();
        WaiterFailedException failure = assertInstanceOf(WaiterFailedException.class,
                failureOf(waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"))));
        assertEquals(WaiterFailedException.Reason.MAX_ATTEMPTS_EXCEEDED, failure.reason());
        assertEquals(2, server.requests().size());
    }
}
