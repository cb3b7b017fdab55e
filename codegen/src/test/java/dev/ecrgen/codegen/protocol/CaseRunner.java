package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.protocol.LoopbackServer.CannedResponse;
import dev.ecrgen.codegen.protocol.LoopbackServer.RecordedRequest;
import dev.ecrgen.codegen.validate.ModelValidator;
import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.protocol.IdempotencyTokens;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs single cases against generated clients. An input case builds the request from {@code params}, sends it to the
 * loopback server and compares what arrived with {@code serialized}; an idempotency token the params leave unset but
 * the expected body holds is what the runtime's test hook ({@code IdempotencyTokens.use}) supplies for that call. An
 * output case serves {@code response} and compares the call's result with {@code result}, or the exception with
 * {@code errorCode}, {@code errorMessage} and {@code error}. Each client is built once per model and endpoint and
 * reused.
 */
final class CaseRunner implements AutoCloseable {
    private final LoopbackServer server;
    private final Map<String, Client> clients = new HashMap<>();

    CaseRunner(LoopbackServer server) {
        this.server = server;
    }

    private record Client(AutoCloseable client, LoopbackTransport transport, URI endpoint) {}

    /**
     * Why the case cannot run against a generated client, or null when it can. Older botocore suites hold three kinds
     * of case that a typed client cannot meet, each skipped by name and reason: an operation with an event stream,
     * which the generator leaves out; a value of a shape declared as one type with the fields of another (a
     * {@code string} with {@code key} and {@code value}), which the client reads as its declared type; and error
     * members expected for an error code the operation does not declare, which the client reports as the service's
     * base exception (the AWS SDK for Java v2 likewise generates only the error shapes its operations declare).
     */
    static String skipReason(GeneratedService service, JsonNode testCase) {
        if (service.problem() != null) {
            return null;
        }
        String operation = SuiteModels.operation(testCase).get("name").asText();
        ModelValidator.EventStream stream = service.eventStream(operation);
        if (stream != null) {
            return "operation " + operation + " has an event stream (" + stream.side() + " member " + stream.member()
                    + "), which ecrgen does not generate";
        }
        Operation model = service.operation(operation);
        String contradiction = testCase.has("params")
                ? SuiteShapes.contradictionIn(service, model.input() == null ? null : model.input().shape(),
                        testCase.get("params"))
                : SuiteShapes.contradictionIn(service, model.output() == null ? null : model.output().shape(),
                        testCase.get("result"));
        if (contradiction != null) {
            return contradiction;
        }
        String code = testCase.path("errorCode").asText(null);
        JsonNode members = testCase.get("error");
        if (code != null && members != null && members.size() > 0 && errorShape(service, model, code) == null
                && SuiteShapes.isException(service, code)) {
            return "error " + code + " is an exception shape of the suite that operation " + operation + " does not"
                    + " declare; a generated client reports it as the service's base exception, without its members";
        }
        return null;
    }

    /** Every difference between the case's expectation and what the generated client did; empty when it passed. */
    List<String> run(GeneratedService service, JsonNode suite, JsonNode testCase) {
        List<String> differences = new ArrayList<>();
        if (service.problem() != null) {
            differences.add(service.problem());
            return differences;
        }
        String operation = SuiteModels.operation(testCase).get("name").asText();
        Client client;
        try {
            client = client(service, endpoint(suite, testCase));
        } catch (Exception | LinkageError e) {
            differences.add("building the generated client failed: " + describe(e));
            return differences;
        }
        try {
            if (testCase.has("serialized")) {
                input(service, client, operation, testCase, differences);
            } else if (testCase.has("response")) {
                output(service, client, operation, testCase, differences);
            } else {
                differences.add("the case has neither 'serialized' nor 'response'; nothing to check");
            }
        } catch (Exception | AssertionError | LinkageError e) {
            differences.add("the test could not run the case: " + describe(e));
        }
        return differences;
    }

    private void input(GeneratedService service, Client client, String operation, JsonNode testCase,
            List<String> differences) throws ReflectiveOperationException {
        server.respondWith(CannedResponse.emptyJson(service.jsonVersion()));
        client.transport().takeRequested();
        Object request = new ParamValues(service).request(operation, testCase.get("params"));
        ShapeRef input = service.operation(operation).input();
        List<String> tokens = SuiteTokens.of(service, input == null ? null : service.shape(input.shape()),
                testCase.get("params"), testCase.get("serialized"));
        if (!tokens.isEmpty()) {
            Iterator<String> next = tokens.iterator();
            String last = tokens.get(tokens.size() - 1);
            IdempotencyTokens.use(() -> next.hasNext() ? next.next() : last);
        }
        try {
            service.call(client.client(), operation, request);
        } catch (Throwable e) {
            differences.add("the call failed: " + describe(e));
        } finally {
            IdempotencyTokens.reset();
        }
        List<RecordedRequest> received = server.requests();
        List<URI> addressed = client.transport().takeRequested();
        if (received.size() != 1) {
            differences.add("expected one request but the server received " + received.size());
            if (received.isEmpty()) {
                return;
            }
        }
        RequestCheck.compare(testCase.get("serialized"), received.get(0), addressed.isEmpty() ? null : addressed.get(0),
                client.endpoint(), "localhost:" + server.port(), differences);
    }

