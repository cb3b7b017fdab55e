package dev.ecrgen.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One generation as the plugin's parameters describe it, immutable. {@code paginators}, {@code waiters} and
 * {@code endpointRuleSet} are explicit overrides and may be null (then the files beside the model are used when
 * present); {@code basePackage} may
 * be null for the generator's default; an empty {@code operations} list means every operation.
 */
public record GenerateRequest(
        ModelSource model,
        Path paginators,
        Path waiters,
        Path endpointRuleSet,
        String basePackage,
        Path outputDirectory,
        List<String> operations) {

    public GenerateRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    /** A request that takes the endpoint rule set from beside the model. */
    public GenerateRequest(ModelSource model, Path paginators, Path waiters, String basePackage, Path outputDirectory,
            List<String> operations) {
        this(model, paginators, waiters, null, basePackage, outputDirectory, operations);
    }
}
