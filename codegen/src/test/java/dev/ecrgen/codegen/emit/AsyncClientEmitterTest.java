package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.write.GeneratedSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The async client beside the sync one. */
class AsyncClientEmitterTest {
    @Test
    void theAsyncClientMirrorsTheSyncOneWithFutures() {
        List<GeneratedSource> sources = GoldenFilesTest.seedSources();
        String client = WaiterPaginatorFixtures.file(sources, "dev/ecrgen/services/ecr/EcrAsyncClient.java").text();
        assertTrue(client.contains("public interface EcrAsyncClient extends AutoCloseable {"), client);
        assertTrue(client.contains("default CompletableFuture<BatchCheckLayerAvailabilityResponse> batchCheckLayerAvailability(\n"
                + "            BatchCheckLayerAvailabilityRequest request) {"), client);
        assertTrue(client.contains("Consumer<BatchCheckLayerAvailabilityRequest.Builder> request"), client);
        assertTrue(client.contains("String SERVICE_NAME = \"ecr\";"), client);
        assertFalse(client.contains("waiter()"), "the seed operation has no waiter");
        assertFalse(client.contains("Paginator"), "the seed operation has no paginator");

        String implementation = WaiterPaginatorFixtures.file(sources,
                "dev/ecrgen/services/ecr/DefaultEcrAsyncClient.java").text();
        assertTrue(implementation.contains("this.invoker = new AsyncInvoker(settings, EcrErrorFactory.INSTANCE);"),
                implementation);
        assertTrue(implementation.contains("return invoker.invoke(BATCH_CHECK_LAYER_AVAILABILITY, request, "
                + "BatchCheckLayerAvailabilityRequestCodec.INSTANCE, BatchCheckLayerAvailabilityResponseCodec.INSTANCE, null);"),
                implementation);
        String builder = WaiterPaginatorFixtures.file(sources,
                "dev/ecrgen/services/ecr/EcrAsyncClientBuilder.java").text();
        assertTrue(builder.contains("extends AsyncClientBuilder<EcrAsyncClientBuilder, EcrAsyncClient>"), builder);
        assertTrue(builder.contains("return new DefaultEcrAsyncClient(resolveSettings(DefaultEcrClient.SERVICE));"),
                builder);
    }
}
