package dev.ecrgen.maven;

import dev.ecrgen.codegen.load.ModelBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the {@code policy} goal, as the Mojo's parameters give it.
 *
 * @param packages packages clients were generated into besides {@code dev.ecrgen.services.<service>}
 * @param inputs class directories and jars to scan; may be empty
 * @param policyFile where the policy is written
 * @param failOnNew a checked-in policy that must allow every action the code needs, or null
 * @param report whether to log, for each action, the methods that call it
 */
record PolicyRequest(List<ModelBundle> models, List<String> packages, List<Path> inputs, Path policyFile,
        Path failOnNew, boolean report) {

    PolicyRequest {
        models = List.copyOf(models);
        packages = List.copyOf(packages);
        inputs = List.copyOf(inputs);
    }
}
