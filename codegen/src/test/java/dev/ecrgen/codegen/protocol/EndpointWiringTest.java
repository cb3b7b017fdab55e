package dev.ecrgen.codegen.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.runtime.config.AccountIdEndpointMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/**
 * The cases of DynamoDB's endpoint test suite that name an operation ({@code operationInputs}), run through the
 * generated client: the built-ins go to the client builder (region, FIPS, dual-stack, endpoint override, account-ID
 * endpoint mode, and the account ID on the credentials), the operation's parameters to its request, and the request
 * the client would send must go to the expected URL with the expected headers, or the call must fail with the rule
 * set's message before anything is sent. This checks what the client adds per operation: its static parameters, its
 * {@code contextParam} members and its {@code operationContextParams} paths.
 */
class EndpointWiringTest {
    private static final String MODEL = "reference-models/corpus/dynamodb/2012-08-10";

    @TestFactory
    Stream<DynamicTest> dynamoDbOperationInputs() throws IOException {
        Path dir = SharedFiles.resolve(MODEL);
        ModelBundle bundle = ModelLoader.load(dir.resolve("service-2.json"), null, null,
                SharedFiles.resolve("endpoint-tests/dynamodb/endpoint-rule-set-1.json"));
        GeneratedService service = GeneratedService.generate(bundle, "test.wiring.dynamodb");
        ServiceCompiler.compile(List.of(service));
        if (service.problem() != null) {
            fail(service.problem());
        }
        JsonNode cases = SuiteFile.JSON.readTree(SharedFiles.resolve("endpoint-tests/dynamodb/endpoint-tests-1.json")
                .toFile()).get("testCases");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode testCase : cases) {
            int index = i++;
            int input = 0;
            for (JsonNode operationInput : testCase.path("operationInputs")) {
                String name = "[" + index + "." + (input++) + "] " + operationInput.get("operationName").asText()
                        + " " + testCase.path("documentation").asText("");
                tests.add(DynamicTest.dynamicTest(name, () -> run(service, operationInput, testCase.get("expect"))));
            }
        }
        assertTrue(tests.size() > 200, "only " + tests.size() + " operation inputs in the suite");
        return tests.stream();
    }

    private static void run(GeneratedService service, JsonNode input, JsonNode expect) throws Throwable {
        AtomicReference<HttpRequest> sent = new AtomicReference<>();
        SyncTransport capture = new SyncTransport() {
            @Override
            public dev.ecrgen.runtime.transport.HttpResponse execute(HttpRequest request, java.time.Duration timeout)
                    throws IOException {
                sent.set(request);
                throw new IOException("captured, not sent");
            }

            @Override
            public void close() {
            }
        };
        String operation = input.get("operationName").asText();
        Object request = new ParamValues(service).request(operation, input.get("operationParams"));
        SdkClientException failure = callFailure(service, input, capture, operation, request);
        if (expect.has("error")) {
            assertEquals(null, sent.get(), "expected the error: " + expect.get("error").asText());
            assertNotNull(failure);
            assertEquals(expect.get("error").asText(), failure.getMessage());
            return;
        }
        HttpRequest request0 = sent.get();
        assertNotNull(request0, () -> "nothing was sent; the call failed with " + failure);
        URI expected = URI.create(expect.get("endpoint").get("url").asText());
        String path = expected.getRawPath() == null || expected.getRawPath().isEmpty() ? "/" : expected.getRawPath();
        assertEquals(expected.getScheme() + "://" + expected.getRawAuthority() + path, request0.uri().toString());
        for (Map.Entry<String, JsonNode> header : expect.get("endpoint").path("headers").properties()) {
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            assertEquals(values, request0.headers().get(header.getKey()), header.getKey());
        }
    }

    private static SdkClientException callFailure(GeneratedService service, JsonNode input, SyncTransport capture,
            String operation, Object request) throws Throwable {
        try (AutoCloseable client = client(service, input.path("builtInParams"), capture)) {
            service.call(client, operation, request);
            return null;
        } catch (SdkClientException e) {
            return e;
        }
    }

    private static AutoCloseable client(GeneratedService service, JsonNode builtIns, SyncTransport transport)
            throws ReflectiveOperationException {
        Object builder = service.type(service.names().client()).getMethod("builder").invoke(null);
        AwsBasicCredentials.Builder credentials = AwsBasicCredentials.builder()
                .accessKeyId("akid").secretAccessKey("secret");
        for (Map.Entry<String, JsonNode> builtIn : builtIns.properties()) {
            JsonNode value = builtIn.getValue();
            switch (builtIn.getKey()) {
                case "AWS::Region" -> set(builder, "region", Region.class, Region.of(value.asText()));
                case "AWS::UseFIPS" -> set(builder, "fipsEnabled", Boolean.class, value.asBoolean());
                case "AWS::UseDualStack" -> set(builder, "dualstackEnabled", Boolean.class, value.asBoolean());
                case "SDK::Endpoint" -> set(builder, "endpointOverride", URI.class, URI.create(value.asText()));
                case "AWS::Auth::AccountIdEndpointMode" -> set(builder, "accountIdEndpointMode",
                        AccountIdEndpointMode.class, AccountIdEndpointMode.fromValue(value.asText()));
                case "AWS::Auth::AccountId" -> credentials.accountId(value.asText());
                default -> throw new IllegalArgumentException("no builder setting for the built-in " + builtIn.getKey());
            }
        }
        set(builder, "credentialsProvider", AwsCredentialsProvider.class,
                StaticCredentialsProvider.create(credentials.build()));
        set(builder, "httpTransport", SyncTransport.class, transport);
        set(builder, "retryPolicy", RetryPolicy.class, RetryPolicy.none());
        return (AutoCloseable) builder.getClass().getMethod("build").invoke(builder);
    }

    private static void set(Object builder, String name, Class<?> parameter, Object value)
            throws ReflectiveOperationException {
        builder.getClass().getMethod(name, parameter).invoke(builder, value);
    }
}
