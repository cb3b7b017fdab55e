package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.RepositoryNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Calls the generated ECR client against a loopback server that answers like ECR. */
class LayerCheckTest {
    private HttpServer server;
    private EcrClient ecr;
    private final AtomicReference<String> target = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String reply = "{}";
    private volatile String errorType;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            target.set(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-1");
            if (errorType != null) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        ecr = EcrClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .build();
    }

    @AfterEach
    void stop() {
        ecr.close();
        server.stop(0);
    }

    @Test
    void availableLayersAreReturned() {
        reply = "{\"layers\":[{\"layerDigest\":\"sha256:aa\",\"layerAvailability\":\"AVAILABLE\",\"layerSize\":12},"
                + "{\"layerDigest\":\"sha256:bb\",\"layerAvailability\":\"UNAVAILABLE\"}],\"failures\":[]}";

        List<String> available = new LayerCheck(ecr).available("web", List.of("sha256:aa", "sha256:bb"));

        assertEquals(List.of("sha256:aa"), available);
        assertEquals("AmazonEC2ContainerRegistry_V20150921.BatchCheckLayerAvailability", target.get());
        assertTrue(authorization.get().startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), authorization.get());
        assertTrue(authorization.get().contains("/us-east-1/ecr/aws4_request"), authorization.get());
        assertTrue(body.get().contains("\"repositoryName\":\"web\""), body.get());
        assertTrue(body.get().contains("\"layerDigests\":[\"sha256:aa\",\"sha256:bb\"]"), body.get());
    }

    @Test
    void serviceErrorBecomesTheModeledException() {
        status = 400;
        errorType = "RepositoryNotFoundException";
        reply = "{\"__type\":\"RepositoryNotFoundException\",\"message\":\"The repository 'web' does not exist\"}";

        RepositoryNotFoundException e = assertThrows(RepositoryNotFoundException.class,
                () -> new LayerCheck(ecr).available("web", List.of("sha256:aa")));

        assertEquals(400, e.statusCode());
        assertEquals("req-1", e.requestId());
        assertTrue(e.getMessage().startsWith("The repository 'web' does not exist (Service: "), e.getMessage());
    }
}
