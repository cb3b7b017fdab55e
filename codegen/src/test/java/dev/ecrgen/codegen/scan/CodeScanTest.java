package dev.ecrgen.codegen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.testing.FixtureApps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeScanTest {
    /** The fixture application and the generated ECR client, compiled together as a build compiles them. */
    @TempDir
    static Path app;

    @TempDir
    Path dir;

    private static ModelBundle ecr;

    @BeforeAll
    static void compileTheFixture() {
        FixtureApps.compile(app, FixtureApps.ecrClient(), Map.of("com/example/app/EcrApp.java", FixtureApps.ECR_APP));
        ecr = ScanModels.fromFile(FixtureApps.ecrModel());
    }

    private static final List<String> ECR_APP_REPORT = List.of(
            "ecr:CreateRepository",
            "  com.example.app.EcrApp.create(EcrApp.java:29) calls EcrClient.createRepository",
            "ecr:DeleteRepository",
            "  com.example.app.EcrApp.deleteAll(EcrApp.java:35) calls EcrAsyncClient.deleteRepository",
            "ecr:DescribeImageScanFindings",
            "  com.example.app.EcrApp.awaitScan(EcrApp.java:48) calls EcrWaiter.waitUntilImageScanComplete",
            "ecr:DescribeImages",
            "  com.example.app.EcrApp.countImages(EcrApp.java:41) calls EcrClient.describeImagesPaginator",
            "ecr:GetAuthorizationToken",
            "  com.example.app.EcrApp.lambda$lazyToken$0(EcrApp.java:25) calls EcrClient.getAuthorizationToken",
            "  com.example.app.EcrApp.token(EcrApp.java:21) calls EcrClient.getAuthorizationToken");

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

    @Test
    void directPaginatorAndWaiterCallsGiveExactlyTheirActions() throws IOException {
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(app));
        assertEquals(ECR_APP_POLICY, result.policy().toText());
        assertEquals(ECR_APP_REPORT, result.report());
        assertEquals(6, result.callSites());
        assertEquals(1, result.classes());
        long generated = FixtureApps.classFiles(app, "dev/ecrgen/services/ecr");
        assertEquals(generated, result.clientClasses());
        assertEquals("6 client call sites in 1 class (1 input; " + generated + " classes of the clients themselves "
                + "not counted) need 5 actions of 1 service", result.summary());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aJarOfTheSameClassesGivesTheSamePolicy() throws IOException {
        Path jar = FixtureApps.jar(app, dir.resolve("app.jar"));
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(jar));
        assertEquals(ECR_APP_POLICY, result.policy().toText());
        assertEquals(ECR_APP_REPORT, result.report());
    }

    @Test
    void aJarInsideAJarIsRead() throws IOException {
        Files.createDirectories(dir.resolve("boot/BOOT-INF/lib"));
        FixtureApps.jar(app, dir.resolve("boot/BOOT-INF/lib/app.jar"));
        Path outer = FixtureApps.jar(dir.resolve("boot"), dir.resolve("boot.jar"));
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(outer));
        assertEquals(ECR_APP_REPORT, result.report());
    }

    @Test
    void aClassInTwoInputsCountsOnce() throws IOException {
        Path jar = FixtureApps.jar(app, dir.resolve("app.jar"));
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(app, jar));
        assertEquals(ECR_APP_REPORT, result.report());
        assertEquals(6, result.callSites());
    }

    @Test
    void theOfficialSdkClientsCallsCount() throws IOException {
        Path classes = FixtureApps.compile(dir.resolve("sdk"), List.of(),
                Map.of("com/example/sdk/SdkApp.java", FixtureApps.SDK_APP));
        Path sdkJar = FixtureApps.jarOf(software.amazon.awssdk.services.ecr.EcrClient.class);
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(classes, sdkJar));
        assertEquals(List.of(
                "ecr:BatchGetImage",
                "  com.example.sdk.SdkApp.run(SdkApp.java:13) calls EcrAsyncClient.batchGetImage",
                "ecr:DescribeImages",
                "  com.example.sdk.SdkApp.run(SdkApp.java:14) calls new DescribeImagesIterable",
                "ecr:DescribeRepositories",
                "  com.example.sdk.SdkApp.run(SdkApp.java:10) calls EcrClient.describeRepositories",
                "ecr:GetLifecyclePolicyPreview",
                "  com.example.sdk.SdkApp.run(SdkApp.java:12) calls EcrWaiter.waitUntilLifecyclePolicyPreviewComplete",
                "ecr:ListImages",
                "  com.example.sdk.SdkApp.run(SdkApp.java:11) calls EcrClient.listImagesPaginator"), result.report());
        assertEquals(List.of("com.example.sdk.SdkApp.run(SdkApp.java:16) calls EcrClient.describeImageSigningStatus, "
                + "which is not an operation or waiter of " + FixtureApps.ecrModel() + "; it is not in the policy "
                + "(is the model older than the client?)"), result.warnings());
        assertEquals(1, result.classes());
        // the SDK's own classes call the client too (its paginators and waiters), and are not counted
        assertEquals(classesIn(sdkJar), result.clientClasses());
        assertEquals("AllowEcrCalls", result.policy().statements().get(0).sid());
    }

    @Test
    void callsThroughTheApplicationsOwnSubtypeOfAClientCount() {
        Path classes = FixtureApps.compile(dir.resolve("wrapped"), FixtureApps.ecrClient(),
                Map.of("com/example/wrapped/SubtypeApp.java", FixtureApps.SUBTYPE_APP));
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(classes));
        assertEquals(List.of("ecr:ListImages",
                "  com.example.wrapped.SubtypeApp.images(SubtypeApp.java:21) calls SubtypeApp$CountingEcr.listImages"),
                result.report());
        assertEquals(2, result.classes());
    }

    @Test
    void classesWithoutCallsGiveAnEmptyPolicyAndAWarning() {
        Path classes = FixtureApps.compile(dir.resolve("quiet"), FixtureApps.ecrClient(),
                Map.of("com/example/quiet/QuietApp.java", FixtureApps.QUIET_APP));
        ScanResult result = CodeScan.scan(List.of(ecr), List.of(), List.of(classes));
        assertEquals("""
                {
                  "Version": "2012-10-17",
                  "Statement": []
                }
                """, result.policy().toText());
        assertEquals(List.of("no call on a client of ecr (" + FixtureApps.ecrModel() + ") in 1 class of " + classes
                + "; the policy allows nothing. Check that the inputs hold the compiled application and, for a client "
                + "generated into a package other than dev.ecrgen.services.<service>, that its package is given"),
                result.warnings());
        assertEquals(0, result.callSites());
    }

    @Test
    void aClientGeneratedIntoAnotherPackageIsFoundWhenThePackageIsGiven() throws IOException {
        Path classes = FixtureApps.compile(dir.resolve("moved"),
                dev.ecrgen.codegen.CodegenRunner.generate(dev.ecrgen.codegen.load.ModelLoader.load(
                        FixtureApps.ecrModel()), "com.example.ecr", FixtureApps.ECR_OPERATIONS),
                Map.of("com/example/app/EcrApp.java", FixtureApps.ECR_APP.replace("dev.ecrgen.services.ecr",
                        "com.example.ecr")));
        assertEquals(0, CodeScan.scan(List.of(ecr), List.of(), List.of(classes)).callSites());
        ScanResult result = CodeScan.scan(List.of(ecr), List.of("com.example.ecr"), List.of(classes));
        assertEquals(ECR_APP_REPORT, result.report());
        assertEquals(FixtureApps.classFiles(classes, "com/example/ecr"), result.clientClasses());
    }

    @Test
    void aCorruptClassFileIsNamed() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("com/example"));
        byte[] good = Files.readAllBytes(app.resolve("com/example/app/EcrApp.class"));
        byte[] truncated = java.util.Arrays.copyOf(good, 200);
        Path broken = Files.write(classes.resolve("com/example/Broken.class"), truncated);
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(classes)));
        assertEquals(broken + ": a corrupt class file that cannot be read (it ends before the structure it declares)",
                e.getMessage());
    }

    @Test
    void aFileThatIsNoClassIsNamed() throws IOException {
        Path text = Files.writeString(dir.resolve("Notes.class"), "not bytecode", StandardCharsets.UTF_8);
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(text)));
        assertEquals(text + ": not a class file: it does not start with 0xCAFEBABE", e.getMessage());
    }

    @Test
    void aCorruptJarIsNamed() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "PK but not really a jar", StandardCharsets.UTF_8);
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(jar)));
        assertEquals(jar + ": not a class file or a readable jar: zip END header not found", e.getMessage());
    }

    @Test
    void aCorruptClassInAJarIsNamedWithItsEntry() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/Bad.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
                (byte) 0xBE, 0, 0, 0, 61, 0, 99, 1, 2});
        Path jar = FixtureApps.jar(classes, dir.resolve("bad.jar"));
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(jar)));
        assertEquals(jar + "!/com/example/Bad.class: a corrupt class file that cannot be read "
                + "(it ends before the structure it declares)", e.getMessage());
    }

    @Test
    void aClassFileTooNewIsNamedWithItsJavaVersion() throws IOException {
        Path future = Files.write(dir.resolve("Future.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
                (byte) 0xBE, 0, 0, 0, 99, 0, 10, 1, 2});
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(future)));
        assertEquals(future + ": compiled for Java 55 (class file version 99), newer than this scan reads; use a "
                + "newer ecrgen", e.getMessage());
    }

    @Test
    void aMissingInputIsNamed() {
        Path missing = dir.resolve("target/classes");
        ScanException e = assertThrows(ScanException.class,
                () -> CodeScan.scan(List.of(ecr), List.of(), List.of(missing)));
        assertEquals(missing + ": no such file or directory", e.getMessage());
    }

    private static long classesIn(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().filter(entry -> entry.getName().endsWith(".class")
                    && !entry.getName().startsWith("META-INF/versions/")).count();
        }
    }
}
