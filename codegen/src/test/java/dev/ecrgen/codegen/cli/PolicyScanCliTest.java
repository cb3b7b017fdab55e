package dev.ecrgen.codegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.FixtureApps;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecrgen policy --scan}: the policy of the calls a compiled application makes. */
class PolicyScanCliTest {
    private static final String DEMO_MODEL = """
            {
              "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo_20200101",
                           "serviceId": "Demo", "endpointPrefix": "demo", "signingName": "demo"},
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

    private static final String TWO_SERVICES_APP = """
            package com.example.two;

            import dev.ecrgen.services.demo.DemoClient;
            import dev.ecrgen.services.ecr.EcrClient;

            public final class TwoServices {
                public static void run(EcrClient ecr, DemoClient demo) {
                    demo.ping(b -> b.text("hello"));
                    ecr.listImages(b -> b.repositoryName("app"));
                }
            }
            """;

    private static final String ECR_APP_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "AllowEcrCalls",
                  "Effect": "Allow",
                  "Action": [
                    "ecr:CreateRepository",
                    "ecr:DeleteRepository",
                    "ecr:DescribeImageScanFindings",
                    "ecr:DescribeImages",
                    "ecr:GetAuthorizationToken"
                  ],
                  "Resource": "*"
                }
              ]
            }
            """;

    @TempDir
    static Path shared;

    private static Path app;
    private static String summary;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void compileTheFixture() throws IOException {
        app = FixtureApps.compile(Files.createDirectories(shared.resolve("app")), FixtureApps.ecrClient(),
                Map.of("com/example/app/EcrApp.java", FixtureApps.ECR_APP));
        summary = "ecrgen policy: 6 client call sites in 1 class (1 input; "
                + FixtureApps.classFiles(app, "dev/ecrgen/services/ecr") + " classes of the clients themselves not "
                + "counted) need 5 actions of 1 service\n";
    }

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

    private static String ecr() {
        return FixtureApps.ecrModel().toString();
    }

    private void assertUsageError(String expectedLine, String... args) {
        out.reset();
        err.reset();
        assertEquals(ExitCode.USAGE, run(args), err());
        assertEquals(expectedLine + "\n", err());
        assertEquals("", out());
    }

