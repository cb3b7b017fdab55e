package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model documentation, however loose its HTML, never breaks the javadoc tool on the generated client. */
class JavadocToolTest {
    @TempDir
    Path dir;

    @Test
    void javadocAcceptsTheWholeEcrClient() throws IOException {
        assertJavadocAccepts(CodegenRunner.generate(GoldenFilesTest.ecrModel(), "dev.ecrgen.services.ecr", List.of()));
    }

    /** Documentation written to break comments and javadoc: comment ends in every disguise, tags, broken markup. */
    @Test
    void javadocAcceptsAClientFromHostileDocumentation() throws IOException, URISyntaxException {
        Path model = Path.of(JavadocToolTest.class.getResource("/models/robust/docs/service-2.json").toURI());
        assertJavadocAccepts(CodegenRunner.generate(CodegenRunner.load(CodegenSettings.builder().model(model).build()),
                null, List.of()));
    }

    private void assertJavadocAccepts(List<GeneratedSource> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (GeneratedSource source : sources) {
            Path file = dir.resolve("src").resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.write(file, source.content());
            files.add(file);
        }
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager manager = tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        StringWriter output = new StringWriter();
        List<String> options = List.of("-quiet", "-Xdoclint:html,syntax", "-d", dir.resolve("doc").toString(),
                "-classpath", System.getProperty("java.class.path"));
        boolean ok = tool.getTask(output, manager, diagnostics, null, options, manager.getJavaFileObjectsFromPaths(files))
                .call();
        StringBuilder report = new StringBuilder(output.toString());
        diagnostics.getDiagnostics().forEach(d -> report.append('\n').append(d));
        assertTrue(ok && diagnostics.getDiagnostics().isEmpty(), "javadoc reported:\n" + report);
    }
}
