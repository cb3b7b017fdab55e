package dev.ecrgen.codegen.emit;

import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.file;
import static dev.ecrgen.codegen.emit.WaiterPaginatorFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.waiter.WaiterFailedException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.internal.waiters.ResponseOrException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

class WaiterEmitterTest {
    private static final String ECR = "dev/ecrgen/services/ecr/";
    private static final String WIDGETS = "test/widgets/";
    private static final WaiterOverrideConfiguration NO_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately()).build();
    private static final String NO_PAGINATORS = "{\"pagination\": {}}";

    @Test
    void theEcrWaitersCompileTheirPathsIntoAccessorCalls() {
        List<GeneratedSource> sources = CodegenRunner.generate(WaiterPaginatorFixtures.ecr(), "dev.ecrgen.services.ecr",
                List.of());
        Set<String> waiters = new TreeSet<>();
        for (GeneratedSource source : sources) {
            if (source.relativePath().startsWith(ECR + "waiters/")) {
                waiters.add(source.relativePath().substring((ECR + "waiters/").length()));
            }
        }
        assertEquals(Set.of("EcrWaiter.java", "DefaultEcrWaiter.java", "EcrAsyncWaiter.java",
                "DefaultEcrAsyncWaiter.java"), waiters);
        String implementation = file(sources, ECR + "waiters/DefaultEcrWaiter.java").text();
        assertTrue(implementation.contains("""
                    static final WaiterDefinition<DescribeImageScanFindingsResponse> IMAGE_SCAN_COMPLETE = WaiterDefinition.of(
                            "Ecr", "ImageScanComplete", "DescribeImageScanFindings", 5, 60, List.of(
                                Acceptor.path(WaiterState.SUCCESS, "imageScanStatus.status", "COMPLETE",
                                        (DescribeImageScanFindingsResponse response) -> Jmes.get(response.imageScanStatus(), ImageScanStatus::statusAsString)),
                                Acceptor.path(WaiterState.FAILURE, "imageScanStatus.status", "FAILED",
                                        (DescribeImageScanFindingsResponse response) -> Jmes.get(response.imageScanStatus(), ImageScanStatus::statusAsString))));
                """), implementation);
        assertTrue(implementation.contains("return WaiterRunner.run(LIFECYCLE_POLICY_PREVIEW_COMPLETE,"
                + " this.overrideConfiguration, overrideConfiguration,\n"
                + "                () -> client.getLifecyclePolicyPreview(request));"), implementation);
        String waiter = file(sources, ECR + "waiters/EcrWaiter.java").text();
        assertTrue(waiter.contains("public interface EcrWaiter extends SdkAutoCloseable {"));
        assertTrue(waiter.contains("WaiterResponse<DescribeImageScanFindingsResponse> waitUntilImageScanComplete(\n"
                + "            DescribeImageScanFindingsRequest request);"), waiter);
        assertTrue(waiter.contains("Wait until an image scan is complete and findings can be accessed.\n"), waiter);
        assertTrue(waiter.contains("<li>failure when <code>imageScanStatus.status == \"FAILED\"</code>"), waiter);
        String async = file(sources, ECR + "waiters/DefaultEcrAsyncWaiter.java").text();
        assertTrue(async.contains("return AsyncWaiterRunner.run(DefaultEcrWaiter.IMAGE_SCAN_COMPLETE,"), async);
        assertTrue(file(sources, ECR + "EcrClient.java").text().contains("""
                    default EcrWaiter waiter() {
                        return EcrWaiter.builder().client(this).build();
                    }
                """));
        assertTrue(file(sources, ECR + "EcrAsyncClient.java").text().contains("default EcrAsyncWaiter waiter() {"));
    }

    @Test
    void theSeedOperationHasNoWaiter() {
        List<GeneratedSource> sources = GoldenFilesTest.seedSources();
        assertFalse(sources.stream().anyMatch(s -> s.relativePath().contains("/waiters/")));
        assertFalse(file(sources, ECR + "EcrClient.java").text().contains("waiter()"));
    }

    @Test
    void everyMatcherCompiles() {
        String implementation = file(WaiterPaginatorFixtures.widgetsSources(),
                WIDGETS + "waiters/DefaultWidgetsWaiter.java").text();
        assertTrue(implementation.contains("Acceptor.pathAll(WaiterState.SUCCESS, \"widgets[].state\", \"ACTIVE\","),
                implementation);
        assertTrue(implementation.contains("(DescribeWidgetsResponse response) -> Jmes.project(Jmes.compact("
                + "response.widgets()), (Widget e1) -> Jmes.get(e1, Widget::stateAsString))),"), implementation);
        assertTrue(implementation.contains("Acceptor.<DescribeWidgetsResponse>error(WaiterState.RETRY,"
                + " \"WidgetNotFoundException\")"), implementation);
        assertTrue(implementation.contains("Acceptor.<DescribeWidgetsResponse>status(WaiterState.RETRY, 404)"));
        assertTrue(implementation.contains("Acceptor.<DescribeWidgetsResponse>error(WaiterState.FAILURE, true)"));
        assertTrue(implementation.contains("Jmes.equal(JmesFunctions.length(Jmes.flatten(Jmes.project(Jmes.compact("
                + "response.widgets()), (Widget e1) -> Jmes.compact(Jmes.filter(Jmes.get(e1, Widget::parts), (Part e2)"
                + " -> !Jmes.equal(Jmes.get(e2, Part::status), \"ready\")))))), 0)"), implementation);
    }

    @Test
    void generatedWaitersFollowScriptedStates() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(WaiterPaginatorFixtures.widgetsSources());
        ErrorFactory errors = (ErrorFactory) loader.loadClass("test.widgets.internal.WidgetsErrorFactory")
                .getField("INSTANCE").get(null);
        RuntimeException notFound = errors.create(AwsErrorDetails.builder().errorCode("WidgetNotFoundException")
                .errorMessage("no widgets yet").serviceName("Widgets").statusCode(400).build());
        Deque<Object> script = new ArrayDeque<>(List.of(
                notFound,
                "{\"widgets\": [{\"state\": \"PENDING\"}, {\"state\": \"ACTIVE\"}]}",
                "{\"widgets\": [{\"state\": \"ACTIVE\"}, {\"state\": \"ACTIVE\"}]}"));
        Function<Object, Object> describeWidgets = request -> next(loader, script,
                "test.widgets.internal.DescribeWidgetsResponseCodec");
        Object client = WaiterPaginatorFixtures.scriptedClient(loader, "test.widgets.WidgetsClient",
                Map.of("describeWidgets", describeWidgets));
        Object waiter = waiter(loader, client);
        Object requestBuilder = loader.loadClass("test.widgets.model.DescribeWidgetsRequest").getMethod("builder")
                .invoke(null);
        Object request = requestBuilder.getClass().getMethod("build").invoke(requestBuilder);

        Class<?> waiterType = loader.loadClass("test.widgets.waiters.WidgetsWaiter");
        WaiterResponse<?> active = (WaiterResponse<?>) waiterType
                .getMethod("waitUntilWidgetsActive", request.getClass()).invoke(waiter, request);
        assertEquals(3, active.attemptsExecuted(), "an expected error, a pending widget, then all active");

        script.addAll(List.of("{\"widgets\": [{\"state\": \"PENDING\"}, {\"state\": \"FAILED\"}]}"));
        InvocationTargetException failed = assertThrows(InvocationTargetException.class, () -> waiterType
                .getMethod("waitUntilWidgetsActive", request.getClass()).invoke(waiter, request));
        WaiterFailedException failure = (WaiterFailedException) failed.getCause();
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE, failure.reason());
        assertEquals("Widgets waiter WidgetsActive failed on attempt 1: the acceptor 'pathAny widgets[].state =="
                + " \"FAILED\"' matched, which means the wanted state will not be reached", failure.getMessage());

        script.addAll(List.of(
                "{\"widgets\": [{\"parts\": [{\"status\": \"ready\"}, {\"status\": \"busy\"}]}]}",
                "{\"widgets\": [{\"parts\": [{\"status\": \"ready\"}]}, {\"parts\": []}]}"));
        WaiterResponse<?> ready = (WaiterResponse<?>) waiterType
                .getMethod("waitUntilPartsReady", request.getClass()).invoke(waiter, request);
        assertEquals(2, ready.attemptsExecuted());

        script.add(errors.create(AwsErrorDetails.builder().errorCode("Boom").statusCode(500).build()));
        InvocationTargetException broken = assertThrows(InvocationTargetException.class, () -> waiterType
                .getMethod("waitUntilPartsReady", request.getClass()).invoke(waiter, request));
        assertEquals(WaiterFailedException.Reason.FAILURE_STATE,
                ((WaiterFailedException) broken.getCause()).reason(), "'error: true' turns any error into failure");
    }

    @Test
    void anErrorAcceptorCanEndTheWaitWithSuccess() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(WaiterPaginatorFixtures.widgetsSources());
        ErrorFactory errors = (ErrorFactory) loader.loadClass("test.widgets.internal.WidgetsErrorFactory")
                .getField("INSTANCE").get(null);
        RuntimeException notFound = errors.create(AwsErrorDetails.builder().errorCode("WidgetNotFoundException")
                .statusCode(400).build());
        Deque<Object> script = new ArrayDeque<>(List.of("{\"report\": {\"status\": \"PENDING\"}}", notFound));
        Object client = WaiterPaginatorFixtures.scriptedClient(loader, "test.widgets.WidgetsClient",
                Map.of("getReport", request -> next(loader, script, "test.widgets.internal.GetReportResponseCodec")));
        Object waiter = waiter(loader, client);
        Class<?> requestClass = loader.loadClass("test.widgets.model.GetReportRequest");
        Object builder = requestClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("reportId", String.class).invoke(builder, "r1");
        Object request = builder.getClass().getMethod("build").invoke(builder);
        WaiterResponse<?> done = (WaiterResponse<?>) loader.loadClass("test.widgets.waiters.WidgetsWaiter")
                .getMethod("waitUntilReportDone", requestClass)
                .invoke(waiter, request);
        ResponseOrException<?> matched = done.matched();
        assertSame(notFound, matched.exception().orElseThrow());
        assertEquals(2, done.attemptsExecuted());
    }

    @Test
    void strictJavadocAcceptsThePaginatorsWaitersAndAsyncClient(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (GeneratedSource source : WaiterPaginatorFixtures.widgetsSources()) {
            Path file = dir.resolve("src").resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.write(file, source.content());
            String path = source.relativePath();
            if (path.contains("/paginators/") || path.contains("/waiters/") || path.contains("Async")) {
                files.add(file);
            }
        }
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager manager = tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        StringWriter output = new StringWriter();
        List<String> options = List.of("-quiet", "-Xdoclint:all", "-d", dir.resolve("doc").toString(),
                "-sourcepath", dir.resolve("src").toString(), "-classpath", System.getProperty("java.class.path"));
        boolean ok = tool.getTask(output, manager, diagnostics, null, options,
                manager.getJavaFileObjectsFromPaths(files)).call();
        StringBuilder report = new StringBuilder(output.toString());
        diagnostics.getDiagnostics().forEach(d -> report.append('\n').append(d));
        assertTrue(ok && diagnostics.getDiagnostics().isEmpty(), "javadoc reported:\n" + report);
        String waiter = Files.readString(dir.resolve("src/test/widgets/waiters/WidgetsWaiter.java"));
        assertTrue(waiter.contains("<li>failure when <code>length(report.sections) &gt; `3` == true</code>"), waiter);
    }

    @Test
    void pathsTheModelCannotSatisfyAreRejected() {
        String waiters = """
                {"version": 2, "waiters": {"Broken": {"operation": "DescribeWidgets", "delay": 1, "maxAttempts": 2,
                 "acceptors": [{"state": "success", "matcher": "path", "argument": "widgets.state", "expected": "x"}]}}}""";
        CodegenException failure = assertThrows(CodegenException.class, () -> CodegenRunner.generate(
                WaiterPaginatorFixtures.widgets(NO_PAGINATORS, waiters), null, List.of()));
        assertEquals("[E145] waiters.Broken.acceptors[0].argument: 'widgets.state' at position 8: 'state' is applied"
                + " to a list of structure Widget, which has no members; to read it from every element, write"
                + " [*].state", failure.problems().get(0).toString());
    }

    @Test
    void acceptorsThatCanNeverMatchAreRejected() {
        assertProblem("{\"state\": \"success\", \"matcher\": \"pathAll\", \"argument\": \"total\", \"expected\": 1}",
                "[E145] waiters.Broken.acceptors[0].argument: the pathAll matcher needs a list, but 'total' yields an"
                        + " integer");
        assertProblem("{\"state\": \"success\", \"matcher\": \"path\", \"argument\": \"summary.status\","
                + " \"expected\": true}", "[E146] waiters.Broken.acceptors[0].expected: the acceptor can never match:"
                        + " 'summary.status' is a string, but the expected value true is a boolean");
        assertProblem("{\"state\": \"success\", \"matcher\": \"pathAny\", \"argument\": \"widgets[].size\","
                + " \"expected\": \"3\"}", "[E146] waiters.Broken.acceptors[0].expected: the acceptor can never match:"
                        + " each element of 'widgets[].size' is an integer, but the expected value \"3\" is a string");
        assertProblem("{\"state\": \"success\", \"matcher\": \"path\", \"argument\": \"summary\","
                + " \"expected\": {}}", "[E146] waiters.Broken.acceptors[0].expected: the acceptor can never match:"
                        + " 'summary' is a structure Summary, but the expected value {} is an object");
        assertProblem("{\"state\": \"success\", \"matcher\": \"path\", \"argument\": \"nope(total)\","
                + " \"expected\": 1}", "[E145] waiters.Broken.acceptors[0].argument: 'nope(total)' at position 0:"
                        + " unknown function nope(); JMESPath's functions are abs, avg, ceil, contains, ends_with,"
                        + " floor, join, keys, length, map, max, max_by, merge, min, min_by, not_null, reverse, sort,"
                        + " sort_by, starts_with, sum, to_array, to_number, to_string, type, values");
    }

    @Test
    void expectedValuesMustFitTheMatcher() {
        assertProblem("{\"state\": \"retry\", \"matcher\": \"status\", \"expected\": \"404\"}",
                "[E146] waiters.Broken.acceptors[0].expected: the status matcher needs an HTTP status code, got \"404\"");
        assertProblem("{\"state\": \"retry\", \"matcher\": \"error\", \"expected\": 5}",
                "[E146] waiters.Broken.acceptors[0].expected: the error matcher needs an error code or a boolean, got 5");
        assertProblem("{\"state\": \"success\", \"matcher\": \"path\", \"argument\": \"total\"}",
                "[E146] waiters.Broken.acceptors[0].expected: the path matcher needs an expected value");
        assertProblem("{\"state\": \"success\", \"matcher\": \"pathAll\", \"expected\": 1}",
                "[E145] waiters.Broken.acceptors[0].argument: the pathAll matcher needs an expression");
    }

    private static void assertProblem(String acceptor, String problem) {
        String waiters = "{\"version\": 2, \"waiters\": {\"Broken\": {\"operation\": \"DescribeWidgets\", \"delay\": 1,"
                + " \"maxAttempts\": 2, \"acceptors\": [" + acceptor + "]}}}";
        CodegenException failure = assertThrows(CodegenException.class, () -> CodegenRunner.generate(
                WaiterPaginatorFixtures.widgets(NO_PAGINATORS, waiters), null, List.of()));
        assertEquals(problem, failure.problems().get(0).toString());
    }

    private static Object waiter(ClassLoader loader, Object client) throws Exception {
        Class<?> waiterType = loader.loadClass("test.widgets.waiters.WidgetsWaiter");
        Object builder = waiterType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("client", loader.loadClass("test.widgets.WidgetsClient")).invoke(builder, client);
        builder.getClass().getMethod("overrideConfiguration", WaiterOverrideConfiguration.class)
                .invoke(builder, NO_DELAY);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object next(ClassLoader loader, Deque<Object> script, String codec) {
        Object next = script.pollFirst();
        if (next instanceof RuntimeException) {
            return next;
        }
        try {
            return read(loader, codec, (String) next);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
