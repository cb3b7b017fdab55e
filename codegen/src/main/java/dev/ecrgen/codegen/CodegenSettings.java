package dev.ecrgen.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one generation run needs, as an immutable value. Models come either from files ({@link #model()},
 * with {@link #paginators()}, {@link #waiters()} and {@link #endpointRules()} found beside it unless given) or as bytes already read (for
 * example from a classpath resource). {@code basePackage} may be null for {@code dev.ecrgen.services.<service>}.
 * An empty {@code operations} list means every operation.
 */
public record CodegenSettings(
        Path model,
        Path paginators,
        Path waiters,
        Path endpointRules,
        String basePackage,
        Path outputDirectory,
        List<String> operations) {

    public CodegenSettings {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder for settings; only {@code model} and {@code outputDirectory} are needed. */
    public static final class Builder {
        private Path model;
        private Path paginators;
        private Path waiters;
        private Path endpointRules;
        private String basePackage;
        private Path outputDirectory;
        private List<String> operations = List.of();

        private Builder() {}

        public Builder model(Path model) {
            this.model = model;
            return this;
        }

        public Builder paginators(Path paginators) {
            this.paginators = paginators;
            return this;
        }

        public Builder waiters(Path waiters) {
            this.waiters = waiters;
            return this;
        }

        public Builder endpointRules(Path endpointRules) {
            this.endpointRules = endpointRules;
            return this;
        }

        public Builder basePackage(String basePackage) {
            this.basePackage = basePackage;
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public Builder operations(List<String> operations) {
            this.operations = operations;
            return this;
        }

        public CodegenSettings build() {
            return new CodegenSettings(model, paginators, waiters, endpointRules, basePackage, outputDirectory, operations);
        }
    }
}
