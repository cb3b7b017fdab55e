package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.naming.NearestNames;
import dev.ecrgen.codegen.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Reading models and writing results for the commands. */
final class ModelFiles {
    private ModelFiles() {}

    /** Reads one {@code service-2.json}; a missing file or bad JSON is a {@link CodegenException} naming the place. */
    static ServiceModel readService(Path file) {
        return ModelLoader.parse(read(file), file.toString(), ServiceModel.class);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CodegenException.of(new Problem("E002", file.toString(), "no such file"));
        } catch (IOException e) {
            throw CodegenException.of(new Problem("E002", file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Fails when the allow-list names operations the model does not define: each unknown name once, with the nearest
     * valid names, then the valid names once.
     */
    static void checkOperations(String command, ServiceModel model, List<String> operations) throws UsageException {
        List<String> unknown = new ArrayList<>();
        for (String operation : operations) {
            if (!model.operations().containsKey(operation)) {
                List<String> nearest = NearestNames.to(operation, model.operations().keySet());
                unknown.add("'" + operation + "'" + (nearest.isEmpty() ? "" : " (did you mean "
                        + String.join(" or ", nearest) + "?)"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException(command + ": --operations names " + (unknown.size() == 1 ? "an operation"
                    : unknown.size() + " operations") + " the model does not define: " + String.join(", ", unknown)
                    + "; the model's operations are " + new TreeSet<>(model.operations().keySet()));
        }
    }

    /** Writes text to {@code file} (creating its directory), or to standard output when {@code file} is null. */
    static void write(String text, Path file, Console console) throws IOException {
        if (file == null) {
            console.out().print(text);
            console.out().flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
