package dev.ecrgen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small JSON-protocol model with two operations, written to disk for tests. */
final class DemoModel {
    static final String SERVICE = """
            {
              "version": "2.0",
              "metadata": {"apiVersion": "2020-01-01", "protocol": "json", "jsonVersion": "1.1",
                           "targetPrefix": "Demo_20200101", "serviceId": "Demo", "endpointPrefix": "demo",
                           "signingName": "demo", "signatureVersion": "v4"},
              "operations": {
                "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}},
                "Echo": {"name": "Echo", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "EchoRequest"}, "output": {"shape": "EchoResponse"}}
              },
              "shapes": {
                "PingRequest": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "PingResponse": {"type": "structure", "members": {"count": {"shape": "Count"}}},
                "EchoRequest": {"type": "structure", "members": {"item": {"shape": "EchoItem"}}},
                "EchoResponse": {"type": "structure", "members": {"item": {"shape": "EchoItem"}}},
                "EchoItem": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "Text": {"type": "string"},
                "Count": {"type": "integer"}
              }
            }
            """;

    private DemoModel() {}

    static Path write(Path dir, String json) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("service-2.json"), json, StandardCharsets.UTF_8);
    }
}
