package dev.ecrgen.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a generation run is started: the command-line jar when it has been built (copied into {@code work} first, so a
 * build running beside the benchmark cannot change it halfway), else {@code GenerateMain}.
 */
record Generator(String description, Path cliJar, String classpath) {

    static Generator find(Context context, Path work) {
        Path target = context.root().resolve("codegen/target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                Path cli = files.filter(p -> p.getFileName().toString().matches("ecrgen-codegen-.*-cli\\.jar"))
                        .findFirst().orElse(null);
                if (cli != null) {
                    Files.createDirectories(work);
                    Path copy = work.resolve(cli.getFileName());
                    Files.copy(cli, copy, StandardCopyOption.REPLACE_EXISTING);
                    return new Generator("command-line jar " + cli.getFileName(), copy, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + target + ": " + e.getMessage(), e);
            }
        }
        return new Generator("GenerateMain (CodegenRunner) on the codegen closure", null,
                context.programClasspath("codegen"));
    }

    List<String> command(Path model, Path output, String basePackage) {
        if (cliJar != null) {
            return List.of(ChildJvm.java(), "-jar", cliJar.toString(), "generate", "--model", model.toString(), "--out",
                    output.toString(), "--package", basePackage);
        }
        return List.of(ChildJvm.java(), "-cp", classpath, "dev.ecrgen.benchmarks.codegen.GenerateMain",
                model.toString(), output.toString(), basePackage);
    }
}
