package dev.ecrgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Code generation: the full ECR model generated from scratch in a new JVM per run (whole process: wall, CPU, peak
 * RSS), the size of what it writes, and {@code javac} of those sources in a new process per run. The generator is
 * the command-line jar when {@code codegen/target/ecrgen-codegen-*-cli.jar} exists, else a small program calling
 * {@code CodegenRunner}, the same entry point.
 */
final class CodegenTimings {

    private static final String BASE_PACKAGE = "dev.ecrgen.services.ecr";

    private final Context context;
    private final Samples samples;

    CodegenTimings(Context context) {
        this.context = context;
        this.samples = new Samples(context.results(), "codegen");
    }

    void run() {
        Path model = context.root().resolve("api-models/src/main/resources/models/ecr/2015-09-21/service-2.json");
        Path work = context.results().resolveSibling("codegen-work");
        Path sources = work.resolve("sources");
        Generator generator = Generator.find(context, work);
        System.out.println("generation: " + generator.description());
        Environment.note(context, "generation timed with " + generator.description());
        for (int i = 0; i < context.runs(); i++) {
            Trees.deleteTree(sources);
            ChildRun run = context.jvm().runOk(generator.command(model, sources, BASE_PACKAGE), 300);
            samples.add("codegen", "full ECR generation, whole process wall", "ecrgen", run.wallMillis(), "ms", true);
            samples.add("codegen", "full ECR generation, CPU (user+sys)", "ecrgen", run.cpuSeconds() * 1000, "ms",
                    true);
            samples.add("codegen", "full ECR generation, peak RSS", "ecrgen", run.maxRssKib() / 1024.0, "MiB", true);
        }
        List<Path> files = Trees.javaFiles(sources);
        samples.add("codegen", "generated files", "ecrgen", files.size(), "files", true);
        samples.add("codegen", "generated lines", "ecrgen", Trees.lines(files), "lines", true);
        compile(work, files);
    }

    private void compile(Path work, List<Path> files) {
        Path argFile = work.resolve("sources.txt");
        Path classes = work.resolve("classes");
        StringBuilder list = new StringBuilder();
        files.forEach(f -> list.append(f).append('\n'));
        try {
            Files.writeString(argFile, list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + argFile + ": " + e.getMessage(), e);
        }
        // The runtime built from this working tree matches the generator built from it; the installed jar may lag.
        Path runtimeClasses = context.root().resolve("runtime/target/classes");
        boolean fresh = Files.isDirectory(runtimeClasses);
        List<String> runtime = new ArrayList<>();
        if (fresh) {
            runtime.add(runtimeClasses.toString());
        }
        for (String jar : context.closureClasspath("ecrgen").split(File.pathSeparator)) {
            if (!jar.contains("ecrgen-ecr-client") && !(fresh && jar.contains("ecrgen-runtime"))) {
                runtime.add(jar);
            }
        }
        Environment.note(context, "generated sources compiled against " + (fresh ? runtimeClasses : "the installed runtime"));
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        int runs = Math.max(5, context.runs() / 2);
        for (int i = 0; i < runs; i++) {
            Trees.deleteTree(classes);
            ChildRun run = context.jvm().runOk(List.of(javac, "-d", classes.toString(), "-cp",
                    String.join(File.pathSeparator, runtime), "-proc:none", "-XDstringConcat=inline", "-nowarn",
                    "@" + argFile), 600);
            samples.add("codegen", "javac of the generated sources, whole process wall", "ecrgen", run.wallMillis(),
                    "ms", true);
            samples.add("codegen", "javac of the generated sources, peak RSS", "ecrgen", run.maxRssKib() / 1024.0,
                    "MiB", true);
        }
    }
}
