package dev.ecrgen.codegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference material that lies beside the project ({@code ../shared}). */
public final class SharedFiles {
    private SharedFiles() {}

    /** A file under the shared folder; fails plainly when the folder is not where the build says. */
    public static Path resolve(String relative) {
        String root = System.getProperty("ecrgen.shared", "../../shared");
        Path path = Path.of(root).resolve(relative);
        if (!Files.exists(path)) {
            throw new AssertionError("reference material not found: " + path.toAbsolutePath()
                    + " (the shared folder must lie beside the project; set -Decrgen.shared to point at it)");
        }
        return path;
    }
}
