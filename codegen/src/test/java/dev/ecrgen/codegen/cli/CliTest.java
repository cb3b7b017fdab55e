package dev.ecrgen.codegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String MODEL = """
            {
              "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo_20200101",
                           "serviceId": "Demo", "endpointPrefix": "demo", "signingName": "demo"},
              "operations": {
                "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}},
                "Echo": {"name": "Echo", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "EchoRequest"}, "output": {"shape": "EchoResponse"}}
              },
              "shapes": {
                "PingRequest": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "PingResponse": {"type": "structure", "members": {}},
                "EchoRequest": {"type": "structure", "members": {"item": {"shape": "EchoItem"}}},
                "EchoResponse": {"type": "structure", "members": {"item": {"shape": "EchoItem"}}},
                "EchoItem": {"type": "structure", "members": {"text": {"shape": "Text"}}},
                "Text": {"type": "string"}
              }
            }
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path model(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json);
    }

    private void assertUsageError(String expectedLine, String... args) {
        assertEquals(ExitCode.USAGE, run(args), err());
        assertEquals(expectedLine + "\n", err(), "one line on standard error");
        assertEquals("", out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertUsageError("ecrgen: no command given; commands are generate, diff, policy, import-doc; see 'ecrgen --help'");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertUsageError("ecrgen: unknown command 'gen'; commands are generate, diff, policy, import-doc; "
                + "see 'ecrgen --help'", "gen");
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(ExitCode.OK, run("--help"));
        for (String command : List.of("generate", "diff", "policy", "import-doc")) {
            assertTrue(out().contains("\n  " + command + " "), out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("generate", "diff", "policy", "import-doc")) {
            out.reset();
            assertEquals(ExitCode.OK, run(command, "--model", "x", "--help"));
            assertTrue(out().startsWith("Usage: ecrgen " + command + " "), out());
            assertTrue(out().contains("Exit codes:"), out());
        }
        assertEquals("", err());
    }

    @Test
    void missingRequiredOptionIsOneLine() {
        assertUsageError("ecrgen generate: --model FILE is required; see 'ecrgen generate --help'", "generate", "--out", "x");
    }

    @Test
    void unknownOptionIsOneLine() {
        assertUsageError("ecrgen policy: unknown option --modle; see 'ecrgen policy --help'", "policy", "--modle", "x");
    }

    @Test
    void optionWithoutValueIsOneLine() {
        assertUsageError("ecrgen generate: --out needs a value; see 'ecrgen generate --help'",
                "generate", "--model", "m.json", "--out");
    }

    @Test
    void repeatedOptionIsOneLine() {
        assertUsageError("ecrgen policy: --model is given twice; see 'ecrgen policy --help'",
                "policy", "--model", "a", "--model=b");
    }

    @Test
    void flagWithValueIsOneLine() {
        assertUsageError("ecrgen diff: --fail-on-breaking takes no value; see 'ecrgen diff --help'",
                "diff", "a", "b", "--fail-on-breaking=yes");
    }

    @Test
    void diffNeedsTwoFiles() {
        assertUsageError("ecrgen diff: expected OLD and NEW model files, got a.json; see 'ecrgen diff --help'",
                "diff", "a.json");
    }

    @Test
    void unexpectedPositionalIsOneLine() {
        assertUsageError("ecrgen generate: unexpected argument extra; see 'ecrgen generate --help'",
                "generate", "--model", "m", "--out", "o", "extra");
    }

    @Test
    void unknownOperationsAreOneUsageErrorWithSuggestionsAndTheValidNamesOnce() throws IOException {
        Path model = model("m/service-2.json", MODEL);
        assertUsageError("ecrgen generate: --operations names 2 operations the model does not define: 'Pong' (did "
                + "you mean Ping?), 'Frobnicate'; the model's operations are [Echo, Ping]; see 'ecrgen generate "
                + "--help'", "generate", "--model", model.toString(), "--out", "o", "--operations",
                "Ping,Pong,Frobnicate");
        err.reset();
        assertUsageError("ecrgen policy: --operations names an operation the model does not define: 'echo' (did you "
                + "mean Echo?); the model's operations are [Echo, Ping]; see 'ecrgen policy --help'", "policy",
                "--model", model.toString(), "--operations", "echo");
    }

    @Test
    void helpNamesACommandAndVersionIsACommand() {
        assertEquals(ExitCode.OK, run("help", "diff"));
        assertTrue(out().startsWith("Usage: ecrgen diff "), out());
        out.reset();
        assertEquals(ExitCode.OK, run("--version"));
        assertTrue(out().matches("ecrgen \\S.*\n"), out());
        assertEquals("", err());
        out.reset();
        assertUsageError("ecrgen: unknown command 'frob'; commands are generate, diff, policy, import-doc; "
                + "see 'ecrgen --help'", "help", "frob");
    }

    @Test
    void aFileInTheWayOfAnOutputDirectorySaysSo() throws IOException {
        Path model = model("m/service-2.json", MODEL);
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--model", model.toString(), "--out",
                file.resolve("policy.json").toString()));
        assertEquals("ecrgen policy: " + file + ": exists and is not a directory\n", err());
        err.reset();
        assertEquals(ExitCode.INPUT_ERROR, run("generate", "--model", model.toString(), "--out", file.toString()));
        assertEquals("ecrgen generate: cannot write generated sources to " + file + ": " + file
                + ": exists and is not a directory\n", err().replaceAll("(?m)^ecrgen generate: warning: .*\n", ""));
    }

    @Test
    void saysInOneLineEachWhichFileBesideTheModelIsMissing() throws IOException {
        Path model = model("m/service-2.json", MODEL);
        Path beside = model.toAbsolutePath().getParent();
        assertEquals(ExitCode.OK, run("generate", "--model", model.toString(), "--out", dir.resolve("o").toString()));
        assertEquals("ecrgen generate: warning: no paginators: " + beside.resolve("paginators-1.json")
                + " does not exist\n"
                + "ecrgen generate: warning: no waiters: " + beside.resolve("waiters-2.json") + " does not exist\n"
                + "ecrgen generate: warning: no endpoint rule set at " + beside.resolve("endpoint-rule-set-1.json")
                + "; the client sends requests to https://<endpointPrefix>.<region>.<DNS suffix> and cannot use FIPS "
                + "or dual-stack endpoints\n", err());
    }

    @Test
    void aNamedPaginatorsFileMustExistAndNothingIsDeleted() throws IOException {
        Path model = model("m/service-2.json", MODEL);
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run("generate", "--model", model.toString(), "--out", out.toString()), err());
        Map<String, byte[]> before = contents(out);
        err.reset();
        assertEquals(ExitCode.INPUT_ERROR, run("generate", "--model", model.toString(), "--out", out.toString(),
                "--paginators", dir.resolve("nope.json").toString(), "--waiters", dir.resolve("nope2.json").toString()));
        assertEquals("ecrgen generate: 1 problem in the model:\n  [E002] " + dir.resolve("nope.json")
                + ": no such file; it was named as the paginators, so it must exist (leave it out to use the file "
                + "beside the model, if any)\n", err());
        assertEquals(before.keySet(), contents(out).keySet());
    }

    @Test
    void generateWritesWhatTheRunnerWrites() throws IOException {
        Path model = model("m/service-2.json", MODEL);
        Path cliOut = dir.resolve("cli");
        assertEquals(ExitCode.OK, run("generate", "--model", model.toString(), "--out", cliOut.toString(),
                "--package", "com.example.demo", "--operations", "Ping"), err());
        CodegenRunner.run(CodegenSettings.builder().model(model).outputDirectory(dir.resolve("runner"))
                .basePackage("com.example.demo").operations(List.of("Ping")).build());

        Map<String, byte[]> cli = contents(cliOut);
        Map<String, byte[]> runner = contents(dir.resolve("runner"));
        assertEquals(runner.keySet(), cli.keySet());
        cli.forEach((file, bytes) -> assertArrayEquals(runner.get(file), bytes, file));
        assertTrue(cli.containsKey("com/example/demo/model/PingRequest.java"));
        assertTrue(!cli.containsKey("com/example/demo/model/EchoItem.java"), "the allow-list prunes shapes");
        assertEquals("generated " + (cli.size() - 1) + " files in " + cliOut + " (" + (cli.size() - 1)
                + " written, 0 unchanged, 0 deleted)\n", out());
    }

    @Test
    void badModelIsAnInputErrorNamingLineAndColumn() throws IOException {
        Path model = model("bad/service-2.json", "{\n  \"metadata\": {,\n}\n");
        assertEquals(ExitCode.INPUT_ERROR, run("generate", "--model", model.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err().startsWith("ecrgen generate: 1 problem in the model:\n  [E001] " + model + ":2:16: "), err());
        assertTrue(!err().contains("\tat "), "no stack trace");
    }

    @Test
    void invalidModelReportsEveryProblem() throws IOException {
        Path model = model("bad/service-2.json", MODEL.replace("\"json\"", "\"soap\"")
                .replace("{\"shape\": \"EchoItem\"}}}", "{\"shape\": \"Missing\"}}}"));
        assertEquals(ExitCode.INPUT_ERROR, run("generate", "--model", model.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err().contains("[E101] metadata.protocol: 'soap' is not supported"), err());
        assertTrue(err().contains("[E111] shapes.EchoResponse.members.item: refers to shape 'Missing'"), err());
    }

    @Test
    void missingModelFileIsAnInputError() {
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--model", dir.resolve("none.json").toString()));
        assertEquals("ecrgen policy: 1 problem in the model:\n  [E002] " + dir.resolve("none.json") + ": no such file\n",
                err());
    }

    @Test
    void diffExitsWithThreeOnBreakingChangesOnlyWhenAsked() throws IOException {
        Path before = model("old.json", MODEL);
        Path after = model("new.json", MODEL.replace("\"Echo\": {\"name\": \"Echo\"", "\"Shout\": {\"name\": \"Shout\""));
        assertEquals(ExitCode.OK, run("diff", before.toString(), after.toString()));
        assertEquals("BREAKING operation removed: Echo\n"
                + "         operation added: Shout\n"
                + "2 changes, 1 breaking, from " + before + " to " + after + "\n", out());
        out.reset();
        assertEquals(ExitCode.BREAKING_CHANGES, run("diff", before.toString(), after.toString(), "--fail-on-breaking"));
        out.reset();
        assertEquals(ExitCode.OK, run("diff", "--fail-on-breaking", after.toString(),
                model("more.json", MODEL.replace("\"Echo\": {\"name\": \"Echo\"", "\"Shout\": {\"name\": \"Shout\"")
                        .replace("\"PingResponse\": {\"type\": \"structure\", \"members\": {}}",
                                "\"PingResponse\": {\"type\": \"structure\", \"members\": {\"n\": {\"shape\": \"Text\"}}}"))
                        .toString()));
        assertTrue(out().startsWith("         member added: PingResponse.n (string)\n"), out());
    }

    @Test
    void policyForTheEcrModel() throws IOException {
        Path ecr = SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json");
        assertEquals(ExitCode.OK, run("policy", "--model", ecr.toString(),
                "--operations", "GetAuthorizationToken, BatchCheckLayerAvailability"), err());
        assertEquals("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "AllowGeneratedClientOperations",
                      "Effect": "Allow",
                      "Action": [
                        "ecr:BatchCheckLayerAvailability",
                        "ecr:GetAuthorizationToken"
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """, out());
    }

    @Test
    void policyOfEveryOperationToAFile() throws IOException {
        Path ecr = SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json");
        Path file = dir.resolve("iam/policy.json");
        assertEquals(ExitCode.OK, run("policy", "--model", ecr.toString(), "--out", file.toString()), err());
        assertEquals("", out());
        JsonNode actions = new ObjectMapper().readTree(file.toFile()).path("Statement").path(0).path("Action");
        assertEquals(new ObjectMapper().readTree(ecr.toFile()).path("operations").size(), actions.size());
        actions.forEach(action -> assertTrue(action.asText().startsWith("ecr:"), action.asText()));
    }

    @Test
    void importDocPrintsTheFragment() throws IOException {
        Path page = SharedFiles.resolve("seed/ecr_batch_check_layer_availability.md");
        assertEquals(ExitCode.OK, run("import-doc", page.toString()), err());
        JsonNode fragment = new ObjectMapper().readTree(out());
        assertTrue(fragment.path("operations").has("BatchCheckLayerAvailability"), out());
        assertTrue(fragment.path("shapes").has("BatchCheckLayerAvailabilityRequest"), out());
        assertTrue(err().endsWith("imported 1 operation: BatchCheckLayerAvailability (to standard output)\n"),
                err());
        assertTrue(err().contains("warning: the shape names BatchCheckLayerAvailabilityRequest, "), err());
        assertTrue(err().contains(" are inferred from the pages; merge with --into to keep the names a model already "
                + "gives the same shapes\n"), err());
    }

    @Test
    void importDocMergesIntoAModelAndWritesTheResult() throws IOException {
        Path page = SharedFiles.resolve("seed/ecr_batch_check_layer_availability.md");
        Path model = model("m/service-2.json", MODEL);
        Path merged = dir.resolve("merged/service-2.json");
        assertEquals(ExitCode.OK, run("import-doc", page.toString(), "--into", model.toString(), "--out", merged.toString()),
                err());
        JsonNode result = new ObjectMapper().readTree(merged.toFile());
        assertEquals(List.of("BatchCheckLayerAvailability", "Echo", "Ping"),
                Stream.of("BatchCheckLayerAvailability", "Echo", "Ping").filter(result.path("operations")::has).toList());
        assertEquals(MODEL, Files.readString(model), "--into alone never changes the model file");
        assertTrue(err().endsWith("merged 1 operation (BatchCheckLayerAvailability) into " + model + ", written to "
                + merged + "; " + model + " is unchanged\n"), err());
        err.reset();
        out.reset();
        assertEquals(ExitCode.OK, run("import-doc", page.toString(), "--into", merged.toString()), err());
        assertTrue(err().endsWith("nothing to import: the model already has BatchCheckLayerAvailability as the pages "
                + "describe it; " + merged + " is unchanged\n"), err());
    }

    @Test
    void importDocWithoutPagesIsAUsageError() {
        assertUsageError("ecrgen import-doc: expected at least one PAGE; see 'ecrgen import-doc --help'",
                "import-doc", "--out", "x.json");
    }

    @Test
    void importDocOfAMissingPageIsAnInputError() {
        Path page = dir.resolve("none.md");
        assertEquals(ExitCode.INPUT_ERROR, run("import-doc", page.toString()));
        assertEquals("ecrgen import-doc: " + page + ": no such page\n", err());
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
