package dev.ecrgen.codegen.emit;

import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.file;
import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.get;
import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PaginatorEmitterTest {
    private static final String ECR = "dev/ecrgen/services/ecr/";
    private static final String WIDGETS = "test/widgets/";

    private static List<GeneratedSource> ecrSources() {
        return CodegenRunner.generate(WaiterPaginatorFixtures.ecr(), "dev.ecrgen.services.ecr", List.of());
    }

    @Test
    void everyPaginatedOperationGetsAnIterableAndAPublisher() {
        List<GeneratedSource> sources = ecrSources();
        Set<String> paginators = new TreeSet<>();
        for (GeneratedSource source : sources) {
            if (source.relativePath().startsWith(ECR + "paginators/")) {
                paginators.add(source.relativePath().substring((ECR + "paginators/").length()));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String operation : List.of("ListImages", "DescribeImages", "DescribeRepositories",
                "DescribeImageScanFindings", "GetLifecyclePolicyPreview", "DescribePullThroughCacheRules")) {
            expected.add(operation + "Iterable.java");
            expected.add(operation + "Publisher.java");
        }
        assertEquals(expected, paginators);

        String client = file(sources, ECR + "EcrClient.java").text();
        assertTrue(client.contains("default DescribeImagesIterable describeImagesPaginator(DescribeImagesRequest request) {\n"
                + "        return new DescribeImagesIterable(this, request);\n    }"), client);
        assertTrue(client.contains("default DescribeRepositoriesIterable describeRepositoriesPaginator() {"),
                "operations without required input get a no-argument paginator");
        assertFalse(client.contains("describeImagesPaginator() {"), "DescribeImages needs a repository name");
        String async = file(sources, ECR + "EcrAsyncClient.java").text();
        assertTrue(async.contains("default DescribeImagesPublisher describeImagesPaginator(DescribeImagesRequest request) {\n"
                + "        return new DescribeImagesPublisher(this, request);\n    }"), async);
    }

    @Test
    void theIterableOnlySaysHowTheOperationPages() {
        String iterable = file(ecrSources(), ECR + "paginators/DescribeImagesIterable.java").text();
        assertTrue(iterable.contains("""
                    static final Paging<DescribeImagesRequest, DescribeImagesResponse, String> PAGING = Paging.of(
                            "Ecr", "DescribeImages", "nextToken",
                            DescribeImagesRequest::nextToken,
                            DescribeImagesResponse::nextToken,
                            (DescribeImagesRequest request, String token) -> request.toBuilder().nextToken(token).build());
                """), iterable);
        assertTrue(iterable.contains("public final class DescribeImagesIterable implements SdkIterable<DescribeImagesResponse> {"));
        assertTrue(iterable.contains("this.pages = new PageIterable<>(PAGING, client::describeImages, firstRequest);"));
        assertTrue(iterable.contains("""
                    public SdkIterable<ImageDetail> imageDetails() {
                        return pages.items(DescribeImagesResponse::imageDetails);
                    }
                """), iterable);
        assertTrue(iterable.contains("The first request's {@code maxResults} limits every page."));
        String publisher = file(ecrSources(), ECR + "paginators/DescribeImagesPublisher.java").text();
        assertTrue(publisher.contains("this.pages = new PagePublisher<>(DescribeImagesIterable.PAGING, client::describeImages,"
                + " firstRequest);"), publisher);
        assertTrue(publisher.contains("public FlowPublisher<ImageDetail> imageDetails() {"), publisher);
    }

    @Test
    void dottedResultKeysGetTheirLastSegmentAndNonAggregateKeysNoView() {
        String iterable = file(ecrSources(), ECR + "paginators/DescribeImageScanFindingsIterable.java").text();
        assertTrue(iterable.contains("""
                    public SdkIterable<ImageScanFinding> findings() {
                        return pages.items(
                                (DescribeImageScanFindingsResponse response) -> Jmes.get(response.imageScanFindings(), ImageScanFindings::findings));
                    }
                """), iterable);
        assertTrue(iterable.contains("public SdkIterable<EnhancedImageScanFinding> enhancedFindings() {"));
        assertFalse(iterable.contains("imageScanFindings() {"), "non-aggregate keys are not collected");
        assertTrue(iterable.contains("These members are the same on every page and are read from any page rather than"
                + " collected: {@code registryId, repositoryName, imageId, imageScanStatus, imageScanFindings}."));
    }

    @Test
    void severalTokensAMoreResultsFlagAndMapAndScalarResultKeys() {
        List<GeneratedSource> sources = WaiterPaginatorFixtures.widgetsSources();
        String parts = file(sources, WIDGETS + "paginators/ListPartsIterable.java").text();
        assertTrue(parts.contains("""
                    static final Paging<ListPartsRequest, ListPartsResponse, List<Object>> PAGING = Paging.of(
                            "Widgets", "ListParts", "keyMarker, idMarker",
                            (ListPartsRequest request) -> Arrays.asList(request.keyMarker(), request.idMarker()),
                            (ListPartsResponse response) -> Arrays.asList(response.nextKeyMarker(), response.nextIdMarker()),
                            (ListPartsRequest request, List<Object> token) -> request.toBuilder().keyMarker((String) token.get(0)).idMarker((String) token.get(1)).build())
                            .moreResults((ListPartsResponse response) -> Jmes.truthy(response.isTruncated()));
                """), parts);
        String widgets = file(sources, WIDGETS + "paginators/DescribeWidgetsIterable.java").text();
        assertTrue(widgets.contains("public SdkIterable<Widget> widgets() {"), widgets);
        assertTrue(widgets.contains("public SdkIterable<Map.Entry<String, Integer>> counts() {\n"
                + "        return pages.entries(DescribeWidgetsResponse::counts);"), widgets);
        assertTrue(widgets.contains("public SdkIterable<String> items() {"), widgets);
        assertFalse(widgets.contains("total()"), "a scalar result key has no items to walk");
        assertTrue(file(sources, WIDGETS + "paginators/DescribeWidgetsPublisher.java").text()
                .contains("public FlowPublisher<Map.Entry<String, Integer>> counts() {"));
    }

    @Test
    void generatedPaginatorsRunAgainstAScriptedClient() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(WaiterPaginatorFixtures.widgetsSources());
        Map<String, String> partPages = Map.of(
                "null/null", "{\"parts\": [{\"id\": \"p1\"}], \"nextKeyMarker\": \"k1\", \"isTruncated\": true}",
                "k1/null", "{\"parts\": [{\"id\": \"p2\"}], \"nextKeyMarker\": \"k1\", \"nextIdMarker\": \"i1\","
                        + " \"isTruncated\": true}",
                "k1/i1", "{\"parts\": [{\"id\": \"p3\"}], \"nextKeyMarker\": \"k9\", \"isTruncated\": false}");
        List<String> sent = new ArrayList<>();
        Function<Object, Object> listParts = request -> {
            String key = get(request, "keyMarker") + "/" + get(request, "idMarker");
            sent.add(key);
            try {
                return read(loader, "test.widgets.internal.ListPartsResponseCodec", partPages.get(key));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        Function<Object, Object> describeWidgets = request -> {
            try {
                return read(loader, "test.widgets.internal.DescribeWidgetsResponseCodec", get(request, "nextToken") == null
                        ? "{\"counts\": {\"a\": 1, \"b\": 2}, \"nextToken\": \"n1\"}"
                        : "{\"counts\": {\"c\": 3}, \"summary\": {\"items\": [\"x\"]}}");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        Object client = WaiterPaginatorFixtures.scriptedClient(loader, "test.widgets.WidgetsClient",
                Map.of("listParts", listParts, "describeWidgets", describeWidgets));

        Object partsPaginator = client.getClass().getMethod("listPartsPaginator").invoke(client);
        List<String> ids = new ArrayList<>();
        for (Object part : (Iterable<?>) partsPaginator.getClass().getMethod("parts").invoke(partsPaginator)) {
            ids.add((String) get(part, "id"));
        }
        assertEquals(List.of("p1", "p2", "p3"), ids, "the unset flag on the third page ends the paging");
        assertEquals(List.of("null/null", "k1/null", "k1/i1"), sent, "both tokens travel; one changing is enough");

        Object widgetsPaginator = client.getClass().getMethod("describeWidgetsPaginator").invoke(client);
        List<String> counts = new ArrayList<>();
        for (Object entry : (Iterable<?>) widgetsPaginator.getClass().getMethod("counts").invoke(widgetsPaginator)) {
            counts.add(entry.toString());
        }
        assertEquals(List.of("a=1", "b=2", "c=3"), counts);
        List<Object> items = new ArrayList<>();
        ((Iterable<?>) widgetsPaginator.getClass().getMethod("items").invoke(widgetsPaginator)).forEach(items::add);
        assertEquals(List.of("x"), items, "a page without the nested key adds nothing");
    }

    @Test
    void tokensThatChangeTypeAreRejected() {
        String paginators = """
                {"pagination": {"DescribeWidgets": {"input_token": "nextToken", "output_token": "total"}}}""";
        CodegenException failure = assertThrows(CodegenException.class, () -> CodegenRunner.generate(
                WaiterPaginatorFixtures.widgets(paginators, "{\"version\": 2, \"waiters\": {}}"), null, List.of()));
        assertEquals("[E135] paginators.DescribeWidgets: input token 'nextToken' is java.lang.String but output token"
                + " 'total' is java.lang.Integer; a token must keep its type from one page to the next",
                failure.problems().get(0).toString());
    }

    @Test
    void keysTheModelCannotSatisfyAreRejected() {
        String paginators = """
                {"pagination": {"DescribeWidgets": {"input_token": "nextToken", "output_token": "nextToken",
                 "result_key": "total[-1]"}}}""";
        CodegenException failure = assertThrows(CodegenException.class, () -> CodegenRunner.generate(
                WaiterPaginatorFixtures.widgets(paginators, "{\"version\": 2, \"waiters\": {}}"), null, List.of()));
        assertEquals("[E132] paginators.DescribeWidgets.result_key: 'total[-1]' at position 5: [-1] needs a list, but"
                + " 'total' is an integer", failure.problems().get(0).toString());
    }

    @Test
    void itemViewNamesAvoidWhatPaginatorsAlreadyHave() {
        Names names = new Names("ECR", "x");
        assertEquals("findings", names.paginatorItemMethod("imageScanFindings.findings"));
        assertEquals("key", names.paginatorItemMethod("contents[-1].key"));
        assertEquals("streamItems", names.paginatorItemMethod("stream"));
        assertEquals("iteratorItems", names.paginatorItemMethod("Iterator"));
        assertEquals("defaultItems", names.paginatorItemMethod("default"));
        assertEquals("DescribeImagesPublisher", names.paginatorPublisherClass("DescribeImages").simpleName());
        assertEquals("x.paginators", names.paginatorPublisherClass("DescribeImages").packageName());
    }
}
