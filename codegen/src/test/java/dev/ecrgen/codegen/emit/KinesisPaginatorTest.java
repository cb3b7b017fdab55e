package dev.ecrgen.codegen.emit;

import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.file;
import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.get;
import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinesis' DescribeStream pages by the id of the last shard of the previous page ({@code output_token}
 * {@code StreamDescription.Shards[-1].ShardId}) while {@code StreamDescription.HasMoreShards} is set. The paginator
 * generated from the official model runs against canned pages.
 */
class KinesisPaginatorTest {
    private static final String PACKAGE = "test.kinesis";
    private static List<GeneratedSource> sources;
    private static ClassLoader loader;

    @BeforeAll
    static void generate() {
        ModelBundle kinesis = CodegenRunner.load(CodegenSettings.builder()
                .model(SharedFiles.resolve("reference-models/corpus/kinesis/2013-12-02/service-2.json")).build());
        List<String> operations = new ArrayList<>(kinesis.service().operations().keySet());
        operations.remove("SubscribeToShard"); // an event stream, which ecrgen does not generate
        sources = CodegenRunner.generate(kinesis, PACKAGE, operations);
        loader = InMemoryCompiler.compile(sources);
    }

    @Test
    void theTokenIsTheLastShardsIdReadThroughTheModel() {
        String iterable = file(sources, "test/kinesis/paginators/DescribeStreamIterable.java").text();
        assertTrue(iterable.contains("""
                            (DescribeStreamResponse response) -> Jmes.get(Jmes.index(Jmes.get(response.streamDescription(), StreamDescription::shards), -1), Shard::shardId),
                            (DescribeStreamRequest request, String token) -> request.toBuilder().exclusiveStartShardId(token).build())
                            .moreResults((DescribeStreamResponse response) -> Jmes.truthy(Jmes.get(response.streamDescription(), StreamDescription::hasMoreShards)));
                """), iterable);
        assertTrue(iterable.contains("public SdkIterable<Shard> shards() {"), iterable);
    }

    @Test
    void pagesFollowTheLastShardUntilNoMoreShards() throws Exception {
        Map<String, String> pages = Map.of(
                "null", page("\"shard-1\", \"shard-2\"", true),
                "shard-2", page("\"shard-3\"", true),
                "shard-3", page("\"shard-4\"", false));
        List<String> sent = new ArrayList<>();
        Function<Object, Object> describeStream = request -> {
            String token = String.valueOf(get(request, "exclusiveStartShardId"));
            sent.add(token);
            try {
                return read(loader, PACKAGE + ".internal.DescribeStreamResponseCodec", pages.get(token));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        Object client = WaiterPaginatorFixtures.scriptedClient(loader, PACKAGE + ".KinesisClient",
                Map.of("describeStream", describeStream));
        Class<?> requestType = loader.loadClass(PACKAGE + ".model.DescribeStreamRequest");
        Object builder = requestType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("streamName", String.class).invoke(builder, "orders");
        Object request = builder.getClass().getMethod("build").invoke(builder);
        Object paginator = client.getClass().getMethod("describeStreamPaginator", requestType).invoke(client, request);

        List<String> shards = new ArrayList<>();
        for (Object shard : (Iterable<?>) paginator.getClass().getMethod("shards").invoke(paginator)) {
            shards.add((String) get(shard, "shardId"));
        }
        assertEquals(List.of("shard-1", "shard-2", "shard-3", "shard-4"), shards);
        assertEquals(List.of("null", "shard-2", "shard-3"), sent, "each page starts after the last shard of the one"
                + " before; the unset flag on the third ends the paging");
    }

    private static String page(String shardIds, boolean more) {
        StringBuilder shards = new StringBuilder();
        for (String id : shardIds.split(", ")) {
            shards.append(shards.length() == 0 ? "" : ", ").append("{\"ShardId\": ").append(id)
                    .append(", \"HashKeyRange\": {\"StartingHashKey\": \"0\", \"EndingHashKey\": \"9\"},"
                            + " \"SequenceNumberRange\": {\"StartingSequenceNumber\": \"1\"}}");
        }
        return "{\"StreamDescription\": {\"StreamName\": \"orders\", \"StreamARN\": \"arn:aws:kinesis:us-east-1:1:stream/orders\","
                + " \"StreamStatus\": \"ACTIVE\", \"Shards\": [" + shards + "], \"HasMoreShards\": " + more
                + ", \"RetentionPeriodHours\": 24, \"StreamCreationTimestamp\": 1.7E9, \"EnhancedMonitoring\": []}}";
    }
}
