package dev.ecrgen.benchmarks.codegen;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.write.SourceWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Generates a client the way the command line does, through {@link CodegenRunner}:
 * {@code <service-2.json> <output directory> <base package>}. Prints {@code GENERATED files=<n> written=<n>}.
 */
public final class GenerateMain {

    private GenerateMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: <service-2.json> <output directory> <base package>");
            System.exit(2);
        }
        Path output = Paths.get(args[1]);
        SourceWriter.Result result = CodegenRunner.run(CodegenSettings.builder()
                .model(Paths.get(args[0]))
                .outputDirectory(output)
                .basePackage(args[2])
                .build());
        int files = result.written().size() + result.unchanged().size();
        System.out.println("GENERATED files=" + files + " written=" + result.written().size());
    }
}
