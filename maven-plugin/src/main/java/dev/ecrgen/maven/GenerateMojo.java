package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.write.SourceWriter;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java client from an AWS C2J service model and adds the sources to the build. A thin shell around
 * {@link CodegenRunner}: parameters in, a report out, and a build failure with the model's problems when it is bad.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The {@code service-2.json} file; {@code paginators-1.json} and {@code waiters-2.json} beside it are read too. */
    @Parameter(property = "ecrgen.model", required = true)
    private File model;

    /** The package of the generated client; defaults to {@code dev.ecrgen.services.<service>}. */
    @Parameter(property = "ecrgen.basePackage")
    private String basePackage;

    /** Where the sources go; registered as a compile source root. */
    @Parameter(property = "ecrgen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/ecrgen")
    private File outputDirectory;

    /** Generate only these operations and the shapes they reach; empty means all. */
    @Parameter(property = "ecrgen.operations")
    private List<String> operations;

    /** Skip generation. */
    @Parameter(property = "ecrgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("ecrgen: skipped");
            return;
        }
        CodegenSettings settings = CodegenSettings.builder()
                .model(model.toPath())
                .basePackage(basePackage)
                .outputDirectory(outputDirectory.toPath())
                .operations(operations)
                .build();
        try {
            SourceWriter.Result result = CodegenRunner.run(settings);
            getLog().info("ecrgen: " + result.written().size() + " files written, " + result.unchanged().size()
                    + " unchanged, " + result.deleted().size() + " deleted in " + outputDirectory);
        } catch (CodegenException e) {
            throw new MojoFailureException("ecrgen cannot generate from " + model + "\n" + e.getMessage());
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }
}
