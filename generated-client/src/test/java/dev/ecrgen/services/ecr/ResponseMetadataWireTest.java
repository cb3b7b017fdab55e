package dev.ecrgen.services.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.model.DescribeImageScanFindingsResponse;
import dev.ecrgen.services.ecr.model.DescribeRegistryResponse;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesResponse;
import dev.ecrgen.services.ecr.model.EcrResponseMetadata;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import dev.ecrgen.services.ecr.waiters.EcrAsyncWaiter;
import dev.ecrgen.services.ecr.waiters.EcrWaiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * {@code responseMetadata()} and {@code sdkHttpResponse()} of responses read by the sync and async clients, their
 * paginators and their waiters.
 */
class ResponseMetadataWireTest {
    private static final WaiterOverrideConfiguration NO_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).build();
    private static final String IN_PROGRESS = "{\"imageScanStatus\":{\"status\":\"IN_PROGRESS\"}}";
    private static final String COMPLETE = "{\"imageScanStatus\":{\"status\":\"COMPLETE\"}}";

    private LoopbackServer server;
    private EcrClient sync;
    private EcrAsyncClient async;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        StaticCredentialsProvider keys = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET"));
        sync = EcrClient.builder().region(Region.US_WEST_2).credentialsProvider(keys)
                .endpointOverride(server.endpoint()).retryPolicy(RetryPolicy.none()).build();
        async = EcrAsyncClient.builder().region(Region.US_WEST_2).credentialsProvider(keys)
                .endpointOverride(server.endpoint()).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        sync.close();
        async.close();
        server.close();
    }

    private static Reply withRequestId(String header, String id, String body) {
        return new Reply(200, Map.of("Content-Type", "application/x-amz-json-1.1", header, id, "X-Custom", "c-1"),
                body);
    }

    private static void assertReceived(DescribeRegistryResponse response, String requestId) {
        EcrResponseMetadata metadata = response.responseMetadata();
        assertEquals(requestId, metadata.requestId());
        SdkHttpResponse http = response.sdkHttpResponse();
        assertEquals(200, http.statusCode());
        assertTrue(http.isSuccessful());
        assertEquals(List.of("c-1"), http.headers().get("x-custom"));
        assertEquals(Optional.of("application/x-amz-json-1.1"), http.firstMatchingHeader("CONTENT-TYPE"));
        assertEquals("123456789012", response.registryId());
    }

    @Test
    void theSyncClientsResponsesCarryTheRequestIdAndTheHttpResponse() {
        server.reply(withRequestId("x-amzn-RequestId", "rid-1", "{\"registryId\":\"123456789012\"}"),
                withRequestId("x-amz-request-id", "rid-2", "{\"registryId\":\"123456789012\"}"),
                new Reply(200, Map.of(), "{\"registryId\":\"123456789012\"}"));
        DescribeRegistryResponse first = sync.describeRegistry(r -> { });
        assertReceived(first, "rid-1");
        assertEquals(Optional.of("OK"), first.sdkHttpResponse().statusText());
        assertReceived(sync.describeRegistry(r -> { }), "rid-2");
        DescribeRegistryResponse none = sync.describeRegistry(r -> { });
        assertEquals("UNKNOWN", none.responseMetadata().requestId());
        assertEquals(200, none.sdkHttpResponse().statusCode());
    }

    @Test
    void theAsyncClientsResponsesCarryTheRequestIdAndTheHttpResponse() throws Exception {
        server.reply(withRequestId("x-amzn-RequestId", "rid-a", "{\"registryId\":\"123456789012\"}"));
        DescribeRegistryResponse response = async.describeRegistry(r -> { }).get(10, TimeUnit.SECONDS);
        assertReceived(response, "rid-a");
        // the default transport reads the status line as the sync client does, reason phrase included
        assertEquals(Optional.of("OK"), response.sdkHttpResponse().statusText());
    }

    @Test
    void everyPageOfASyncPaginatorCarriesItsOwnRequestId() {
        server.reply(withRequestId("x-amzn-RequestId", "page-1", "{\"repositories\":[],\"nextToken\":\"t1\"}"),
                withRequestId("x-amzn-RequestId", "page-2", "{\"repositories\":[]}"));
        List<String> ids = sync.describeRepositoriesPaginator(r -> { }).stream()
                .map(page -> page.responseMetadata().requestId()).toList();
        assertEquals(List.of("page-1", "page-2"), ids);
    }

    @Test
    void everyPageOfAnAsyncPaginatorCarriesItsOwnRequestId() throws Exception {
        server.reply(withRequestId("x-amzn-RequestId", "page-1", "{\"repositories\":[],\"nextToken\":\"t1\"}"),
                withRequestId("x-amzn-RequestId", "page-2", "{\"repositories\":[]}"));
        List<DescribeRepositoriesResponse> pages = new ArrayList<>();
        async.describeRepositoriesPaginator(r -> { }).subscribe(pages::add).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("page-1", "page-2"), pages.stream().map(p -> p.responseMetadata().requestId()).toList());
        assertEquals(List.of(200, 200), pages.stream().map(p -> p.sdkHttpResponse().statusCode()).toList());
    }

    @Test
    void aSyncWaitersMatchedResponseCarriesItsRequestId() {
        server.reply(withRequestId("x-amzn-RequestId", "poll-1", IN_PROGRESS),
                withRequestId("x-amzn-RequestId", "poll-2", COMPLETE));
        try (EcrWaiter waiter = EcrWaiter.builder().client(sync).overrideConfiguration(NO_DELAY).build()) {
            WaiterResponse<DescribeImageScanFindingsResponse> response = waiter.waitUntilImageScanComplete(
                    r -> r.repositoryName("app").imageId(i -> i.imageTag("v1")));
            DescribeImageScanFindingsResponse matched = response.matched().response().orElseThrow();
            assertEquals("poll-2", matched.responseMetadata().requestId());
            assertEquals(List.of("c-1"), matched.sdkHttpResponse().headers().get("X-Custom"));
        }
    }

    @Test
    void anAsyncWaitersMatchedResponseCarriesItsRequestId() throws Exception {
        server.reply(withRequestId("x-amzn-RequestId", "poll-1", IN_PROGRESS),
                withRequestId("x-amzn-RequestId", "poll-2", COMPLETE));
        try (EcrAsyncWaiter waiter = EcrAsyncWaiter.builder().client(async).overrideConfiguration(NO_DELAY).build()) {
            WaiterResponse<DescribeImageScanFindingsResponse> response = waiter.waitUntilImageScanComplete(
                    r -> r.repositoryName("app").imageId(i -> i.imageTag("v1"))).get(10, TimeUnit.SECONDS);
            assertEquals("poll-2", response.matched().response().orElseThrow().responseMetadata().requestId());
        }
    }

    @Test
    void aResponseAndItsCopyAreEqualButTwoReadResponsesAreNot() {
        server.reply(withRequestId("x-amzn-RequestId", "rid-1", "{\"registryId\":\"123456789012\"}"));
        DescribeRegistryResponse first = sync.describeRegistry(r -> { });
        DescribeRegistryResponse second = sync.describeRegistry(r -> { });
        DescribeRegistryResponse copy = first.toBuilder().build();
        assertSame(first.sdkHttpResponse(), copy.sdkHttpResponse());
        assertEquals("rid-1", copy.responseMetadata().requestId());
        assertEquals(first, copy);
        assertEquals(first.hashCode(), copy.hashCode());
        assertNotEquals(first, second, "as in the AWS SDK, each read response has its own HTTP response");
        assertEquals(first.registryId(), second.registryId());
    }

    @Test
    void aResponseBuiltByHandHasOnlyWhatItWasGiven() {
        DescribeRegistryResponse bare = DescribeRegistryResponse.builder().registryId("1").build();
        assertNull(bare.responseMetadata());
        assertNull(bare.sdkHttpResponse());
        assertEquals(bare, DescribeRegistryResponse.builder().registryId("1").build());

        SdkHttpResponse http = SdkHttpResponse.builder().statusCode(202).putHeader("x-amzn-RequestId", "mock").build();
        DescribeRegistryResponse mocked = DescribeRegistryResponse.builder().registryId("1").sdkHttpResponse(http).build();
        assertSame(http, mocked.sdkHttpResponse());
        assertNull(mocked.responseMetadata(), "metadata is only made for responses the client read");
        assertNotEquals(bare, mocked);
        assertEquals(bare, mocked.toBuilder().sdkHttpResponse(null).build());

        server.reply(withRequestId("x-amzn-RequestId", "rid-7", "{}"));
        EcrResponseMetadata read = sync.describeRegistry(r -> { }).responseMetadata();
        DescribeRegistryResponse withMetadata = bare.toBuilder().responseMetadata(read).build();
        assertEquals("rid-7", withMetadata.responseMetadata().requestId());
        assertSame(read, withMetadata.responseMetadata());
        assertEquals(read, withMetadata.toBuilder().responseMetadata());
    }
}
