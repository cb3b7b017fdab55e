package dev.ecrgen.services.ecr.workflow;

import static dev.ecrgen.services.ecr.workflow.WorkflowClients.TARGET_PREFIX;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.bodies;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.error;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.json;
import static dev.ecrgen.services.ecr.workflow.WorkflowClients.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.DescribeImageScanFindingsResponse;
import dev.ecrgen.services.ecr.model.ImageDetail;
import dev.ecrgen.services.ecr.model.ImageIdentifier;
import dev.ecrgen.services.ecr.model.ImageScanFinding;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import dev.ecrgen.services.ecr.paginators.DescribeImageScanFindingsIterable;
import dev.ecrgen.services.ecr.paginators.DescribeImagesIterable;
import dev.ecrgen.services.ecr.paginators.ListImagesIterable;
import dev.ecrgen.services.ecr.testing.LoopbackServer;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Sync paginators against scripted multi-page sequences on a loopback server. */
class SyncPaginatorTest {
    private LoopbackServer server;
    private EcrClient client;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = WorkflowClients.sync(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void threeImagePages() {
        server.reply(
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:1\"},{\"imageDigest\":\"sha256:2\"}],\"nextToken\":\"t1\"}"),
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:3\"}],\"nextToken\":\"t2\"}"),
                ok("{\"imageDetails\":[{\"imageDigest\":\"sha256:4\"}]}"));
    }

    @Test
    void walksEveryPageCarryingTheTokenAndTheLimit() {
        threeImagePages();
        DescribeImagesIterable pages = client.describeImagesPaginator(r -> r.repositoryName("team/app").maxResults(2));
        assertEquals(0, server.requests().size(), "creating the paginator sends nothing");

        List<String> digests = pages.imageDetails().stream().map(ImageDetail::imageDigest).collect(Collectors.toList());

        assertEquals(List.of("sha256:1", "sha256:2", "sha256:3", "sha256:4"), digests);
        assertEquals(List.of(
                json("{\"repositoryName\":\"team/app\",\"maxResults\":2}"),
                json("{\"repositoryName\":\"team/app\",\"nextToken\":\"t1\",\"maxResults\":2}"),
                json("{\"repositoryName\":\"team/app\",\"nextToken\":\"t2\",\"maxResults\":2}")), bodies(server));
        for (LoopbackServer.Recorded request : server.requests()) {
            assertEquals(TARGET_PREFIX + "DescribeImages", request.header("X-Amz-Target"));
            assertEquals(null, Sigv4Verifier.problem(request.method(), request.path(), request.query(), request.headers(),
                    request.body(), WorkflowClients.ACCESS_KEY, WorkflowClients.SECRET_KEY, "us-west-2", "ecr"));
        }
    }

    @Test
    void fetchesLazily() {
        threeImagePages();
        DescribeImagesIterable pages = client.describeImagesPaginator(r -> r.repositoryName("team/app"));
        assertEquals(List.of("sha256:1", "sha256:2"),
                pages.imageDetails().stream().limit(2).map(ImageDetail::imageDigest).collect(Collectors.toList()));
        assertEquals(1, server.requests().size(), "two items need only the first page");

        Iterator<?> iterator = pages.iterator();
        iterator.next();
        assertEquals(2, server.requests().size(), "each iteration starts again from the first request");
        assertTrue(iterator.hasNext());
        assertEquals(2, server.requests().size(), "hasNext asks nothing of the service");
    }

    private void twoScanFindingPages() {
        server.reply(
                ok("{\"registryId\":\"123\",\"repositoryName\":\"app\",\"imageScanStatus\":{\"status\":\"COMPLETE\"},"
                        + "\"imageScanFindings\":{\"findings\":[{\"name\":\"CVE-1\",\"severity\":\"HIGH\"}],"
                        + "\"enhancedFindings\":[{\"awsAccountId\":\"123\"}],\"findingSeverityCounts\":{\"HIGH\":2}},"
                        + "\"nextToken\":\"f1\"}"),
                ok("{\"registryId\":\"123\",\"repositoryName\":\"app\",\"imageScanStatus\":{\"status\":\"COMPLETE\"},"
                        + "\"imageScanFindings\":{\"findings\":[{\"name\":\"CVE-2\",\"severity\":\"LOW\"}]}}"));
    }

    @Test
    void severalDottedResultKeysUnderANonAggregateKey() {
        twoScanFindingPages();
        DescribeImageScanFindingsIterable pages = client.describeImageScanFindingsPaginator(
                r -> r.repositoryName("app").imageId(i -> i.imageTag("v1")));

        assertEquals(List.of("CVE-1", "CVE-2"),
                pages.findings().stream().map(ImageScanFinding::name).collect(Collectors.toList()));
        twoScanFindingPages();
        assertEquals(List.of("123"), pages.enhancedFindings().stream().map(f -> f.awsAccountId())
                .collect(Collectors.toList()), "a page without enhanced findings adds none");
        twoScanFindingPages();
        List<DescribeImageScanFindingsResponse> all = new ArrayList<>();
        pages.forEach(all::add);
        assertEquals(2, all.size());
        for (DescribeImageScanFindingsResponse page : all) {
            assertEquals("123", page.registryId(), "non-aggregate members are on every page");
            assertEquals("COMPLETE", page.imageScanStatus().statusAsString());
        }
        assertEquals(6, server.requests().size(), "three walks of two pages");
        assertEquals(json("{\"repositoryName\":\"app\",\"imageId\":{\"imageTag\":\"v1\"},\"nextToken\":\"f1\"}"),
                bodies(server).get(1));
    }

    @Test
    void anEmptyTokenEndsThePaging() {
        server.reply(ok("{\"imageIds\":[{\"imageTag\":\"a\"}],\"nextToken\":\"\"}"));
        ListImagesIterable pages = client.listImagesPaginator(r -> r.repositoryName("app"));
        assertEquals(List.of("a"), pages.imageIds().stream().map(ImageIdentifier::imageTag).collect(Collectors.toList()));
        assertEquals(1, server.requests().size());
    }

    @Test
    void aRepeatedTokenIsAnErrorNamingTheOperationNotAnEndlessLoop() {
        server.reply(
                ok("{\"imageIds\":[{\"imageTag\":\"a\"}],\"nextToken\":\"same\"}"),
                ok("{\"imageIds\":[{\"imageTag\":\"b\"}],\"nextToken\":\"same\"}"));
        ListImagesIterable pages = client.listImagesPaginator(r -> r.repositoryName("app"));
        List<String> seen = new ArrayList<>();
        SdkClientException failure = assertThrows(SdkClientException.class,
                () -> pages.imageIds().forEach(id -> seen.add(id.imageTag())));
        assertEquals("Ecr ListImages returned the same nextToken that requested page 2; paging stops here because"
                + " following it would repeat that page forever", failure.getMessage());
        assertEquals(List.of("a", "b"), seen);
        assertEquals(2, server.requests().size());
    }

    @Test
    void aServiceErrorOnALaterPageReachesTheCaller() {
        server.reply(
                ok("{\"repositories\":[{\"repositoryName\":\"a\"}],\"nextToken\":\"r1\"}"),
                error(400, "RepositoryNotFoundException", "gone"));
        Iterator<?> repositories = client.describeRepositoriesPaginator().repositories().iterator();
        assertTrue(repositories.hasNext());
        repositories.next();
        RepositoryNotFoundException failure = assertThrows(RepositoryNotFoundException.class, repositories::hasNext);
        assertEquals("gone", failure.awsErrorDetails().errorMessage());
        assertEquals(json("{\"nextToken\":\"r1\"}"), bodies(server).get(1));
    }

    @Test
    void aResponseWithoutTokenIsASinglePage() {
        server.reply(ok("{}"));
        assertFalse(client.describePullThroughCacheRulesPaginator().pullThroughCacheRules().iterator().hasNext());
        assertEquals(1, client.describePullThroughCacheRulesPaginator().stream().count());
    }
}