    private void output(GeneratedService service, Client client, String operation, JsonNode testCase,
            List<String> differences) throws ReflectiveOperationException {
        JsonNode response = testCase.get("response");
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
            headers.put(header.getKey(), header.getValue().asText());
        }
        server.respondWith(new CannedResponse(response.path("status_code").asInt(200), headers,
                response.path("body").asText("").getBytes(StandardCharsets.UTF_8)));
        Object request = new ParamValues(service).request(operation, testCase.get("params"));
        boolean expectsError = testCase.has("errorCode") || testCase.has("error") || testCase.has("errorMessage");
        Operation model = service.operation(operation);
        Object result;
        try {
            result = service.call(client.client(), operation, request);
        } catch (AwsServiceException e) {
            if (expectsError) {
                error(service, model, testCase, e, differences);
            } else {
                differences.add("expected a result but the call failed: " + describe(e));
            }
            return;
        } catch (Throwable e) {
            differences.add("the call failed: " + describe(e));
            return;
        }
        if (expectsError) {
            differences.add("expected error " + testCase.path("errorCode").asText("") + " but the call returned " + result);
            return;
        }
        Shape output = model.output() == null ? null : service.shape(model.output().shape());
        new ResultCheck(service, differences).structure(result, output, false, testCase.get("result"), "result", null);
    }

    private void error(GeneratedService service, Operation model, JsonNode testCase, AwsServiceException thrown,
            List<String> differences) throws ReflectiveOperationException {
        AwsErrorDetails details = thrown.awsErrorDetails();
        String code = testCase.path("errorCode").asText(null);
        if (code != null && !code.equals(details.errorCode())) {
            differences.add("errorCode: expected " + code + " but was " + details.errorCode());
        }
        if (testCase.has("errorMessage") && !testCase.get("errorMessage").asText().equals(details.errorMessage())) {
            differences.add("errorMessage: expected '" + testCase.get("errorMessage").asText() + "' but was "
                    + (details.errorMessage() == null ? "null" : "'" + details.errorMessage() + "'"));
        }
        Class<?> base = service.type(service.names().serviceException());
        if (!base.isInstance(thrown)) {
            differences.add("expected a " + base.getSimpleName() + " but caught " + thrown.getClass().getName());
        }
        String shapeName = errorShape(service, model, code);
        JsonNode expected = testCase.get("error");
        if (shapeName == null) {
            if (expected != null && expected.size() > 0) {
                differences.add("error: the case expects members " + expected + " but " + code
                        + " is not an error the operation models");
            }
            return;
        }
        Class<?> modeled = service.type(service.names().shapeClass(shapeName));
        if (!modeled.isInstance(thrown)) {
            differences.add("expected " + modeled.getSimpleName() + " for error code " + code + " but caught "
                    + thrown.getClass().getName());
            return;
        }
        Shape shape = service.shape(shapeName);
        String message = messageMember(service, shape);
        if (message != null) {
            JsonNode wanted = expected == null ? null : expected.get(message);
            if (wanted != null && !wanted.isNull() && !wanted.asText().equals(details.errorMessage())) {
                differences.add("error." + message + ": expected '" + wanted.asText() + "' but the error message was "
                        + (details.errorMessage() == null ? "null" : "'" + details.errorMessage() + "'"));
            }
            if ((wanted == null || wanted.isNull()) && !testCase.has("errorMessage") && details.errorMessage() != null) {
                differences.add("error." + message + ": expected unset but the error message was '"
                        + details.errorMessage() + "'");
            }
        }
        new ResultCheck(service, differences).structure(thrown, shape, true, expected, "error", message);
    }

    /** The operation's error shape whose code (the error trait's code, else the shape name) is the given one. */
    private static String errorShape(GeneratedService service, Operation operation, String code) {
        for (ShapeRef ref : operation.errors()) {
            Shape shape = service.shape(ref.shape());
            String shapeCode = shape.error() != null && shape.error().code() != null ? shape.error().code() : ref.shape();
            if (shapeCode.equals(code)) {
                return ref.shape();
            }
        }
        return null;
    }

    /** The member an exception carries as its message rather than through an accessor, if it has one. */
    private static String messageMember(GeneratedService service, Shape shape) {
        for (MemberAccess member : MemberAccess.of(service, shape, true)) {
            if (member.javaName().equals("message")) {
                return member.modelName();
            }
        }
        return null;
    }

    /** The endpoint the case's client should have: the suite's (or case's) clientEndpoint, else the default one. */
    private static URI endpoint(JsonNode suite, JsonNode testCase) {
        String given = testCase.path("clientEndpoint").asText(suite.path("clientEndpoint").asText(""));
        if (!given.isEmpty()) {
            return URI.create(given);
        }
        String prefix = suite.path("metadata").path("endpointPrefix").asText("");
        return URI.create("https://" + (prefix.isEmpty() ? "localhost" : prefix + ".us-east-1.amazonaws.com"));
    }

    private Client client(GeneratedService service, URI endpoint) throws ReflectiveOperationException {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        String key = service.label() + "|" + endpoint;
        Client existing = clients.get(key);
        if (existing != null) {
            return existing;
        }
        LoopbackTransport transport = new LoopbackTransport(server.port());
        URI override = URI.create("http://localhost:" + server.port() + path);
        Client created = new Client(service.newClient(override, transport), transport, endpoint);
        clients.put(key, created);
        return created;
    }

    static String describe(Throwable e) {
        if (e instanceof InvocationTargetException && e.getCause() != null) {
            return describe(e.getCause());
        }
        StringBuilder text = new StringBuilder(e.getClass().getName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** Closes every client built; a client that fails to close is reported by the exception, after the others. */
    @Override
    public void close() {
        IllegalStateException failure = null;
        for (Client client : clients.values()) {
            try {
                client.client().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("a generated client failed to close: " + describe(e), e);
                }
            }
        }
        clients.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
