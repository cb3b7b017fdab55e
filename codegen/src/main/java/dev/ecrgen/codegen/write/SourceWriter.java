package dev.ecrgen.codegen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes generated sources under an output directory. A file whose bytes are unchanged is not touched; a file this
 * generator wrote last time but not this time is deleted. What was written is recorded in {@value #MANIFEST} so the
 * next run knows which files are its own (files it did not write are never deleted). Each file is written to a
 * temporary sibling and moved into place, so a failure never leaves a half-written source.
 */
public final class SourceWriter {
    public static final String MANIFEST = ".ecrgen-files";

    private SourceWriter() {}

    /** What a write did. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted) {}

    public static Result write(Path outputDirectory, Collection<GeneratedSource> sources) {
        try {
            Files.createDirectories(outputDirectory);
            Set<String> previous = readManifest(outputDirectory);
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Set<String> current = new TreeSet<>();
            for (GeneratedSource source : sources) {
                current.add(source.relativePath());
                Path target = outputDirectory.resolve(source.relativePath());
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), source.content())) {
                    unchanged.add(source.relativePath());
                    continue;
                }
                writeAtomically(target, source.content());
                written.add(source.relativePath());
            }
            List<String> deleted = new ArrayList<>();
            for (String old : previous) {
                if (!current.contains(old) && Files.deleteIfExists(outputDirectory.resolve(old))) {
                    deleted.add(old);
                    deleteEmptyParents(outputDirectory, outputDirectory.resolve(old).getParent());
                }
            }
            writeAtomically(outputDirectory.resolve(MANIFEST),
                    (String.join("\n", current) + "\n").getBytes(StandardCharsets.UTF_8));
            return new Result(written, unchanged, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + outputDirectory + ": "
                    + IoProblems.describe(e), e);
        }
    }

    private static Set<String> readManifest(Path outputDirectory) throws IOException {
        Set<String> files = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(outputDirectory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                String path = line.trim();
                if (!path.isEmpty() && !path.contains("..")) {
                    files.add(path);
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        }
        return files;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException atomicMoveUnsupported) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteEmptyParents(Path root, Path directory) throws IOException {
        Path current = directory;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
