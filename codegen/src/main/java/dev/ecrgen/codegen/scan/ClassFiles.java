package dev.ecrgen.codegen.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The class files of the scan's inputs: a directory (its {@code .class} files and jars, in sorted order), a single
 * class file, or a jar (its classes, and the classes of the jars inside it, as in {@code BOOT-INF/lib/} of a Spring
 * Boot jar). {@code module-info.class} and the versioned copies under {@code META-INF/versions/} are left out. Each
 * class is handed on with a name that says where it came from: {@code target/classes/com/example/App.class},
 * {@code app.jar!/com/example/App.class}.
 */
final class ClassFiles {
    /** Receives one class file. */
    interface Sink {
        void accept(String name, byte[] bytes);
    }

    private ClassFiles() {}

    /**
     * Hands every class file of {@code input} to {@code sink}.
     *
     * @throws ScanException when the input does not exist or is not a directory, class file or jar
     */
    static void read(Path input, Sink sink) {
        if (Files.isDirectory(input)) {
            readDirectory(input, sink);
        } else if (Files.isRegularFile(input)) {
            readFile(input, sink);
        } else if (Files.exists(input)) {
            throw new ScanException(input + ": neither a directory, a class file nor a jar");
        } else {
            throw new ScanException(input + ": no such file or directory");
        }
    }

    private static void readDirectory(Path dir, Sink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(ClassFiles::isScanned).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new ScanException(dir + ": cannot be listed: " + e.getMessage());
        }
        for (Path file : files) {
            readFile(file, sink);
        }
    }

    private static boolean isScanned(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jar") || (name.endsWith(".class") && !name.equals("module-info.class"));
    }

    private static void readFile(Path file, Sink sink) {
        if (file.getFileName().toString().endsWith(".class")) {
            try {
                sink.accept(file.toString(), Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                throw new ScanException(file + ": no such file or directory");
            } catch (IOException e) {
                throw new ScanException(file + ": cannot be read: " + e.getMessage());
            }
            return;
        }
        readJar(file, sink);
    }

    private static void readJar(Path file, Sink sink) {
        try (ZipFile jar = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isScanned(entry)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entry(file + "!/" + entry.getName(), entry.getName(), in.readAllBytes(), sink);
                    }
                }
            }
        } catch (ZipException e) {
            throw new ScanException(file + ": not a class file or a readable jar: " + e.getMessage());
        } catch (IOException e) {
            throw new ScanException(file + ": cannot be read as a jar: " + e.getMessage());
        }
    }

    private static void readNestedJar(String name, byte[] bytes, Sink sink) {
        try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean any = false;
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                any = true;
                if (isScanned(entry)) {
                    entry(name + "!/" + entry.getName(), entry.getName(), jar.readAllBytes(), sink);
                }
            }
            if (!any) {
                throw new ScanException(name + ": not a readable jar: it has no entries");
            }
        } catch (IOException e) {
            throw new ScanException(name + ": cannot be read as a jar: " + e.getMessage());
        }
    }

    private static void entry(String name, String path, byte[] bytes, Sink sink) {
        if (path.endsWith(".jar")) {
            readNestedJar(name, bytes, sink);
        } else {
            sink.accept(name, bytes);
        }
    }

    private static boolean isScanned(ZipEntry entry) {
        String path = entry.getName();
        if (entry.isDirectory() || path.startsWith("META-INF/versions/")) {
            return false;
        }
        return path.endsWith(".jar") || (path.endsWith(".class") && !path.endsWith("module-info.class"));
    }
}
