package dev.ecrgen.codegen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.endpoints.EndpointAttributes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;

/**
 * Small rule sets compiled and run: the language's semantics as the compiled code has them, each pinned by what a
 * provider resolves for a few parameter values.
 */
class RuleCompilerTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo", "serviceId": "Demo",
                          "signingName": "demo", "endpointPrefix": "demo"},
             "operations": {"Ping": {"name": "Ping", "input": {"shape": "PingRequest"}}},
             "shapes": {"PingRequest": {"type": "structure", "members": {}}}}
            """;

    /** A provider for the rules, which see Region (optional), UseFIPS (defaulted false) and Endpoint (optional). */
    private static Object provider(String rules) throws ReflectiveOperationException {
        return compile(RuleSets.withRules(rules));
    }

    /** A provider for a whole rule set. */
    private static Object compile(JsonNode rules) throws ReflectiveOperationException {
        ServiceModel service = ModelLoader.parse(MODEL.getBytes(StandardCharsets.UTF_8), "demo.json",
                ServiceModel.class);
        RuleSet ruleSet = RuleSetParser.parse(rules, "rules.json", new java.util.ArrayList<>());
        List<GeneratedSource> sources = CodegenRunner.generate(new ModelBundle(service, null, null, ruleSet, "demo"),
                "test.rules", null).stream()
                .filter(source -> source.relativePath().toString().replace('\\', '/').contains("/endpoints/"))
                .toList();
        ClassLoader loader = InMemoryCompiler.compile(sources);
        return loader.loadClass("test.rules.endpoints.DemoEndpointProvider").getMethod("defaultProvider").invoke(null);
    }

    /** The URL resolved for the parameters, or "error: " and the message. */
    private static String resolve(Object provider, Map<String, Object> params) throws ReflectiveOperationException {
        try {
            return endpoint(provider, params).endpointUrl().toUri().toString();
        } catch (CompletionException e) {
            return "error: " + e.getCause().getMessage();
        }
    }

    @Test
    void anUnsetArgumentMakesTheCallUnsetAndTheConditionFail() throws Exception {
        Object provider = provider("[{'conditions': [{'fn': 'aws.partition', 'argv': [{'ref': 'Region'}], "
                + "'assign': 'p'}], 'type': 'endpoint', 'endpoint': {'url': 'https://demo.{p#dnsSuffix}'}}, "
                + "{'conditions': [], 'type': 'error', 'error': 'no region'}]");
        assertEquals("https://demo.amazonaws.com.cn", resolve(provider, Map.of("region", Region.CN_NORTH_1)));
        assertEquals("error: no region", resolve(provider, Map.of()));
    }

    @Test
    void unsetValuesCompareUnequalAndNegateToFalse() throws Exception {
        Object provider = provider("[{'conditions': [{'fn': 'stringEquals', 'argv': [{'ref': 'Region'}, "
                + "{'ref': 'Endpoint'}]}], 'type': 'error', 'error': 'same'}, {'conditions': [{'fn': 'not', 'argv': "
                + "[{'fn': 'isValidHostLabel', 'argv': [{'ref': 'Region'}, false]}]}], 'type': 'error', 'error': "
                + "'bad label'}, {'conditions': [], 'type': 'endpoint', 'endpoint': {'url': 'https://ok'}}]");
        assertEquals("error: bad label", resolve(provider, Map.of()));
        assertEquals("error: same", resolve(provider, Map.of("region", Region.of("x"), "endpoint", "x")));
        assertEquals("https://ok", resolve(provider, Map.of("region", Region.of("x"), "endpoint", "y")));
    }

    @Test
    void aTreeWhoseRulesAllFailEndsResolution() throws Exception {
        Object provider = provider("[{'conditions': [], 'type': 'tree', 'rules': [{'conditions': [{'fn': 'isSet', "
                + "'argv': [{'ref': 'Endpoint'}]}], 'type': 'endpoint', 'endpoint': {'url': {'ref': 'Endpoint'}}}]}]");
        assertEquals("http://localhost:8080", resolve(provider, Map.of("endpoint", "http://localhost:8080")));
        assertEquals("error: Rule engine did not reach an error or endpoint result", resolve(provider, Map.of()));
    }

    @Test
    void coalesceIteSplitAndIndexes() throws Exception {
        Object provider = provider("[{'conditions': [{'fn': 'coalesce', 'argv': [{'ref': 'Endpoint'}, 'a.b.c'], "
                + "'assign': 'hosts'}, {'fn': 'split', 'argv': [{'ref': 'hosts'}, '.', 0], 'assign': 'parts'}, "
                + "{'fn': 'getAttr', 'argv': [{'ref': 'parts'}, '[1]'], 'assign': 'second'}, {'fn': 'ite', 'argv': "
                + "[{'ref': 'UseFIPS'}, '-fips', ''], 'assign': 'suffix'}], 'type': 'endpoint', 'endpoint': {'url': "
                + "'https://{second}{suffix}.example.com'}}, {'conditions': [], 'type': 'error', 'error': 'short'}]");
        assertEquals("https://b.example.com", resolve(provider, Map.of()));
        assertEquals("https://y-fips.example.com", resolve(provider, Map.of("endpoint", "x.y", "useFips", true)));
        assertEquals("error: short", resolve(provider, Map.of("endpoint", "single")));
    }

    @Test
    void anUnsetBooleanEqualsNeitherTrueNorFalse() throws Exception {
        Object provider = compile(RuleSets.json("{'version': '1.0', 'parameters': {'Flag': {'type': 'Boolean'}}, "
                + "'rules': [{'conditions': [{'fn': 'booleanEquals', 'argv': [{'ref': 'Flag'}, true]}], 'type': "
                + "'endpoint', 'endpoint': {'url': 'https://on'}}, {'conditions': [{'fn': 'booleanEquals', 'argv': "
                + "[false, {'ref': 'Flag'}]}], 'type': 'endpoint', 'endpoint': {'url': 'https://off'}}, {'conditions': "
                + "[], 'type': 'endpoint', 'endpoint': {'url': 'https://unset'}}]}"));
        assertEquals("https://on", resolve(provider, Map.of("flag", true)));
        assertEquals("https://off", resolve(provider, Map.of("flag", false)));
        assertEquals("https://unset", resolve(provider, Map.of()));
    }

    @Test
    void aStringComparedWithFixedTextOnEitherSide() throws Exception {
        Object provider = provider("[{'conditions': [{'fn': 'stringEquals', 'argv': [{'ref': 'Region'}, "
                + "'eu-west-3']}], 'type': 'endpoint', 'endpoint': {'url': 'https://paris'}}, {'conditions': [{'fn': "
                + "'stringEquals', 'argv': ['cn-north-1', {'ref': 'Region'}]}], 'type': 'endpoint', 'endpoint': "
                + "{'url': 'https://beijing'}}, {'conditions': [], 'type': 'endpoint', 'endpoint': {'url': "
                + "'https://elsewhere'}}]");
        assertEquals("https://paris", resolve(provider, Map.of("region", Region.EU_WEST_3)));
        assertEquals("https://beijing", resolve(provider, Map.of("region", Region.CN_NORTH_1)));
        assertEquals("https://elsewhere", resolve(provider, Map.of("region", Region.US_EAST_1)));
        assertEquals("https://elsewhere", resolve(provider, Map.of()));
    }

    @Test
    void valuesReadOnlyByHeadersOrPropertiesReachThem() throws Exception {
        Object provider = provider("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}], 'type': 'tree', "
                + "'rules': [{'conditions': [], 'type': 'endpoint', 'endpoint': {'url': 'https://x.example.com', "
                + "'headers': {'x-region': ['{Region}', 'b']}, 'properties': {'extra': [{'fips': {'ref': "
                + "'UseFIPS'}}]}}}]}, {'conditions': [], 'type': 'error', 'error': 'no region'}]");
        Endpoint endpoint = endpoint(provider, Map.of("region", Region.of("eu-west-3"), "useFips", true));
        assertEquals("https://x.example.com", endpoint.url().toString());
        assertEquals(Map.of("x-region", List.of("eu-west-3", "b")), endpoint.headers());
        assertEquals(Map.of("extra", List.of(Map.of("fips", true))), endpoint.attribute(EndpointAttributes.PROPERTIES));
    }

    @Test
    void aUrlWithAPortPathOrQueryKeepsIt() throws Exception {
        for (String url : List.of("https://{Region}.example.com:8443", "https://{Region}.example.com/base/",
                "http://{Region}.example.com?x=1", "https://{Region}_x.example.com")) {
            Object provider = provider("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}], 'type': "
                    + "'endpoint', 'endpoint': {'url': '" + url + "'}}, {'conditions': [], 'type': 'error', 'error': "
                    + "'no region'}]");
            assertEquals(url.replace("{Region}", "eu-west-3"), resolve(provider, Map.of("region",
                    Region.of("eu-west-3"))), url);
        }
    }

    /** The endpoint resolved for the parameters; a rule set's error completes the future exceptionally. */
    private static Endpoint endpoint(Object provider, Map<String, Object> params) throws ReflectiveOperationException {
        ClassLoader loader = provider.getClass().getClassLoader();
        Class<?> paramsClass = loader.loadClass("test.rules.endpoints.DemoEndpointParams");
        Object builder = paramsClass.getMethod("builder").invoke(null);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            Class<?> type = param.getValue() instanceof Region ? Region.class : param.getValue().getClass();
            builder.getClass().getMethod(param.getKey(), type).invoke(builder, param.getValue());
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);
        @SuppressWarnings("unchecked")
        CompletableFuture<Endpoint> future = (CompletableFuture<Endpoint>) provider.getClass()
                .getMethod("resolveEndpoint", paramsClass).invoke(provider, built);
        return future.join();
    }
}
