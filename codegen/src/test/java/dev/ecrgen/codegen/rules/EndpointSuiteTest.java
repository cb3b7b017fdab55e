package dev.ecrgen.codegen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.endpoints.EndpointAttributes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;

/**
 * Runs botocore's endpoint test suites ({@code ../shared/endpoint-tests/<service>/endpoint-tests-1.json}) against the
 * providers generated from the services' rule sets, through their public API only: the parameters are set with the
 * generated builder's methods, the provider is {@code <Service>EndpointProvider.defaultProvider()}, and every case's
 * URL, headers and properties, or error message, must match exactly.
 */
class EndpointSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The suites and where each service's model and rule set are. */
    private static final Map<String, String> MODELS = Map.of(
            "ecr", "reference-models/ecr/2015-09-21",
            "dynamodb", "reference-models/corpus/dynamodb/2012-08-10");

    @TestFactory
    Stream<DynamicNode> everyCaseOfEverySuite() throws IOException {
        List<DynamicNode> suites = new ArrayList<>();
        for (Map.Entry<String, String> service : new java.util.TreeMap<>(MODELS).entrySet()) {
            Path suiteDir = SharedFiles.resolve("endpoint-tests/" + service.getKey());
            Path modelDir = SharedFiles.resolve(service.getValue());
            Path rules = Files.exists(suiteDir.resolve("endpoint-rule-set-1.json"))
                    ? suiteDir.resolve("endpoint-rule-set-1.json") : modelDir.resolve("endpoint-rule-set-1.json");
            Suite suite = Suite.generate(modelDir.resolve("service-2.json"), rules);
            JsonNode cases = JSON.readTree(suiteDir.resolve("endpoint-tests-1.json").toFile()).get("testCases");
            List<DynamicTest> tests = new ArrayList<>();
            int i = 0;
            for (JsonNode testCase : cases) {
                String name = "[" + (i++) + "] " + testCase.path("documentation").asText("");
                tests.add(DynamicTest.dynamicTest(name, () -> suite.run(testCase)));
            }
            assertTrue(tests.size() > 20, "the " + service.getKey() + " suite has only " + tests.size() + " cases");
            suites.add(DynamicContainer.dynamicContainer(service.getKey() + " (" + tests.size() + " cases)", tests));
        }
        return suites.stream();
    }

    /** A generated, compiled endpoint provider and its parameters class. */
    private record Suite(Names names, Class<?> params, Object provider) {

        static Suite generate(Path model, Path rules) {
            ModelBundle bundle = ModelLoader.load(model, null, null, rules);
            String serviceId = bundle.service().metadata().serviceId();
            String basePackage = "test.endpoints." + Names.serviceName(serviceId).toLowerCase(java.util.Locale.ROOT);
            Names names = Names.of(bundle.service(), basePackage);
            List<GeneratedSource> sources = CodegenRunner.generate(bundle, basePackage, null).stream()
                    .filter(source -> source.relativePath().toString().replace('\\', '/').contains("/endpoints/"))
                    .toList();
            ClassLoader loader = InMemoryCompiler.compile(sources);
            try {
                Class<?> params = loader.loadClass(names.endpointParams().reflectionName());
                Object provider = loader.loadClass(names.endpointProvider().reflectionName())
                        .getMethod("defaultProvider").invoke(null);
                return new Suite(names, params, provider);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        void run(JsonNode testCase) throws Exception {
            Object builder = params.getMethod("builder").invoke(null);
            for (Map.Entry<String, JsonNode> param : testCase.path("params").properties()) {
                set(builder, names.endpointParamMethod(param.getKey()), param.getValue());
            }
            Object built = builder.getClass().getMethod("build").invoke(builder);
            Method resolve = provider.getClass().getMethod("resolveEndpoint", params);
            @SuppressWarnings("unchecked")
            CompletableFuture<Endpoint> future = (CompletableFuture<Endpoint>) resolve.invoke(provider, built);
            JsonNode expect = testCase.get("expect");
            if (expect.has("error")) {
                CompletionException failure = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                        future::join, "expected the error: " + expect.get("error").asText());
                assertTrue(failure.getCause() instanceof SdkClientException, failure.getCause().toString());
                assertEquals(expect.get("error").asText(), failure.getCause().getMessage());
                return;
            }
            Endpoint endpoint = future.join();
            JsonNode expected = expect.get("endpoint");
            assertEquals(expected.get("url").asText(), endpoint.endpointUrl().toUri().toString());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> header : expected.path("headers").properties()) {
                List<String> values = new ArrayList<>();
                header.getValue().forEach(value -> values.add(value.asText()));
                headers.put(header.getKey(), values);
            }
            assertEquals(headers, endpoint.headers());
            Object properties = expected.has("properties")
                    ? JSON.convertValue(expected.get("properties"), Map.class) : Map.of();
            Map<String, Object> actual = endpoint.attribute(EndpointAttributes.PROPERTIES);
            assertEquals(properties, actual == null ? Map.of() : actual);
        }

        private void set(Object builder, String method, JsonNode value) throws ReflectiveOperationException {
            for (Method candidate : builder.getClass().getMethods()) {
                if (!candidate.getName().equals(method) || candidate.getParameterCount() != 1) {
                    continue;
                }
                Class<?> type = candidate.getParameterTypes()[0];
                Object argument;
                if (type == Region.class) {
                    argument = Region.of(value.asText());
                } else if (type == Boolean.class) {
                    argument = value.asBoolean();
                } else if (type == List.class) {
                    List<String> values = new ArrayList<>();
                    value.forEach(element -> values.add(element.asText()));
                    argument = values;
                } else {
                    argument = value.asText();
                }
                candidate.invoke(builder, argument);
                return;
            }
            throw new AssertionError("the parameters builder has no method " + method);
        }
    }
}
