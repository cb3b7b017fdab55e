package dev.ecrgen.services.ecr.workflow;

import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ACCESS_KEY;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.SECRET_KEY;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.error;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.json;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.BatchCheckLayerAvailabilityResponse;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Recorded;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async client on its default transport: the same wire format, signature and errors as the sync client. */
class AsyncClientTest {
    private LoopbackServer server;
    private EcrAsyncClient client;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = WorkflowClients.async(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void sendsWhatTheSyncClientSends() throws Exception {
        server.reply(ok("{\"layers\":[{\"layerDigest\":\"sha256:aaa\",\"layerSize\":12}]}"));
        BatchCheckLayerAvailabilityResponse response = client.batchCheckLayerAvailability(r -> r
                .repositoryName("team/app").layerDigests("sha256:aaa")).get(10, TimeUnit.SECONDS);
        assertEquals(12L, response.layers().get(0).layerSize());
        try (EcrClient sync = WorkflowClients.sync(server)) {
            sync.batchCheckLayerAvailability(r -> r.repositoryName("team/app").layerDigests("sha256:aaa"));
        }
        List<Recorded> requests = server.requests();
        Recorded async = requests.get(0);
        Recorded blocking = requests.get(1);
        assertEquals(json(blocking.bodyText()), json(async.bodyText()));
        for (String header : List.of("X-Amz-Target", "Content-Type", "Content-Length", "X-Amz-Date", "Host",
                "amz-sdk-request", "User-Agent")) {
            assertEquals(blocking.header(header), async.header(header), header);
        }
        assertNull(Sigv4Verifier.problem(async.method(), async.path(), async.query(), async.headers(), async.body(),
                ACCESS_KEY, SECRET_KEY, "us-west-2", "ecr"));
    }

    @Test
    void aModeledErrorFailsTheFutureWithItsException() {
        server.reply(error(400, "RepositoryNotFoundException", "The repository team/app does not exist"));
        CompletableFuture<BatchCheckLayerAvailabilityResponse> call =
                client.batchCheckLayerAvailability(r -> r.repositoryName("team/app").layerDigests("sha256:aaa"));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        RepositoryNotFoundException cause = assertInstanceOf(RepositoryNotFoundException.class, failure.getCause());
        assertEquals(400, cause.statusCode());
        assertEquals("req-RepositoryNotFoundException", cause.requestId());
        assertEquals("The repository team/app does not exist", cause.awsErrorDetails().errorMessage());
    }

    @Test
    void operationsWithoutRequiredInputTakeNoArguments() throws Exception {
        server.reply(ok("{\"repositories\":[{\"repositoryName\":\"a\"}]}"));
        assertEquals("a", client.describeRepositories().get(10, TimeUnit.SECONDS).repositories().get(0)
                .repositoryName());
        assertEquals(json("{}"), json(server.last().bodyText()));
    }
}
