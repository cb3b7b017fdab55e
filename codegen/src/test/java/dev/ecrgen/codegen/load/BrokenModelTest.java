package dev.ecrgen.codegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model stops generation with a report that names the place, and writes nothing. */
class BrokenModelTest {
    @TempDir
    Path dir;

    private static final String VALID = """
            {
              "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo", "serviceId": "Demo",
                           "endpointPrefix": "demo", "signingName": "demo"},
              "operations": {
                "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}}
              },
              "shapes": {
                "PingRequest": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "PingResponse": {"type": "structure", "members": {}},
                "Text": {"type": "string"}
              }
            }
            """;

    @Test
    void badJsonNamesFileLineAndColumn() throws IOException {
        Path model = write("service-2.json", "{\n  \"metadata\": {\n    \"protocol\": \"json\",,\n  }\n}\n");
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertEquals(1, e.problems().size());
        assertEquals("E001", e.problems().get(0).code());
        assertTrue(e.problems().get(0).where().endsWith("service-2.json:3:24"), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "the report needs no stack trace");
        assertTrue(Files.notExists(dir.resolve("out")), "nothing may be written");
    }

    @Test
    void wrongJsonTypeNamesThePath() throws IOException {
        Path model = write("service-2.json", VALID.replace("\"members\": {\"text\": {\"shape\": \"Text\"}}", "\"members\": 7"));
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertTrue(e.getMessage().contains("at shapes.PingRequest.members"), e.getMessage());
    }

    @Test
    void danglingReferenceNamesShapeAndMember() throws IOException {
        Path model = write("service-2.json", VALID.replace("{\"shape\": \"Text\"}", "{\"shape\": \"Missing\"}"));
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertEquals("[E111] shapes.PingRequest.members.text: refers to shape 'Missing', which the model does not "
                + "define; add it to shapes or fix the name", e.problems().get(0).toString());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path model = write("service-2.json", VALID
                .replace("\"protocol\": \"json\"", "\"protocol\": \"rest-xml\"")
                .replace("{\"shape\": \"Text\"}", "{\"shape\": \"Missing\"}")
                .replace("\"output\": {\"shape\": \"PingResponse\"}", "\"output\": {\"shape\": \"Text\"}"));
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        List<String> codes = e.problems().stream().map(p -> p.code()).toList();
        assertEquals(List.of("E101", "E111", "E121"), codes, e.getMessage());
        assertTrue(e.getMessage().startsWith("3 problems in the model:"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path model = dir.resolve("nope/service-2.json");
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertEquals("[E002] " + model + ": no such file", e.problems().get(0).toString());
    }

    @Test
    void unknownAllowListedOperationListsValidNames() throws IOException {
        Path model = write("service-2.json", VALID);
        CodegenException e = assertThrows(CodegenException.class, () -> CodegenRunner.run(CodegenSettings.builder()
                .model(model).outputDirectory(dir.resolve("out")).operations(List.of("Pong", "ping", "Zzz", "Pong"))
                .build()));
        assertEquals("3 problems in the configuration:\n"
                + "  [E150] operations: 'Pong' is not an operation of the model; did you mean Ping?\n"
                + "  [E150] operations: 'ping' is not an operation of the model; did you mean Ping?\n"
                + "  [E150] operations: 'Zzz' is not an operation of the model\n"
                + "  the model's operations are [Ping]", e.getMessage());
    }

    @Test
    void eventStreamOperationIsLeftOutWithAWarningAndNamingItFails() throws IOException {
        Path model = write("service-2.json", VALID.replace("""
                "PingResponse": {"type": "structure", "members": {}},""", """
                "PingResponse": {"type": "structure", "members": {"events": {"shape": "PingEvents"}}},
                "PingEvents": {"type": "structure", "members": {"pong": {"shape": "Pong"}}, "eventstream": true},
                "Pong": {"type": "structure", "members": {}, "event": true},""").replace("""
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}}""", """
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}},
                "Echo": {"name": "Echo", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}}"""));
        CodegenSettings settings = CodegenSettings.builder().model(model).build();
        List<String> warnings = new ArrayList<>();
        List<GeneratedSource> sources = CodegenRunner.generate(CodegenRunner.load(settings), null, null, warnings::add);
        assertEquals(List.of("operation Ping is left out: its output member events is an event stream (PingEvents),"
                + " which ecrgen does not generate"), warnings);
        String client = sources.stream().filter(s -> s.relativePath().endsWith("/DefaultDemoClient.java"))
                .findFirst().orElseThrow().text();
        assertTrue(client.contains("echo("), "Echo is generated");
        assertFalse(client.contains("ping("), "Ping is left out");

        CodegenException e = assertThrows(CodegenException.class, () -> CodegenRunner.run(CodegenSettings.builder()
                .model(model).outputDirectory(dir.resolve("out")).operations(List.of("Echo", "Ping")).build()));
        assertEquals(List.of("[E152] operations.Ping.output: its member events is an event stream (PingEvents), which"
                + " ecrgen does not generate; generate the other operations by listing them in the operations parameter"
                + " (CLI: --operations)"), e.problems().stream().map(Object::toString).toList());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aModelThatListsJsonAmongItsProtocolsIsGeneratedAndOneThatDoesNotIsRefused() throws IOException {
        String cborFirst = "\"protocol\": \"smithy-rpc-v2-cbor\", ";
        Path model = write("service-2.json", VALID.replace("\"protocol\": \"json\", ",
                cborFirst + "\"protocols\": [\"smithy-rpc-v2-cbor\", \"json\"], "));
        generate(model);
        assertTrue(Files.exists(dir.resolve("out/dev/ecrgen/services/demo/DefaultDemoClient.java")));

        Files.writeString(model, VALID.replace("\"protocol\": \"json\", ",
                cborFirst + "\"protocols\": [\"smithy-rpc-v2-cbor\", \"query\"], "));
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertEquals("[E101] metadata.protocol: 'smithy-rpc-v2-cbor' is not supported, nor is any of protocols"
                + " [smithy-rpc-v2-cbor, query]; ecrgen generates clients for the AWS JSON protocol (\"json\","
                + " awsJson1_0 and awsJson1_1)", e.problems().get(0).toString());
    }

    @Test
    void badPaginatorNamesTheMember() throws IOException {
        Path model = write("service-2.json", VALID);
        write("paginators-1.json", "{\"pagination\": {\"Ping\": {\"input_token\": \"next\", \"output_token\": \"next\"}}}");
        CodegenException e = assertThrows(CodegenException.class, () -> generate(model));
        assertEquals("[E131] paginators.Ping.input_token: names 'next', which is not a member of the operation's input; "
                + "members are [text]", e.problems().get(0).toString());
    }

    private void generate(Path model) {
        CodegenRunner.run(CodegenSettings.builder().model(model).outputDirectory(dir.resolve("out")).build());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
