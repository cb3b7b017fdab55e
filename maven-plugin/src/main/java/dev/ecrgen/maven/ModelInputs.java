package dev.ecrgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of the model, paginators, waiters and endpoint rule set of one request, read once: the fingerprint is computed from them and
 * the model is parsed from them ({@link SourceGeneration}), so what is checked is exactly what is generated from.
 * Reading them needs none of the generator's classes; a missing input is reported as the generator reports problems.
 */
public record ModelInputs(ModelInput model, ModelInput paginators, ModelInput waiters, ModelInput endpointRules) {
    static final String PAGINATORS = "paginators-1.json";
    static final String WAITERS = "waiters-2.json";
    static final String ENDPOINT_RULES = "endpoint-rule-set-1.json";

    /** Inputs without an endpoint rule set. */
    public ModelInputs(ModelInput model, ModelInput paginators, ModelInput waiters) {
        this(model, paginators, waiters, ModelInput.absent(ENDPOINT_RULES));
    }

    /**
     * Reads the inputs a request names. The model must exist; explicitly named paginators, waiters and endpoint rule
     * set files must exist too; those looked for beside the model may be absent.
     *
     * @throws dev.ecrgen.codegen.CodegenException naming the missing or unreadable input
     */
    public static ModelInputs read(GenerateRequest request) {
        if (request.model() instanceof ModelSource.Resource resource) {
            return fromResources(resource, request);
        }
        return fromFiles(((ModelSource.File) request.model()).path(), request);
    }

    private static ModelInputs fromFiles(Path model, GenerateRequest request) {
        Path dir = model.toAbsolutePath().getParent();
        return new ModelInputs(
                file(model, true, "set <model> to a service-2.json file, or use <modelResource>"),
                optionalFile(request.paginators(), dir.resolve(PAGINATORS), "<paginators>"),
                optionalFile(request.waiters(), dir.resolve(WAITERS), "<waiters>"),
                optionalFile(request.endpointRuleSet(), dir.resolve(ENDPOINT_RULES), "<endpointRuleSet>"));
    }

    private static ModelInputs fromResources(ModelSource.Resource model, GenerateRequest request) {
        int slash = model.name().lastIndexOf('/');
        String folder = slash < 0 ? "" : model.name().substring(0, slash + 1);
        ModelInput service = resource(model.loader(), model.name());
        if (!service.isPresent()) {
            throw InputProblem.of(service.name(), "no such resource on the plugin's classpath; "
                    + "add the artifact that holds it to the plugin's <dependencies>, or use <model> for a file");
        }
        return new ModelInputs(service,
                request.paginators() != null ? optionalFile(request.paginators(), null, "<paginators>")
                        : resource(model.loader(), folder + PAGINATORS),
                request.waiters() != null ? optionalFile(request.waiters(), null, "<waiters>")
                        : resource(model.loader(), folder + WAITERS),
                request.endpointRuleSet() != null ? optionalFile(request.endpointRuleSet(), null, "<endpointRuleSet>")
                        : resource(model.loader(), folder + ENDPOINT_RULES));
    }

    /** The explicit file when given (it must exist), else the default file beside the model if it is there. */
    private static ModelInput optionalFile(Path explicit, Path beside, String parameter) {
        if (explicit != null) {
            return file(explicit, true, "check " + parameter + ", or leave it out to use the file beside the model");
        }
        return file(beside, false, null);
    }

    private static ModelInput file(Path path, boolean required, String hint) {
        try {
            return ModelInput.of(path.toString(), Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            if (!required) {
                return ModelInput.absent(path.toString());
            }
            throw InputProblem.of(path.toString(), "no such file; " + hint);
        } catch (IOException e) {
            throw InputProblem.of(path.toString(), "cannot be read: " + e.getMessage());
        }
    }

    private static ModelInput resource(ClassLoader loader, String name) {
        String display = "classpath:" + name;
        URL url = loader.getResource(name);
        if (url == null) {
            return ModelInput.absent(display);
        }
        try (InputStream in = url.openStream()) {
            return ModelInput.of(display, in.readAllBytes());
        } catch (IOException e) {
            throw InputProblem.of(display, "cannot be read from " + url + ": " + e.getMessage());
        }
    }
}
