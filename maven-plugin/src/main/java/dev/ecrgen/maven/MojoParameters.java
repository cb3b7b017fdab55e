package dev.ecrgen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/** Checks the plugin's parameters and turns them into a request; a wrong combination fails with what to set. */
final class MojoParameters {
    private MojoParameters() {}

    static GenerateRequest toRequest(File model, String modelResource, File paginators, File waiters,
            File endpointRuleSet, String basePackage, File outputDirectory, List<String> operations,
            ClassLoader resources)
            throws MojoFailureException {
        boolean hasResource = modelResource != null && !modelResource.isBlank();
        if (model != null && hasResource) {
            throw new MojoFailureException("ecrgen: set either <model> (a file) or <modelResource> (a classpath "
                    + "resource), not both; <model> is " + model + " and <modelResource> is " + modelResource);
        }
        if (model == null && !hasResource) {
            throw new MojoFailureException("ecrgen: no model; set <model> to a service-2.json file, or <modelResource> "
                    + "to a resource in one of the plugin's <dependencies> (property ecrgen.model or ecrgen.modelResource)");
        }
        if (outputDirectory == null) {
            throw new MojoFailureException("ecrgen: <outputDirectory> is empty; leave it out for "
                    + "target/generated-sources/ecrgen or name a directory");
        }
        ModelSource source = hasResource
                ? new ModelSource.Resource(modelResource.trim(), resources)
                : new ModelSource.File(model.toPath());
        return new GenerateRequest(source, path(paginators), path(waiters), path(endpointRuleSet),
                basePackage == null || basePackage.isBlank() ? null : basePackage.trim(),
                outputDirectory.toPath(), names(operations));
    }

    /** The operations of a comma-separated user property; null when it is not set. */
    static List<String> fromProperty(String value) {
        return value == null ? null : List.of(value.split(","));
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** The allow-list without blanks; entries may themselves be comma-separated. */
    private static List<String> names(List<String> operations) {
        List<String> names = new ArrayList<>();
        if (operations != null) {
            for (String entry : operations) {
                if (entry == null) {
                    continue;
                }
                for (String name : entry.split(",")) {
                    if (!name.isBlank() && !names.contains(name.trim())) {
                        names.add(name.trim());
                    }
                }
            }
        }
        return names;
    }
}
