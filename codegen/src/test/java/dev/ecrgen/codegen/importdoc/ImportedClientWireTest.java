package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A client generated from nothing but the seed page (plus the ECR service metadata) makes the seed call on the wire:
 * the same target, content type and body as the client generated from the full model, and it reads the response.
 */
class ImportedClientWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void clientFromTheSeedPageCallsBatchCheckLayerAvailability() throws Exception {
        ImportResult imported = new DocImporter().importPages(List.of(SharedFiles.seedPage()), ImportOptions.defaults());
        ObjectNode model = imported.fragment();
        JsonNode ecr;
        try (InputStream in = getClass().getResourceAsStream("/models/ecr/2015-09-21/service-2.json")) {
            ecr = JSON.readTree(in);
        }
        model.set("metadata", ecr.get("metadata"));
        ModelBundle bundle = new ModelBundle(
                ModelLoader.parse(JSON.writeValueAsBytes(model), "seed fragment", ServiceModel.class), null, null, "seed");
        ClassLoader loader = InMemoryCompiler.compile(CodegenRunner.generate(bundle, "dev.ecrgen.imported.ecr", List.of()));

        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                seen.put("body", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            seen.put("target", exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            seen.put("type", exchange.getRequestHeaders().getFirst("Content-Type"));
            seen.put("auth", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] out = ("{\"layers\":[{\"layerDigest\":\"sha256:aaa\",\"layerAvailability\":\"AVAILABLE\","
                    + "\"layerSize\":42}],\"failures\":[]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        try {
            Class<?> clientType = loader.loadClass("dev.ecrgen.imported.ecr.EcrClient");
            Object builder = clientType.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("region", Region.class).invoke(builder, Region.US_WEST_2);
            builderType.getMethod("credentialsProvider", software.amazon.awssdk.auth.credentials.AwsCredentialsProvider.class)
                    .invoke(builder, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")));
            builderType.getMethod("endpointOverride", URI.class)
                    .invoke(builder, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            Object client = builderType.getMethod("build").invoke(builder);

            Class<?> requestType = loader.loadClass("dev.ecrgen.imported.ecr.model.BatchCheckLayerAvailabilityRequest");
            Object request = requestType.getMethod("builder").invoke(null);
            Class<?> requestBuilder = request.getClass();
            requestBuilder.getMethod("registryId", String.class).invoke(request, "123456789012");
            requestBuilder.getMethod("repositoryName", String.class).invoke(request, "team/app");
            requestBuilder.getMethod("layerDigests", java.util.Collection.class)
                    .invoke(request, List.of("sha256:aaa", "sha256:bbb"));
            Object built = requestBuilder.getMethod("build").invoke(request);
            Object response = clientType.getMethod("batchCheckLayerAvailability", requestType).invoke(client, built);

            assertEquals("AmazonEC2ContainerRegistry_V20150921.BatchCheckLayerAvailability", seen.get("target"));
            assertEquals("application/x-amz-json-1.1", seen.get("type"));
            assertTrue(seen.get("auth").startsWith("AWS4-HMAC-SHA256 Credential=AKID/"), seen.get("auth"));
            assertEquals(JSON.readTree("{\"registryId\":\"123456789012\",\"repositoryName\":\"team/app\","
                    + "\"layerDigests\":[\"sha256:aaa\",\"sha256:bbb\"]}"), JSON.readTree(seen.get("body")));
            List<?> layers = (List<?>) response.getClass().getMethod("layers").invoke(response);
            Object layer = layers.get(0);
            assertEquals("sha256:aaa", layer.getClass().getMethod("layerDigest").invoke(layer));
            assertEquals("AVAILABLE", layer.getClass().getMethod("layerAvailabilityAsString").invoke(layer));
            assertEquals(42L, layer.getClass().getMethod("layerSize").invoke(layer));
        } finally {
            server.stop(0);
        }
    }
}
