package dev.ecrgen.codegen.testing;

import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory against the test classpath (which holds the runtime) and loads them, so tests
 * can both check that output compiles cleanly and run it. Compilation uses {@code -Xlint:all -Werror}: a warning in
 * generated code fails the test with every diagnostic listed.
 */
public final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** Compiles the sources and returns a class loader that defines them. */
    public static ClassLoader compile(Collection<GeneratedSource> sources) {
        return compile(sources, List.of("-Xlint:all", "-Werror"));
    }

    /**
     * Compiles the sources with the compiler's default warnings, none of them failing the compilation (for tests that
     * look at the compiled API, not at the code's hygiene), and returns a class loader that defines them.
     */
    public static ClassLoader compileAllowingWarnings(Collection<GeneratedSource> sources) {
        return compile(sources, List.of("-nowarn"));
    }

    private static ClassLoader compile(Collection<GeneratedSource> sources, List<String> lint) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        for (GeneratedSource source : sources) {
            units.add(new SimpleJavaFileObject(URI.create("string:///" + source.relativePath()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.text();
                }
            });
        }
        List<String> options = new ArrayList<>(lint);
        options.addAll(List.of("-proc:none", "--release", "17", "-classpath", System.getProperty("java.class.path")));
        boolean ok = compiler.getTask(null, manager, diagnostics, options, null, units).call();
        boolean strict = lint.contains("-Werror");
        if (!ok || diagnostics.getDiagnostics().stream().anyMatch(d -> strict || d.getKind() == Diagnostic.Kind.ERROR)) {
            StringBuilder report = new StringBuilder("generated sources do not compile cleanly:");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                report.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName())
                        .append(':').append(d.getLineNumber()).append(": ").append(d.getKind()).append(": ")
                        .append(d.getMessage(Locale.ROOT));
            }
            throw new AssertionError(report.toString());
        }
        try {
            manager.close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
    }
}
