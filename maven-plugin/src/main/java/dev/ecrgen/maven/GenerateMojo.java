package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenException;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java client from an AWS C2J service model and adds the sources to the build. The Mojo only turns its
 * parameters into a {@link GenerateRequest} and hands it to {@link Generation}; a model the generator cannot use fails
 * the build with the complete report of its problems. When the sources are up to date, none of the generator's classes
 * are loaded.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /** The user property read for {@link #operations} when the POM does not configure it. */
    static final String OPERATIONS_PROPERTY = "ecrgen.operations";

    /**
     * The {@code service-2.json} file. {@code paginators-1.json}, {@code waiters-2.json} and
     * {@code endpoint-rule-set-1.json} in the same directory are read too when present. Set this or {@link #modelResource}, not both.
     */
    @Parameter(property = "ecrgen.model")
    private File model;

    /**
     * The model as a classpath resource, e.g. {@code models/ecr/2015-09-21/service-2.json}, looked up in the jars
     * listed under this plugin's {@code <dependencies>} (such as {@code dev.ecrgen:ecrgen-api-models}).
     * {@code paginators-1.json}, {@code waiters-2.json} and {@code endpoint-rule-set-1.json} are looked for in the same
     * resource folder.
     */
    @Parameter(property = "ecrgen.modelResource")
    private String modelResource;

    /** A {@code paginators-1.json} to use instead of the one beside the model. */
    @Parameter(property = "ecrgen.paginators")
    private File paginators;

    /** A {@code waiters-2.json} to use instead of the one beside the model. */
    @Parameter(property = "ecrgen.waiters")
    private File waiters;

    /**
     * An {@code endpoint-rule-set-1.json} to use instead of the one beside the model. Without a rule set the client
     * sends requests to {@code https://<endpointPrefix>.<region>.<DNS suffix>} and has no FIPS or dual-stack endpoints.
     */
    @Parameter(property = "ecrgen.endpointRuleSet")
    private File endpointRuleSet;

    /** The package of the generated client; by default {@code dev.ecrgen.services.<service>}, e.g. {@code ...ecr}. */
    @Parameter(property = "ecrgen.basePackage")
    private String basePackage;

    /**
     * Where the sources are written; added to the project's compile source roots. The directory belongs to the
     * generator: files it generated earlier and no longer generates are deleted.
     */
    @Parameter(property = "ecrgen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/ecrgen")
    private File outputDirectory;

    /**
     * Generate only these operations and the shapes they reach. Empty means every operation. A name the model does not
     * define fails the build with the list of valid names. When the POM does not configure it, the user property
     * {@code ecrgen.operations} (comma-separated) is read, so that, as for every other parameter, a POM setting wins
     * over {@code -D}. (Maven itself would let {@code -D} replace a configured list, which is why this parameter has
     * no {@code property}.)
     */
    @Parameter
    private List<String> operations;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skip generation: nothing is read or written and no source root is added. */
    @Parameter(property = "ecrgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("ecrgen: skipped (ecrgen.skip is true)");
            return;
        }
        List<String> chosen = operations != null ? operations
                : MojoParameters.fromProperty(session.getUserProperties().getProperty(OPERATIONS_PROPERTY));
        GenerateRequest request = MojoParameters.toRequest(model, modelResource, paginators, waiters, endpointRuleSet,
                basePackage, outputDirectory, chosen, getClass().getClassLoader());
        try {
            new Generation(getLog()).run(request);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // matched, not caught by type: a catch clause naming CodegenException would load the generator's classes
            // whenever Maven loads this mojo, also for a build that finds its sources up to date
            if (e instanceof CodegenException) {
                throw new MojoFailureException("ecrgen cannot generate from " + request.model().displayName() + ": "
                        + e.getMessage());
            }
            throw e;
        }
        Path sources = request.outputDirectory();
        project.addCompileSourceRoot(sources.toString());
    }
}
