package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.rules.RuleSet;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.codegen.write.SourceWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The half of a run that generates: parse the inputs (the model, paginators, waiters and endpoint rule set), generate through {@link CodegenRunner} and write the sources,
 * which rewrites only changed files and deletes files no longer produced. Only this class and {@link InputProblem}
 * refer to the generator, so the generator, Jackson and JavaPoet are loaded when a run generates, never for an
 * up-to-date check.
 */
final class SourceGeneration {
    private SourceGeneration() {}

    /**
     * Generates the sources of a request into its output directory and stores the fingerprint beside them. The stored
     * fingerprint is removed before the first file is written, so an interrupted run is never taken as up to date.
     */
    static Generation.Written generate(ModelInputs inputs, GenerateRequest request, Fingerprint fingerprint,
            Consumer<String> warnings) {
        Path output = request.outputDirectory();
        if (!inputs.paginators().isPresent()) {
            warnings.accept("no paginators: " + inputs.paginators().name() + " does not exist");
        }
        if (!inputs.waiters().isPresent()) {
            warnings.accept("no waiters: " + inputs.waiters().name() + " does not exist");
        }
        if (!inputs.endpointRules().isPresent()) {
            warnings.accept("no endpoint rule set at " + inputs.endpointRules().name() + "; the client sends requests "
                    + "to https://<endpointPrefix>.<region>.<DNS suffix> and cannot use FIPS or dual-stack endpoints");
        }
        List<GeneratedSource> sources =
                CodegenRunner.generate(bundle(inputs), request.basePackage(), request.operations(), warnings);
        Fingerprint.delete(output);
        SourceWriter.Result result = SourceWriter.write(output, sources);
        fingerprint.write(output);
        return new Generation.Written(sources.size(), result.written(), result.unchanged(), result.deleted());
    }

    /** Parses the inputs into the generator's model bundle; bad JSON is reported with name, line and column. */
    static ModelBundle bundle(ModelInputs inputs) {
        ModelInput model = inputs.model();
        ModelInput paginators = inputs.paginators();
        ModelInput waiters = inputs.waiters();
        ServiceModel service = ModelLoader.parse(model.content(), model.name(), ServiceModel.class);
        Paginators pages = paginators.isPresent()
                ? ModelLoader.parse(paginators.content(), paginators.name(), Paginators.class) : null;
        Waiters waits = waiters.isPresent() ? ModelLoader.parse(waiters.content(), waiters.name(), Waiters.class) : null;
        ModelInput rules = inputs.endpointRules();
        RuleSet ruleSet = rules.isPresent() ? ModelLoader.parseRules(rules.content(), rules.name()) : null;
        return new ModelBundle(service, pages, waits, ruleSet, model.name());
    }
}
