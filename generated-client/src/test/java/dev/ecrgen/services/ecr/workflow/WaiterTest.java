package dev.ecrgen.services.ecr.workflow;

import static dev.ecrgen.services.ecr.workflow.WorkflowClients.NO_DELAY;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.bodies;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.error;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.json;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.waiter.WaiterFailedException;
import dev.ecrgen.runtime.waiter.WaiterResult;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeImageScanFindingsResponse;
import dev.ecrgen.services.ecr.model.GetLifecyclePolicyPreviewResponse;
import dev.ecrgen.services.ecr.model.ScanNotFoundException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.waiters.EcrWaiter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** Sync waiters through scripted state transitions on a loopback server. */
class WaiterTest {
    private static final String IN_PROGRESS = "{\"imageScanStatus\":{\"status\":\"IN_PROGRESS\"}}";
    private static final String COMPLETE = "{\"imageScanStatus\":{\"status\":\"COMPLETE\",\"description\":\"done\"},"
            + "\"imageScanFindings\":{\"findings\":[{\"name\":\"CVE-1\"}]}}";

    private LoopbackServer server;
    private EcrClient client;
    private EcrWaiter waiter;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = WorkflowClients.sync(server);
        waiter = EcrWaiter.builder().client(client).overrideConfiguration(NO_DELAY).build();
    }

    @AfterEach
    void stop() {
        waiter.close();
        client.close();
        server.close();
    }

    @Test
    void waitsThroughInProgressUntilTheScanIsComplete() {
        server.reply(ok(IN_PROGRESS), ok("{}"), ok(IN_PROGRESS), ok(COMPLETE));
        WaiterResponse<DescribeImageScanFindingsResponse> response = waiter.waitUntilImageScanComplete(
                r -> r.repositoryName("app").imageId(i -> i.imageTag("v1")));

        assertEquals(4, response.attemptsExecuted());
        DescribeImageScanFindingsResponse matched = response.matched().response().orElseThrow();
        assertEquals("done", matched.imageScanStatus().description());
        assertEquals("CVE-1", matched.imageScanFindings().findings().get(0).name());
        assertFalse(response.matched().exception().isPresent());
        WaiterResult<?> result = assertInstanceOf(WaiterResult.class, response);
        assertEquals("path imageScanStatus.status == \"COMPLETE\"", result.acceptor());
        assertEquals(4, server.requests().size());
        for (var body : bodies(server)) {
            assertEquals(json("{\"repositoryName\":\"app\",\"imageId\":{\"imageTag\":\"v1\"}}"), body,
                    "every poll sends the same request");
        }
    }

    @Test
    void aFailedScanEndsTheWaitWithTheFailureState() {
        server.reply(ok(IN_PROGRESS), ok("{\"imageScanStatus\":{\"status\":\"FAILED\"}}"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> waiter.waitUntilImageScanComplete(r -> r.repositoryName("app").imageId(i -> i.imageTag("v1"))));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
        assertEquals(2, failure.attemptsExecuted());
        assertEquals("Ecr waiter ImageScanComplete failed on attempt 2: the acceptor"
                + " 'path imageScanStatus.status == \"FAILED\"' matched, which means the wanted state will not be reached",
                failure.getMessage());
        DescribeImageScanFindingsResponse last = assertInstanceOf(DescribeImageScanFindingsResponse.class,
                failure.lastResponse());
        assertEquals("FAILED", last.imageScanStatus().statusAsString());
        assertEquals(2, server.requests().size());
    }

    @Test
    void anErrorNoAcceptorExpectsEndsTheWait() {
        server.reply(error(400, "ScanNotFoundException", "no scan for v1"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> waiter.waitUntilImageScanComplete(r -> r.repositoryName("app").imageId(i -> i.imageTag("v1"))));
        assertEquals(WaiterFailedException.Reason.UNEXPECTED_EXCEPTION, failure.reason());
        assertInstanceOf(ScanNotFoundException.class, failure.getCause());
        assertEquals(1, server.requests().size());
        assertTrue(failure.getMessage().contains("DescribeImageScanFindings failed with an error no acceptor expects:"
                + " no scan for v1"), failure.getMessage());
    }

    @Test
    void givesUpAfterTheMostAttempts() {
        server.reply(ok(IN_PROGRESS));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"), o -> o.maxAttempts(3)));
        assertEquals(WaiterFailedException.Reason.MAX_ATTEMPTS_EXCEEDED, failure.reason());
        assertEquals(3, failure.attemptsExecuted());
        assertEquals(3, server.requests().size());
    }

    @Test
    void givesUpAtTheWaitTimeout() {
        server.reply(ok(IN_PROGRESS));
        WaiterOverrideConfiguration timed = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100)))
                .waitTimeout(Duration.ofMillis(250))
                .build();
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> waiter.waitUntilImageScanComplete(r -> r.repositoryName("app"), o -> o
                        .backoffStrategyV2(timed.backoffStrategyV2().orElseThrow())
                        .waitTimeout(timed.waitTimeout().orElseThrow())));
        assertEquals(WaiterFailedException.Reason.TIMEOUT, failure.reason());
        assertTrue(failure.attemptsExecuted() >= 1 && failure.attemptsExecuted() <= 3, failure.getMessage());
        assertEquals(failure.attemptsExecuted(), server.requests().size());
        assertTrue(failure.getMessage().endsWith("would come after the wait timeout of 250 ms"), failure.getMessage());
    }

    @Test
    void theModelsDelayAndAttemptsApplyWithoutOverrides() {
        server.reply(ok("{\"status\":\"COMPLETE\"}"));
        try (EcrWaiter plain = client.waiter()) {
            WaiterResponse<GetLifecyclePolicyPreviewResponse> response =
                    plain.waitUntilLifecyclePolicyPreviewComplete(r -> r.repositoryName("app"));
            assertEquals(1, response.attemptsExecuted(), "a first poll that matches needs no delay");
            assertEquals("COMPLETE", response.matched().response().orElseThrow().statusAsString());
        }
    }

    @Test
    void lifecyclePreviewWaiterFollowsTheStatus() {
        server.reply(ok("{\"status\":\"IN_PROGRESS\"}"), ok("{\"status\":\"FAILED\"}"));
        WaiterFailedException failure = assertThrows(WaiterFailedException.class,
                () -> waiter.waitUntilLifecyclePolicyPreviewComplete(r -> r.repositoryName("app")));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
        assertEquals("LifecyclePolicyPreviewComplete", failure.waiterName());
        assertEquals(2, failure.attemptsExecuted());
    }

    @Test
    void closingAWaiterLeavesAGivenClientOpen() {
        server.reply(ok(COMPLETE));
        EcrWaiter.builder().client(client).build().close();
        assertEquals("COMPLETE", client.describeImageScanFindings(r -> r.repositoryName("app"))
                .imageScanStatus().statusAsString());
    }
}
