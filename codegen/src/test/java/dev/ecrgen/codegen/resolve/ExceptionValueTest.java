package dev.ecrgen.codegen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception shape used as a value (a member, a list element, a map value) of a generated structure is refused with
 * one problem per place, since exceptions are generated as operation errors only; outside event streams, which are
 * left out, no AWS JSON model does this. An exception reached only from a left-out event stream is no problem.
 */
class ExceptionValueTest {
    @TempDir
    Path dir;

    private static final String MODEL = """
            {
              "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo", "serviceId": "Demo",
                           "endpointPrefix": "demo", "signingName": "demo"},
              "operations": {
                "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"},
                         "errors": [{"shape": "Refused"}]},
                "Echo": {"name": "Echo", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}, "errors": [{"shape": "Refused"}]}
              },
              "shapes": {
                "PingRequest": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "PingResponse": {"type": "structure", "members": MEMBERS},
                "Refusals": {"type": "list", "member": {"shape": "Refused"}},
                "RefusalsByName": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Refused"}},
                "Refused": {"type": "structure", "members": {"Message": {"shape": "Text"}}, "exception": true},
                "Events": {"type": "structure", "eventstream": true, "members": {"refused": {"shape": "Refused"}}},
                "Text": {"type": "string"}
              }
            }
            """;

    @Test
    void anExceptionUsedAsAValueIsRefusedAtEveryPlace() throws IOException {
        Path model = write("""
                {"last": {"shape": "Refused"}, "all": {"shape": "Refusals"}, "byName": {"shape": "RefusalsByName"}}""");
        CodegenException e = assertThrows(CodegenException.class, () -> CodegenRunner.run(
                CodegenSettings.builder().model(model).outputDirectory(dir.resolve("out")).build()));
        String fix = ", an exception shape; ecrgen generates exceptions only as operation errors, so give the value a"
                + " structure shape without the exception trait";
        assertEquals(List.of(
                "[E061] shapes.PingResponse.members.last: refers to Refused" + fix,
                "[E061] shapes.Refusals.member: refers to Refused" + fix,
                "[E061] shapes.RefusalsByName.value: refers to Refused" + fix),
                e.problems().stream().map(Object::toString).toList());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written");
    }

    @Test
    void anExceptionInALeftOutEventStreamIsNoProblem() throws IOException {
        Path model = write("{\"events\": {\"shape\": \"Events\"}, \"text\": {\"shape\": \"Text\"}}");
        assertTrue(CodegenRunner.generate(CodegenRunner.load(CodegenSettings.builder().model(model).build()), null,
                null, warning -> { }).stream().anyMatch(s -> s.relativePath().endsWith("/RefusedException.java")),
                "the error of the other operations is generated");
    }

    private Path write(String members) throws IOException {
        Path file = dir.resolve("service-2.json");
        Files.writeString(file, MODEL.replace("MEMBERS", members));
        return file;
    }
}
