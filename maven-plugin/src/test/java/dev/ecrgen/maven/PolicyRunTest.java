package dev.ecrgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.codegen.load.ModelBundle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class PolicyRunTest {
    private static final String ECR_RESOURCE = "models/ecr/2015-09-21/service-2.json";

    @TempDir
    Path dir;

    private final WarningLog log = new WarningLog();

    /** A log that keeps the info and warning lines. */
    static final class WarningLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    }

    /**
     * A class {@code com.example.App} whose method {@code run} calls each method on {@code owner}, one a line from 10,
     * as compiled code calls an interface method.
     */
    private Path appCalling(String owner, String... methods) throws IOException {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "com/example/App", null, "java/lang/Object", null);
        writer.visitSource("App.java", null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run",
                "(L" + owner + ";)V", null, null);
        run.visitCode();
        int line = 10;
        for (String method : methods) {
            Label label = new Label();
            run.visitLabel(label);
            run.visitLineNumber(line++, label);
            run.visitVarInsn(Opcodes.ALOAD, 0);
            run.visitInsn(Opcodes.ACONST_NULL);
            run.visitMethodInsn(Opcodes.INVOKEINTERFACE, owner, method, "(Ljava/lang/Object;)Ljava/lang/Object;", true);
            run.visitInsn(Opcodes.POP);
        }
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/App.class"), writer.toByteArray());
        return classes;
    }

    private List<ModelBundle> ecr() throws MojoFailureException {
        return PolicyModels.load(List.of(), List.of(ECR_RESOURCE), getClass().getClassLoader());
    }

    private PolicyRequest request(Path classes, Path failOnNew, boolean report) throws MojoFailureException {
        return new PolicyRequest(ecr(), List.of(), List.of(classes), dir.resolve("target/ecrgen/iam-policy.json"),
                failOnNew, report);
    }

    @Test
    void writesThePolicyAndLogsTheActionsFound() throws Exception {
        Path classes = appCalling("dev/ecrgen/services/ecr/EcrClient", "describeImagesPaginator",
                "getAuthorizationToken");
        Path policy = dir.resolve("target/ecrgen/iam-policy.json");
        new PolicyRun(log).run(request(classes, null, true));
        assertEquals("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "AllowEcrCalls",
                      "Effect": "Allow",
                      "Action": [
                        "ecr:DescribeImages",
                        "ecr:GetAuthorizationToken"
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """, Files.readString(policy));
        assertEquals(List.of(
                "ecrgen: ecr:DescribeImages",
                "ecrgen:   com.example.App.run(App.java:10) calls EcrClient.describeImagesPaginator",
                "ecrgen: ecr:GetAuthorizationToken",
                "ecrgen:   com.example.App.run(App.java:11) calls EcrClient.getAuthorizationToken",
                "ecrgen: 2 client call sites in 1 class (1 input) need 2 actions of 1 service",
                "ecrgen: the code calls ecr:DescribeImages, ecr:GetAuthorizationToken",
                "ecrgen: wrote " + policy), log.infos);
        log.infos.clear();
        new PolicyRun(log).run(request(classes, null, false));
        assertEquals("ecrgen: " + policy + " is up to date", log.infos.get(log.infos.size() - 1));
    }

    @Test
    void theWaitersBesideAResourceModelAreRead() throws Exception {
        Path classes = appCalling("software/amazon/awssdk/services/ecr/waiters/EcrWaiter",
                "waitUntilLifecyclePolicyPreviewComplete");
        new PolicyRun(log).run(request(classes, null, false));
        assertEquals("ecrgen: the code calls ecr:GetLifecyclePolicyPreview", log.infos.get(1));
    }

    @Test
    void failOnNewFailsNamingTheMissingActionAndItsCaller() throws Exception {
        Path classes = appCalling("dev/ecrgen/services/ecr/EcrAsyncClient", "listImages", "putImage");
        Path checkedIn = Files.writeString(dir.resolve("policy.json"),
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"ecr:List*\", \"Resource\": \"*\"}]}",
                StandardCharsets.UTF_8);
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new PolicyRun(log).run(request(classes, checkedIn, false)));
        assertEquals("ecrgen: the code needs 1 action that " + checkedIn + " does not allow:\n"
                + "  ecr:PutImage, called at com.example.App.run(App.java:11)\n"
                + "Add it to that policy (the policy the code needs is in " + dir.resolve("target/ecrgen/iam-policy.json")
                + ") or remove the calls.", e.getMessage());
    }

    @Test
    void failOnNewPassesWhenEveryActionIsAllowed() throws Exception {
        Path classes = appCalling("dev/ecrgen/services/ecr/EcrClient", "listImages");
        Path checkedIn = Files.writeString(dir.resolve("policy.json"),
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"ecr:*\", \"Resource\": \"*\"}]}",
                StandardCharsets.UTF_8);
        new PolicyRun(log).run(request(classes, checkedIn, false));
        assertEquals("ecrgen: " + checkedIn + " allows every action the code calls",
                log.infos.get(log.infos.size() - 1));
    }

    @Test
    void aMissingCheckedInPolicyIsNamed() throws Exception {
        Path classes = appCalling("dev/ecrgen/services/ecr/EcrClient", "listImages");
        Path missing = dir.resolve("none.json");
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new PolicyRun(log).run(request(classes, missing, false)));
        assertEquals("ecrgen: <failOnNew> " + missing + ": no such file; name the checked-in IAM policy to compare "
                + "with", e.getMessage());
    }

    @Test
    void noCallsGiveAnEmptyPolicyAndAWarning() throws Exception {
        Path classes = appCalling("java/util/List", "size");
        new PolicyRun(log).run(request(classes, null, false));
        assertEquals(List.of("ecrgen: no call on a client of ecr (classpath:" + ECR_RESOURCE + ") in 1 class of "
                + classes + "; the policy allows nothing. Check that the inputs hold the compiled application and, "
                + "for a client generated into a package other than dev.ecrgen.services.<service>, that its package "
                + "is given"), log.warnings);
        assertEquals("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n",
                Files.readString(dir.resolve("target/ecrgen/iam-policy.json")));
    }

    @Test
    void aCorruptClassFailsTheBuildNamingIt() throws Exception {
        Path classes = appCalling("dev/ecrgen/services/ecr/EcrClient", "listImages");
        Path corrupt = Files.write(classes.resolve("com/example/Corrupt.class"), new byte[] {1, 2, 3});
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new PolicyRun(log).run(request(classes, null, false)));
        assertEquals("ecrgen: " + corrupt + ": not a class file: it does not start with 0xCAFEBABE", e.getMessage());
    }

    @Test
    void aClientInAnotherPackageIsFoundThroughBasePackages() throws Exception {
        Path classes = appCalling("com/example/ecr/EcrClient", "listImages");
        PolicyRequest request = new PolicyRequest(ecr(), List.of("com.example.ecr"), List.of(classes),
                dir.resolve("iam.json"), null, false);
        new PolicyRun(log).run(request);
        assertEquals("ecrgen: the code calls ecr:ListImages", log.infos.get(1));
        PolicyRequest bad = new PolicyRequest(ecr(), List.of("com.example-ecr"), List.of(classes),
                dir.resolve("iam.json"), null, false);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> new PolicyRun(log).run(bad));
        assertEquals("ecrgen: <basePackages>: 'com.example-ecr' is not a valid Java package name", e.getMessage());
    }

    @Test
    void modelsMustBeGivenAndFound() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        MojoFailureException none = assertThrows(MojoFailureException.class,
                () -> PolicyModels.load(List.of(), List.of(), loader));
        assertEquals("ecrgen: no model; set <models> to the service-2.json files of the clients the code calls, or "
                + "<modelResources> to resources in the plugin's <dependencies> (property ecrgen.models or "
                + "ecrgen.modelResources)", none.getMessage());
        MojoFailureException resource = assertThrows(MojoFailureException.class,
                () -> PolicyModels.load(List.of(), List.of("models/nope/service-2.json"), loader));
        assertEquals("ecrgen: classpath:models/nope/service-2.json: no such resource on the plugin's classpath; add "
                + "the artifact that holds it to the plugin's <dependencies>, or use <models> for a file",
                resource.getMessage());
        File missing = dir.resolve("service-2.json").toFile();
        MojoFailureException file = assertThrows(MojoFailureException.class,
                () -> PolicyModels.load(List.of(missing), List.of(), loader));
        assertEquals("ecrgen cannot read the model: 1 problem in the model:\n  [E002] " + missing + ": no such file",
                file.getMessage());
        Path demo = DemoModel.write(dir.resolve("demo"), DemoModel.SERVICE);
        assertEquals("Demo", PolicyModels.load(List.of(demo.toFile()), List.of(), loader).get(0).service().metadata()
                .serviceId());
    }
}
