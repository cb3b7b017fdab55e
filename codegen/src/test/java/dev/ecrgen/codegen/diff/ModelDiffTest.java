package dev.ecrgen.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDiffTest {
    private static final String BASE = """
            {
              "metadata": {"protocol": "json", "targetPrefix": "Demo", "serviceId": "Demo", "signingName": "demo"},
              "operations": {
                "Ping": {"name": "Ping", "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"},
                         "errors": [{"shape": "Busy"}]},
                "Echo": {"name": "Echo", "input": {"shape": "EchoRequest"}, "output": {"shape": "EchoResponse"}}
              },
              "shapes": {
                "PingRequest": {"type": "structure", "members": {"text": {"shape": "Text"}, "item": {"shape": "Item"}}},
                "PingResponse": {"type": "structure", "members": {"count": {"shape": "Count"}, "color": {"shape": "Color"}}},
                "EchoRequest": {"type": "structure", "members": {}},
                "EchoResponse": {"type": "structure", "members": {"items": {"shape": "Items"}}},
                "Item": {"type": "structure", "required": ["name"], "members": {"name": {"shape": "Text"}}},
                "Items": {"type": "list", "member": {"shape": "Item"}},
                "Color": {"type": "string", "enum": ["RED", "GREEN"]},
                "Busy": {"type": "structure", "exception": true, "members": {}},
                "Text": {"type": "string"},
                "Count": {"type": "integer"}
              }
            }
            """;

    private static ServiceModel model(String json) {
        return ModelLoader.parse(json.getBytes(StandardCharsets.UTF_8), "test", ServiceModel.class);
    }

    private static List<String> diff(String after) {
        return ModelDiff.compare(model(BASE), model(after)).stream()
                .map(change -> (change.breaking() ? "! " : "  ") + change)
                .toList();
    }

    @Test
    void sameModelHasNoChanges() {
        assertEquals(List.of(), diff(BASE));
    }

    @Test
    void operationsAddedAndRemoved() {
        String after = BASE.replace("\"Echo\": {\"name\": \"Echo\"", "\"Shout\": {\"name\": \"Shout\"");
        assertEquals(List.of("! operation removed: Echo", "  operation added: Shout"), diff(after));
    }

    @Test
    void membersAddedAndRemoved() {
        String after = BASE
                .replace("\"members\": {\"text\": {\"shape\": \"Text\"}, \"item\": {\"shape\": \"Item\"}}",
                        "\"members\": {\"item\": {\"shape\": \"Item\"}, \"note\": {\"shape\": \"Text\"}}");
        assertEquals(List.of("! member removed: PingRequest.text", "  member added: PingRequest.note (string)"),
                diff(after));
    }

    @Test
    void requiredMemberAddedToARequestIsBreakingButNotToAResponse() {
        String after = BASE
                .replace("\"EchoRequest\": {\"type\": \"structure\", \"members\": {}}",
                        "\"EchoRequest\": {\"type\": \"structure\", \"required\": [\"id\"], "
                                + "\"members\": {\"id\": {\"shape\": \"Text\"}}}")
                .replace("\"PingResponse\": {\"type\": \"structure\",",
                        "\"PingResponse\": {\"type\": \"structure\", \"required\": [\"id\"],")
                .replace("\"count\": {\"shape\": \"Count\"},", "\"count\": {\"shape\": \"Count\"}, \"id\": {\"shape\": \"Text\"},");
        assertEquals(List.of("! member added: EchoRequest.id (string, required)",
                "  member added: PingResponse.id (string, required)"), diff(after));
    }

    @Test
    void typeChangesAreBreaking() {
        String after = BASE
                .replace("\"count\": {\"shape\": \"Count\"}", "\"count\": {\"shape\": \"Text\"}")
                .replace("\"Items\": {\"type\": \"list\", \"member\": {\"shape\": \"Item\"}}",
                        "\"Items\": {\"type\": \"list\", \"member\": {\"shape\": \"Text\"}}");
        assertEquals(List.of("! type changed: EchoResponse.items (list<structure Item> -> list<string>)",
                "! type changed: PingResponse.count (integer -> string)"), diff(after));
    }

    @Test
    void shapeTypeChangeIsReportedOnceOnTheShape() {
        String after = BASE.replace("\"Count\": {\"type\": \"integer\"}", "\"Count\": {\"type\": \"long\"}");
        assertEquals(List.of("! type changed: Count (integer -> long)"), diff(after));
    }

    @Test
    void aMemberThatNowRefersToAnotherShapeIsStillReported() {
        String after = BASE.replace("\"Count\": {\"type\": \"integer\"}", "\"Count\": {\"type\": \"long\"}")
                .replace("\"count\": {\"shape\": \"Count\"}", "\"count\": {\"shape\": \"Text\"}");
        assertEquals(List.of("! type changed: Count (integer -> long)",
                "! type changed: PingResponse.count (integer -> string)"), diff(after));
    }

    @Test
    void becomingRequiredBreaksRequestsOnly() {
        String after = BASE
                .replace("\"PingRequest\": {\"type\": \"structure\",",
                        "\"PingRequest\": {\"type\": \"structure\", \"required\": [\"text\"],")
                .replace("\"PingResponse\": {\"type\": \"structure\",",
                        "\"PingResponse\": {\"type\": \"structure\", \"required\": [\"count\"],")
                .replace("\"required\": [\"name\"], ", "");
        assertEquals(List.of("! member became required: PingRequest.text",
                "  member became required: PingResponse.count",
                "  member became optional: Item.name"), diff(after));
    }

    @Test
    void enumValuesAddedAndRemoved() {
        String after = BASE.replace("[\"RED\", \"GREEN\"]", "[\"RED\", \"BLUE\"]");
        assertEquals(List.of("! enum value removed: Color.GREEN", "  enum value added: Color.BLUE"), diff(after));
    }

    @Test
    void stringBecomingAnEnumIsATypeChange() {
        String after = BASE.replace("\"Text\": {\"type\": \"string\"}", "\"Text\": {\"type\": \"string\", \"enum\": [\"A\"]}");
        assertEquals(List.of("! type changed: Text (string -> enum Text)"), diff(after));
    }

    @Test
    void renamedInputIsComparedThroughItsOperation() {
        String after = BASE
                .replace("\"input\": {\"shape\": \"PingRequest\"}", "\"input\": {\"shape\": \"PingInput\"}")
                .replace("\"PingRequest\": {\"type\": \"structure\", \"members\": {\"text\": {\"shape\": \"Text\"}, ",
                        "\"PingInput\": {\"type\": \"structure\", \"members\": {");
        assertEquals(List.of("! member removed: PingInput.text"), diff(after));
    }

    @Test
    void errorsAddedAndRemoved() {
        String after = BASE
                .replace("\"errors\": [{\"shape\": \"Busy\"}]", "\"errors\": []")
                .replace("\"output\": {\"shape\": \"EchoResponse\"}",
                        "\"output\": {\"shape\": \"EchoResponse\"}, \"errors\": [{\"shape\": \"Busy\"}]");
        assertEquals(List.of("! error removed: Ping (Busy)", "  error added: Echo (Busy)"), diff(after));
    }

    @Test
    void referenceModelAgainstItselfHasNoChanges() throws IOException {
        ServiceModel ecr = model(Files.readString(SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json")));
        assertEquals(List.of(), ModelDiff.compare(ecr, ecr));
    }

    @Test
    void reportMarksBreakingLinesAndCounts() {
        String after = BASE.replace("[\"RED\", \"GREEN\"]", "[\"RED\", \"BLUE\"]");
        String report = DiffReport.format(ModelDiff.compare(model(BASE), model(after)), "old.json", "new.json");
        assertEquals("""
                BREAKING enum value removed: Color.GREEN
                         enum value added: Color.BLUE
                2 changes, 1 breaking, from old.json to new.json
                """, report);
        assertEquals("no changes from a to b\n", DiffReport.format(List.of(), "a", "b"));
    }
}
