package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.codegen.write.SourceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code generate}: the same generation the Maven plugin runs, from the command line. */
final class GenerateCommand implements Command {
    private static final Set<String> VALUES =
            Set.of("--model", "--out", "--package", "--operations", "--paginators", "--waiters", "--endpoint-rules");

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate a Java client from a service model";
    }

    @Override
    public String help() {
        return """
                Usage: ecrgen generate --model FILE --out DIR [--package P] [--operations A,B]
                                       [--paginators FILE] [--waiters FILE] [--endpoint-rules FILE]

                Generates a Java client from a C2J service model, exactly as the Maven plugin does.
                Files whose content is unchanged are not touched; files generated earlier into DIR and no
                longer produced are deleted.

                  --model FILE        the service-2.json; paginators-1.json, waiters-2.json and
                                      endpoint-rule-set-1.json beside it are read too when present
                  --out DIR           where the sources go (created if missing)
                  --package P         the client's package (default dev.ecrgen.services.<service>)
                  --operations A,B    only these operations and the shapes they reach (default: all)
                  --paginators FILE   a paginators-1.json to use instead of the one beside the model
                  --waiters FILE      a waiters-2.json to use instead of the one beside the model
                  --endpoint-rules FILE
                                      an endpoint-rule-set-1.json to use instead of the one beside the
                                      model; without one, requests go to
                                      https://<endpointPrefix>.<region>.<DNS suffix>

                Exit codes: 0 done, 1 the model cannot be used, 2 bad arguments.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(name(), args, VALUES, Set.of());
        arguments.noPositionals();
        CodegenSettings settings = CodegenSettings.builder()
                .model(Path.of(arguments.required("--model", "FILE")))
                .outputDirectory(Path.of(arguments.required("--out", "DIR")))
                .basePackage(arguments.value("--package").orElse(null))
                .operations(arguments.list("--operations"))
                .paginators(arguments.value("--paginators").map(Path::of).orElse(null))
                .waiters(arguments.value("--waiters").map(Path::of).orElse(null))
                .endpointRules(arguments.value("--endpoint-rules").map(Path::of).orElse(null))
                .build();
        ModelBundle bundle = CodegenRunner.load(settings);
        ModelFiles.checkOperations(name(), bundle.service(), settings.operations());
        Path beside = settings.model().toAbsolutePath().getParent();
        if (settings.paginators() == null && !Files.exists(beside.resolve(ModelLoader.PAGINATORS))) {
            console.err().println("ecrgen generate: warning: no paginators: " + beside.resolve(ModelLoader.PAGINATORS)
                    + " does not exist");
        }
        if (settings.waiters() == null && !Files.exists(beside.resolve(ModelLoader.WAITERS))) {
            console.err().println("ecrgen generate: warning: no waiters: " + beside.resolve(ModelLoader.WAITERS)
                    + " does not exist");
        }
        if (bundle.endpointRules() == null) {
            console.err().println("ecrgen generate: warning: no endpoint rule set at "
                    + CodegenRunner.endpointRulesFile(settings) + "; the client sends requests to "
                    + "https://<endpointPrefix>.<region>.<DNS suffix> and cannot use FIPS or dual-stack endpoints");
        }
        List<GeneratedSource> sources = CodegenRunner.generate(bundle, settings.basePackage(), settings.operations(),
                warning -> console.err().println("ecrgen generate: warning: " + warning));
        SourceWriter.Result result = SourceWriter.write(settings.outputDirectory(), sources);
        console.out().println("generated " + sources.size() + " files in " + settings.outputDirectory() + " ("
                + result.written().size() + " written, " + result.unchanged().size() + " unchanged, "
                + result.deleted().size() + " deleted)");
        return ExitCode.OK;
    }
}
