package dev.ecrgen.services.ecr.workflow;

import static dev.ecrgen.services.ecr.workflow.WorkflowClients.awaitRequests;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.bodies;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.error;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.json;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.model.DescribeImagesResponse;
import dev.ecrgen.services.ecr.model.ImageDetail;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import dev.ecrgen.services.ecr.paginators.DescribeImagesPublisher;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Async paginators: Flow publishers of pages and items with back-pressure, on a loopback server. */
class AsyncPaginatorTest {
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

    /** Requests only what the test asks for and records what arrives. */
    private static final class Subscriber<T> implements Flow.Subscriber<T> {
        final List<T> items = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done = new CountDownLatch(1);
        volatile Flow.Subscription subscription;
        volatile Throwable error;
        volatile boolean completed;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(T item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
            done.countDown();
        }

        @Override
        public void onComplete() {
            completed = true;
            done.countDown();
        }

        void awaitItems(int count) throws InterruptedException {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (items.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected " + count + " items, got " + items.size());
                }
                Thread.sleep(5);
            }
        }
    }

    private void threeImagePages() {
        server.reply(
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:1\"},{\"imageDigest\":\"sha256:2\"}],\"nextToken\":\"t1\"}"),
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:3\"}],\"nextToken\":\"t2\"}"),
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:4\"}]}"));
    }

    @Test
    void pagesAreFetchedOnlyOnDemand() throws Exception {
        client.close();
        client = WorkflowClients.asyncOnCallingThread(server);
        threeImagePages();
        DescribeImagesPublisher pages = client.describeImagesPaginator(r -> r.repositoryName("team/app").maxResults(2));
        Subscriber<DescribeImagesResponse> subscriber = new Subscriber<>();
        pages.subscribe(subscriber);
        assertEquals(0, server.requests().size(), "no demand, no request");

        subscriber.subscription.request(1);
        assertEquals(1, subscriber.items.size());
        assertEquals(1, server.requests().size(), "one page asked for, one request sent");

        subscriber.subscription.request(10);
        assertTrue(subscriber.done.await(5, TimeUnit.SECONDS));
        assertTrue(subscriber.completed);
        assertEquals(3, subscriber.items.size());
        assertEquals(List.of(
                json("{\"repositoryName\":\"team/app\",\"maxResults\":2}"),
                json("{\"repositoryName\":\"team/app\",\"nextToken\":\"t1\",\"maxResults\":2}"),
                json("{\"repositoryName\":\"team/app\",\"nextToken\":\"t2\",\"maxResults\":2}")), bodies(server));
    }

    @Test
    void itemsAreDeliveredOneDemandAtATime() throws Exception {
        client.close();
        client = WorkflowClients.asyncOnCallingThread(server);
        threeImagePages();
        Subscriber<ImageDetail> subscriber = new Subscriber<>();
        client.describeImagesPaginator(r -> r.repositoryName("team/app")).imageDetails().subscribe(subscriber);

        subscriber.subscription.request(2);
        assertEquals(2, subscriber.items.size());
        assertEquals(1, server.requests().size(), "two items come from the first page alone");

        subscriber.subscription.request(1);
        assertEquals(3, subscriber.items.size());
        assertEquals(2, server.requests().size());
        subscriber.subscription.cancel();
        assertEquals(2, server.requests().size(), "nothing is fetched after cancel");
        assertEquals(List.of("sha256:1", "sha256:2", "sha256:3"),
                subscriber.items.stream().map(ImageDetail::imageDigest).toList());
    }

    @Test
    void aConsumerGetsEveryItem() throws Exception {
        threeImagePages();
        List<String> digests = Collections.synchronizedList(new ArrayList<>());
        client.describeImagesPaginator(r -> r.repositoryName("team/app")).imageDetails()
                .subscribe(detail -> digests.add(detail.imageDigest()))
                .get(5, TimeUnit.SECONDS);
        assertEquals(List.of("sha256:1", "sha256:2", "sha256:3", "sha256:4"), digests);
    }

    @Test
    void aServiceErrorEndsThePublisherWithTheServicesException() throws Exception {
        server.reply(ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:1\"}],\"nextToken\":\"t1\"}"),
                error(400, "RepositoryNotFoundException", "gone"));
        List<String> digests = Collections.synchronizedList(new ArrayList<>());
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.describeImagesPaginator(r -> r.repositoryName("team/app")).imageDetails()
                        .subscribe(detail -> digests.add(detail.imageDigest())).get(5, TimeUnit.SECONDS));
        assertInstanceOf(RepositoryNotFoundException.class, failure.getCause());
        assertEquals(List.of("sha256:1"), digests);
    }

    @Test
    void aRepeatedTokenEndsThePublisherWithAClearError() throws Exception {
        server.reply(ok("{\"imageIds\":[{\"imageTag\":\"a\"}],\"nextToken\":\"same\"}"));
        List<String> tags = Collections.synchronizedList(new ArrayList<>());
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.listImagesPaginator(r -> r.repositoryName("app").nextToken("same")).imageIds()
                        .subscribe(id -> tags.add(id.imageTag())).get(5, TimeUnit.SECONDS));
        SdkClientException cause = assertInstanceOf(SdkClientException.class, failure.getCause());
        assertTrue(cause.getMessage().startsWith("Ecr ListImages returned the same nextToken that requested page 1"),
                cause.getMessage());
        assertEquals(List.of("a"), tags);
        awaitRequests(server, 1);
        assertEquals(1, server.requests().size());
    }
}
