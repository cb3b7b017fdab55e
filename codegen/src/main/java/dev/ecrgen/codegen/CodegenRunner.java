package dev.ecrgen.codegen;

import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.emit.JavaGenerator;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.naming.NearestNames;
import dev.ecrgen.codegen.resolve.EffectiveMetadata;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.rules.RuleChecker;
import dev.ecrgen.codegen.validate.EndpointParamsValidator;
import dev.ecrgen.codegen.validate.ModelValidator;
import dev.ecrgen.codegen.validate.Problem;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.codegen.write.SourceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The generation pipeline: load, validate, resolve, emit, write. The Maven plugin, the command line and the tests
 * all call this class; it knows nothing of Maven.
 */
public final class CodegenRunner {
    private CodegenRunner() {}

    /** Loads the model files named in the settings, generates, and writes under the output directory. */
    public static SourceWriter.Result run(CodegenSettings settings) {
        if (settings.model() == null) {
            throw CodegenException.of(new Problem("E003", "settings", "no model file given"));
        }
        if (settings.outputDirectory() == null) {
            throw CodegenException.of(new Problem("E003", "settings", "no output directory given"));
        }
        ModelBundle bundle = load(settings);
        List<GeneratedSource> sources = generate(bundle, settings.basePackage(), settings.operations());
        return SourceWriter.write(settings.outputDirectory(), sources);
    }

    /** Loads the model and the paginators, waiters and endpoint rule set files the settings name or that lie beside it. */
    public static ModelBundle load(CodegenSettings settings) {
        Path model = settings.model();
        Path dir = model.toAbsolutePath().getParent();
        requireNamed(settings.paginators(), "paginators");
        requireNamed(settings.waiters(), "waiters");
        requireNamed(settings.endpointRules(), "endpoint rule set");
        Path paginators = settings.paginators() != null ? settings.paginators() : dir.resolve(ModelLoader.PAGINATORS);
        Path waiters = settings.waiters() != null ? settings.waiters() : dir.resolve(ModelLoader.WAITERS);
        return ModelLoader.load(model, paginators, waiters, endpointRulesFile(settings));
    }

    /** The endpoint rule set file the settings name, or the one beside the model. */
    public static Path endpointRulesFile(CodegenSettings settings) {
        return settings.endpointRules() != null ? settings.endpointRules()
                : settings.model().toAbsolutePath().getParent().resolve(ModelLoader.ENDPOINT_RULES);
    }

    /** A file named explicitly must exist; only the files looked for beside the model may be absent. */
    private static void requireNamed(Path file, String what) {
        if (file != null && !Files.isRegularFile(file)) {
            throw CodegenException.of(new Problem("E002", file.toString(), "no such file; it was named as the "
                    + what + ", so it must exist (leave it out to use the file beside the model, if any)"));
        }
    }

    /** Validates and generates sources in memory; nothing is written, warnings are dropped. */
    public static List<GeneratedSource> generate(ModelBundle bundle, String basePackage, List<String> operations) {
        return generate(bundle, basePackage, operations, warning -> { });
    }

    /**
     * Validates and generates sources in memory; nothing is written. When no operations are named, operations with an
     * event stream, which ecrgen does not generate, are left out with a warning each; naming one is an error (E152).
     *
     * @param operations the operations to generate, with what they reach; null or empty for all of them
     * @param warnings receives one line for each thing the generated client will not do that the input asks for
     */
    public static List<GeneratedSource> generate(ModelBundle bundle, String basePackage, List<String> operations,
            Consumer<String> warnings) {
        List<Problem> problems = new ArrayList<>(ModelValidator.validate(bundle));
        List<String> notes = new ArrayList<>();
        boolean all = operations == null || operations.isEmpty();
        if (!all) {
            Set<String> defined = bundle.service().operations().keySet();
            boolean unknown = false;
            for (String operation : new LinkedHashSet<>(operations)) {
                if (!defined.contains(operation)) {
                    unknown = true;
                    List<String> nearest = NearestNames.to(operation, defined);
                    problems.add(new Problem("E150", "operations", "'" + operation + "' is not an operation of the model"
                            + (nearest.isEmpty() ? "" : "; did you mean " + String.join(" or ", nearest) + "?")));
                }
            }
            if (unknown) {
                notes.add("the model's operations are " + new TreeSet<>(defined));
            }
            problems.addAll(ModelValidator.unsupported(bundle, operations));
        }
        RuleChecker.Checked endpointRules = null;
        if (bundle.endpointRules() != null) {
            endpointRules = RuleChecker.check(bundle.endpointRules(), problems);
            problems.addAll(EndpointParamsValidator.validate(bundle, operations, warnings));
        }
        if (basePackage != null && !Names.isValidPackage(basePackage)) {
            problems.add(new Problem("E151", "basePackage", "'" + basePackage + "' is not a valid Java package name"));
        }
        if (!problems.isEmpty()) {
            throw new CodegenException(problems, notes);
        }
        if (all) {
            bundle = withoutEventStreams(bundle, warnings);
        }
        bundle = EffectiveMetadata.apply(bundle);
        String serviceId = bundle.service().metadata().serviceId();
        Names names = Names.of(bundle.service(), basePackage != null ? basePackage : Names.defaultBasePackage(serviceId));
        ServiceIndex index = ServiceIndex.of(bundle, names, all ? null : operations, endpointRules);
        return JavaGenerator.generate(index);
    }

    /** The model without its event-stream operations, each left out with one warning that names it. */
    private static ModelBundle withoutEventStreams(ModelBundle bundle, Consumer<String> warnings) {
        Map<String, ModelValidator.EventStream> streams = ModelValidator.eventStreamOperations(bundle);
        if (streams.isEmpty()) {
            return bundle;
        }
        streams.forEach((operation, stream) -> warnings.accept("operation " + operation + " is left out: its "
                + stream.side() + " member " + stream.member() + " is an event stream (" + stream.shape()
                + "), which ecrgen does not generate"));
        Map<String, Operation> kept = new LinkedHashMap<>(bundle.service().operations());
        kept.keySet().removeAll(streams.keySet());
        ServiceModel service = bundle.service();
        return bundle.withService(new ServiceModel(service.version(), service.metadata(), kept, service.shapes(),
                service.documentation()));
    }
}
