package dev.ecrgen.codegen.naming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The top-level classes of an official AWS SDK for Java v2 service jar on the test classpath that the names test
 * compares: those of the {@code model}, {@code paginators}, {@code waiters} and {@code endpoints} packages, and the
 * sync and async client interfaces.
 */
final class OfficialClasses {
    static final String ROOT = "software.amazon.awssdk.services.";
    static final Set<String> PACKAGES = Set.of("model", "paginators", "waiters", "endpoints");

    private OfficialClasses() {}

    /** The classes to compare for a service package ({@code ecr}) whose clients are {@code <stem>Client}. */
    static List<Class<?>> of(String servicePackage, String stem) {
        Class<?> client = load(ROOT + servicePackage + "." + stem + "Client");
        String prefix = (ROOT + servicePackage).replace('.', '/') + "/";
        List<Class<?>> classes = new ArrayList<>();
        classes.add(client);
        classes.add(load(ROOT + servicePackage + "." + stem + "AsyncClient"));
        try (JarFile jar = new JarFile(jarOf(client).toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith(prefix) || !entry.endsWith(".class") || entry.contains("$")) {
                    continue;
                }
                String relative = entry.substring(prefix.length(), entry.length() - ".class".length());
                int slash = relative.indexOf('/');
                if (slash > 0 && relative.indexOf('/', slash + 1) < 0 && PACKAGES.contains(relative.substring(0, slash))
                        && !relative.endsWith("package-info")) {
                    classes.add(load(entry.substring(0, entry.length() - ".class".length()).replace('/', '.')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OfficialClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the official class " + name + " is not on the test classpath; codegen's pom.xml"
                    + " lists the service jars in test scope", e);
        }
    }
}
