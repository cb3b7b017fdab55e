package dev.ecrgen.maven;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.scan.ScanModels;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The models of the {@code policy} goal: {@code service-2.json} files and classpath resources (in the jars listed under
 * the plugin's {@code <dependencies>}), each with the {@code waiters-2.json} beside it when there is one.
 */
final class PolicyModels {
    private static final String WAITERS = "waiters-2.json";

    private PolicyModels() {}

    static List<ModelBundle> load(List<File> files, List<String> resources, ClassLoader loader)
            throws MojoFailureException {
        List<ModelBundle> models = new ArrayList<>();
        try {
            for (File file : files) {
                models.add(ScanModels.fromFile(file.toPath()));
            }
        } catch (CodegenException e) {
            throw new MojoFailureException("ecrgen cannot read the model: " + e.getMessage());
        }
        for (String resource : resources) {
            models.add(fromResource(resource.startsWith("/") ? resource.substring(1) : resource, loader));
        }
        if (models.isEmpty()) {
            throw new MojoFailureException("ecrgen: no model; set <models> to the service-2.json files of the clients "
                    + "the code calls, or <modelResources> to resources in the plugin's <dependencies> (property "
                    + "ecrgen.models or ecrgen.modelResources)");
        }
        return models;
    }

    private static ModelBundle fromResource(String name, ClassLoader loader) throws MojoFailureException {
        String display = "classpath:" + name;
        byte[] service = read(loader, name);
        if (service == null) {
            throw new MojoFailureException("ecrgen: " + display + ": no such resource on the plugin's classpath; add "
                    + "the artifact that holds it to the plugin's <dependencies>, or use <models> for a file");
        }
        int slash = name.lastIndexOf('/');
        byte[] waiters = read(loader, (slash < 0 ? "" : name.substring(0, slash + 1)) + WAITERS);
        try {
            return ScanModels.fromBytes(service, waiters, display);
        } catch (CodegenException e) {
            throw new MojoFailureException("ecrgen cannot read the model: " + e.getMessage());
        }
    }

    private static byte[] read(ClassLoader loader, String name) throws MojoFailureException {
        URL url = loader.getResource(name);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MojoFailureException("ecrgen: classpath:" + name + " cannot be read from " + url + ": "
                    + e.getMessage());
        }
    }
}