    private Path checkedIn(String... actions) throws IOException {
        return Files.writeString(dir.resolve("iam-policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": "
                + "[{\"Effect\": \"Allow\", \"Action\": [\"" + String.join("\", \"", actions) + "\"], \"Resource\": \"*\"}]}");
    }

    @Test
    void thePolicyOfTheCallsGoesToStandardOutputAndTheCountToStandardError() {
        assertEquals(ExitCode.OK, run("policy", "--scan", app.toString(), "--model", ecr()), err());
        assertEquals(ECR_APP_POLICY, out());
        assertEquals(summary, err());
    }

    @Test
    void theReportListsTheCallersOfEachAction() throws IOException {
        Path file = dir.resolve("policy/iam.json");
        assertEquals(ExitCode.OK, run("policy", "--scan", app.toString(), "--model", ecr(), "--report",
                "--out", file.toString()), err());
        assertEquals("", out());
        assertEquals(ECR_APP_POLICY, Files.readString(file));
        assertEquals("""
                ecr:CreateRepository
                  com.example.app.EcrApp.create(EcrApp.java:29) calls EcrClient.createRepository
                ecr:DeleteRepository
                  com.example.app.EcrApp.deleteAll(EcrApp.java:35) calls EcrAsyncClient.deleteRepository
                ecr:DescribeImageScanFindings
                  com.example.app.EcrApp.awaitScan(EcrApp.java:48) calls EcrWaiter.waitUntilImageScanComplete
                ecr:DescribeImages
                  com.example.app.EcrApp.countImages(EcrApp.java:41) calls EcrClient.describeImagesPaginator
                ecr:GetAuthorizationToken
                  com.example.app.EcrApp.lambda$lazyToken$0(EcrApp.java:25) calls EcrClient.getAuthorizationToken
                  com.example.app.EcrApp.token(EcrApp.java:21) calls EcrClient.getAuthorizationToken
                """ + summary, err());
    }

    @Test
    void failOnNewNamesEachActionTheCheckedInPolicyLacksAndWhereItIsCalled() throws IOException {
        Path policy = checkedIn("ecr:CreateRepository", "ecr:DeleteRepository", "ecr:DescribeImageScanFindings");
        assertEquals(ExitCode.NEW_PERMISSIONS, run("policy", "--scan", app.toString(), "--model", ecr(),
                "--fail-on-new", policy.toString()));
        assertEquals(ECR_APP_POLICY, out());
        assertEquals(summary + "ecrgen policy: the code needs 2 actions that " + policy + " does not allow:\n"
                + "  ecr:DescribeImages, called at com.example.app.EcrApp.countImages(EcrApp.java:41)\n"
                + "  ecr:GetAuthorizationToken, called at com.example.app.EcrApp.lambda$lazyToken$0(EcrApp.java:25) "
                + "and 1 more place\n", err());
    }

    @Test
    void failOnNewPassesWhenThePolicyAllowsEveryActionNeeded() throws IOException {
        Path policy = checkedIn("ecr:Create*", "ecr:Delete*", "ecr:Describe*", "ecr:GetAuthorizationToken",
                "ecr:PutImage");
        assertEquals(ExitCode.OK, run("policy", "--scan", app.toString(), "--model", ecr(),
                "--fail-on-new", policy.toString()), err());
        assertEquals(summary, err());
    }

    @Test
    void failOnNewWorksForTheListedOperationsToo() throws IOException {
        Path policy = checkedIn("ecr:ListImages");
        assertEquals(ExitCode.NEW_PERMISSIONS, run("policy", "--model", ecr(), "--operations", "ListImages,PutImage",
                "--fail-on-new", policy.toString()));
        assertEquals("ecrgen policy: the code needs 1 action that " + policy + " does not allow:\n"
                + "  ecr:PutImage\n", err());
    }

    @Test
    void aCheckedInPolicyThatCannotBeReadIsNamed() throws IOException {
        Path missing = dir.resolve("none.json");
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--scan", app.toString(), "--model", ecr(),
                "--fail-on-new", missing.toString()));
        assertEquals("ecrgen policy: " + missing + ": no such file; --fail-on-new names the IAM policy to compare "
                + "with\n", err());
        assertEquals("", out());
        Path notPolicy = Files.writeString(dir.resolve("bad.json"), "{\"Version\": \"2012-10-17\"}");
        err.reset();
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--scan", app.toString(), "--model", ecr(),
                "--fail-on-new", notPolicy.toString()));
        assertEquals("ecrgen policy: " + notPolicy + ": not an IAM policy: it has no Statement\n", err());
    }

    @Test
    void oneStatementPerService() throws IOException {
        Path demoModel = Files.createDirectories(dir.resolve("demo")).resolve("service-2.json");
        Files.writeString(demoModel, DEMO_MODEL);
        List<GeneratedSource> sources = new ArrayList<>(FixtureApps.ecrClient());
        sources.addAll(CodegenRunner.generate(ModelLoader.load(demoModel), null, null));
        Path classes = FixtureApps.compile(Files.createDirectories(dir.resolve("classes")), sources,
                Map.of("com/example/two/TwoServices.java", TWO_SERVICES_APP));
        assertEquals(ExitCode.OK, run("policy", "--scan", classes.toString(), "--model", ecr(),
                "--model", demoModel.toString()), err());
        assertEquals("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "AllowDemoCalls",
                      "Effect": "Allow",
                      "Action": [
                        "demo:Ping"
                      ],
                      "Resource": "*"
                    },
                    {
                      "Sid": "AllowEcrCalls",
                      "Effect": "Allow",
                      "Action": [
                        "ecr:ListImages"
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """, out());
        long clients = FixtureApps.classFiles(classes, "dev/ecrgen/services");
        assertEquals("ecrgen policy: 2 client call sites in 1 class (1 input; " + clients + " classes of the clients "
                + "themselves not counted) need 2 actions of 2 services\n", err());
    }

    @Test
    void classesWithoutCallsGiveAnEmptyPolicyAndAWarning() throws IOException {
        Path classes = FixtureApps.compile(Files.createDirectories(dir.resolve("quiet")), List.of(),
                Map.of("com/example/Plain.java", "package com.example;\npublic class Plain {}\n"));
        assertEquals(ExitCode.OK, run("policy", "--scan", classes.toString(), "--model", ecr()), err());
        assertEquals("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n", out());
        assertEquals("ecrgen policy: warning: no call on a client of ecr (" + ecr() + ") in 1 class of " + classes
                + "; the policy allows nothing. Check that the inputs hold the compiled application and, for a client "
                + "generated into a package other than dev.ecrgen.services.<service>, that its package is given\n"
                + "ecrgen policy: 0 client call sites in 1 class (1 input) need 0 actions of 0 services\n", err());
    }

    @Test
    void aMissingOrCorruptInputIsNamedWithExitCode1() throws IOException {
        Path missing = dir.resolve("target/classes");
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--scan", missing.toString(), "--model", ecr()));
        assertEquals("ecrgen policy: " + missing + ": no such file or directory\n", err());
        assertEquals("", out());
        err.reset();
        Path corrupt = Files.write(dir.resolve("Corrupt.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
                (byte) 0xBE, 0, 0, 0, 61, 0, 40});
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--scan", app.toString(), "--scan", corrupt.toString(),
                "--model", ecr()));
        assertEquals("ecrgen policy: " + corrupt + ": a corrupt class file that cannot be read "
                + "(it ends before the structure it declares)\n", err());
        assertEquals("", out());
    }

    @Test
    void aMissingModelIsNamed() {
        Path none = dir.resolve("none/service-2.json");
        assertEquals(ExitCode.INPUT_ERROR, run("policy", "--scan", app.toString(), "--model", none.toString()));
        assertEquals("ecrgen policy: 1 problem in the model:\n  [E002] " + none + ": no such file\n", err());
    }

    @Test
    void scanAndOperationsAreExclusive() {
        assertUsageError("ecrgen policy: --scan and --operations are exclusive: --scan finds the operations in the "
                + "code, --operations lists them by hand; give one; see 'ecrgen policy --help'",
                "policy", "--scan", "x", "--model", "m", "--operations", "ListImages");
    }

    @Test
    void reportAndPackageNeedScan() {
        assertUsageError("ecrgen policy: --report needs --scan (the compiled classes to find the calls in); "
                + "see 'ecrgen policy --help'", "policy", "--model", "m", "--report");
        assertUsageError("ecrgen policy: --package needs --scan (the compiled classes to find the calls in); "
                + "see 'ecrgen policy --help'", "policy", "--model", "m", "--package", "com.example");
    }

    @Test
    void scanNeedsAModelAndValidPackages() {
        assertUsageError("ecrgen policy: --model FILE is required; see 'ecrgen policy --help'",
                "policy", "--scan", "x");
        assertUsageError("ecrgen policy: --package 'com.example-ecr' is not a valid Java package name; "
                + "see 'ecrgen policy --help'", "policy", "--scan", "x", "--model", "m", "--package", "com.example-ecr");
    }

    @Test
    void withoutScanOneModelOnly() {
        assertUsageError("ecrgen policy: --model is given twice; see 'ecrgen policy --help'",
                "policy", "--model", "a", "--model", "b");
    }
}
