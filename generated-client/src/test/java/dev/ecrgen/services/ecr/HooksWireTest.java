package dev.ecrgen.services.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.client.ClientBuilder;
import dev.ecrgen.runtime.client.ExecutionInterceptor;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.services.ecr.model.DescribeRegistryRequest;
import dev.ecrgen.services.ecr.model.DescribeRegistryResponse;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;

/** The generated builders, sync and async, take interceptors and metric publishers, and every call goes through them. */
class HooksWireTest {

    private LoopbackServer server;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final List<MetricCollection> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        server.reply(Reply.json(500, "{\"__type\":\"ServerException\"}"), Reply.json(200, "{\"registryId\":\"123\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private final ExecutionInterceptor interceptor = new ExecutionInterceptor() {
        @Override
        public HttpRequest modifyHttpRequest(Context context, HttpRequest request) {
            Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
            headers.put("X-Trace-Id", List.of("t-" + context.attemptCount()));
            return new HttpRequest(request.method(), request.uri(), headers, request.body());
        }

        @Override
        public void afterExecution(Context context) {
            assertInstanceOf(DescribeRegistryRequest.class, context.request());
            DescribeRegistryResponse response = (DescribeRegistryResponse) context.response().orElseThrow();
            events.add(context.operationName() + " attempts " + context.attemptCount() + " HTTP "
                    + context.httpResponse().orElseThrow().statusCode() + " " + context.requestId().orElse("-") + " "
                    + response.registryId());
        }
    };

    private final MetricPublisher publisher = new MetricPublisher() {
        @Override
        public void publish(MetricCollection metricCollection) {
            published.add(metricCollection);
        }

        @Override
        public void close() {
        }
    };

    private <B extends ClientBuilder<B, C, ?>, C> C client(B builder) {
        return builder.region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
                .endpointOverride(server.endpoint())
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(millis -> { }).build())
                .addExecutionInterceptor(interceptor)
                .addMetricPublisher(publisher)
                .build();
    }

    @Test
    void syncClientCallsGoThroughTheHooks() {
        try (EcrClient client = client(EcrClient.builder())) {
            client.describeRegistry(r -> { });
        }
        check();
    }

    @Test
    void asyncClientCallsGoThroughTheHooks() throws Exception {
        try (EcrAsyncClient client = client(EcrAsyncClient.builder())) {
            client.describeRegistry(r -> { }).get(10, TimeUnit.SECONDS);
        }
        check();
    }

    private void check() {
        assertEquals(List.of("DescribeRegistry attempts 2 HTTP 200 req-200 123"), events);
        assertEquals(List.of("t-1", "t-2"), server.requests().stream().map(r -> r.header("X-Trace-Id")).toList());
        String authorization = server.last().header("Authorization");
        assertTrue(authorization.contains("x-trace-id"), authorization);
        assertEquals(1, published.size());
        Function<MetricCollection, List<?>> retries = c -> c.metricValues(CoreMetric.RETRY_COUNT);
        assertEquals(List.of(1), retries.apply(published.get(0)));
        assertEquals(List.of("DescribeRegistry"), published.get(0).metricValues(CoreMetric.OPERATION_NAME));
        assertEquals(2, published.get(0).children().size());
    }
}
