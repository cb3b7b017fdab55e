package dev.ecrgen.codegen.testing;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Small applications compiled during a test into a directory of class files, as a build would leave them in
 * {@code target/classes}, for the policy scan to read: against the ECR client generated from the reference model,
 * and against the official AWS SDK ECR client on the test class path.
 */
public final class FixtureApps {
    /** The operations of the generated ECR client the fixtures compile against. */
    public static final List<String> ECR_OPERATIONS = List.of("CreateRepository", "DeleteRepository",
            "DescribeImageScanFindings", "DescribeImages", "GetAuthorizationToken", "ListImages");

    /** Calls three operations directly (sync and async, a request object, a builder and a method reference; one also from a lambda), one through a paginator and one through a waiter. */
    public static final String ECR_APP = """
            package com.example.app;

            import dev.ecrgen.services.ecr.EcrAsyncClient;
            import dev.ecrgen.services.ecr.EcrClient;
            import dev.ecrgen.services.ecr.model.DeleteRepositoryRequest;
            import dev.ecrgen.services.ecr.model.GetAuthorizationTokenRequest;
            import dev.ecrgen.services.ecr.model.ImageDetail;
            import java.util.List;
            import java.util.function.Supplier;

            public final class EcrApp {
                private final EcrClient ecr;
                private final EcrAsyncClient async;

                public EcrApp(EcrClient ecr, EcrAsyncClient async) {
                    this.ecr = ecr;
                    this.async = async;
                }

                public String token() {
                    return ecr.getAuthorizationToken(GetAuthorizationTokenRequest.builder().build()).toString();
                }

                public Supplier<String> lazyToken() {
                    return () -> ecr.getAuthorizationToken(GetAuthorizationTokenRequest.builder().build()).toString();
                }

                public void create(String name) {
                    ecr.createRepository(b -> b.repositoryName(name));
                }

                public void deleteAll(List<String> names) {
                    names.stream()
                            .map(name -> DeleteRepositoryRequest.builder().repositoryName(name).build())
                            .map(async::deleteRepository)
                            .forEach(future -> future.join());
                }

                public int countImages(String name) {
                    int count = 0;
                    for (ImageDetail image : ecr.describeImagesPaginator(b -> b.repositoryName(name)).imageDetails()) {
                        count += image.imageTags().size();
                    }
                    return count;
                }

                public void awaitScan(String name) {
                    ecr.waiter().waitUntilImageScanComplete(b -> b.repositoryName(name));
                }
            }
            """;

    /** Uses the client without calling an operation. */
    public static final String QUIET_APP = """
            package com.example.quiet;

            import dev.ecrgen.services.ecr.EcrClient;

            public final class QuietApp {
                public static String name() {
                    try (EcrClient ecr = EcrClient.builder().build()) {
                        return ecr.serviceName();
                    }
                }
            }
            """;

    /** Calls the official AWS SDK ECR client. */
    public static final String SDK_APP = """
            package com.example.sdk;

            import software.amazon.awssdk.services.ecr.EcrAsyncClient;
            import software.amazon.awssdk.services.ecr.EcrClient;
            import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
            import software.amazon.awssdk.services.ecr.paginators.DescribeImagesIterable;

            public final class SdkApp {
                public static int run(EcrClient ecr, EcrAsyncClient async) {
                    int repositories = ecr.describeRepositories().repositories().size();
                    ecr.listImagesPaginator(b -> b.repositoryName("app")).imageIds().forEach(id -> { });
                    ecr.waiter().waitUntilLifecyclePolicyPreviewComplete(b -> b.repositoryName("app"));
                    async.batchGetImage(b -> b.repositoryName("app")).join();
                    new DescribeImagesIterable(ecr, DescribeImagesRequest.builder().repositoryName("app").build())
                            .forEach(page -> { });
                    ecr.describeImageSigningStatus(b -> b.repositoryName("app"));
                    return repositories;
                }
            }
            """;

    /** Calls through the application's own implementation of the client interface. */
    public static final String SUBTYPE_APP = """
            package com.example.wrapped;

            import dev.ecrgen.services.ecr.EcrClient;

            public final class SubtypeApp {
                static final class CountingEcr implements EcrClient {
                    private final EcrClient delegate;

                    CountingEcr(EcrClient delegate) {
                        this.delegate = delegate;
                    }

                    @Override
                    public void close() {
                        delegate.close();
                    }
                }

                public static int images(EcrClient ecr) {
                    CountingEcr counting = new CountingEcr(ecr);
                    return counting.listImages(b -> b.repositoryName("app")).imageIds().size();
                }
            }
            """;

    private FixtureApps() {}

    /** The ECR reference model, {@code service-2.json} with its paginators and waiters beside it. */
    public static Path ecrModel() {
        return SharedFiles.resolve("reference-models/ecr/2015-09-21/service-2.json");
    }

    /** The sources of the ECR client generated for {@link #ECR_OPERATIONS} into its default package. */
    public static List<GeneratedSource> ecrClient() {
        return CodegenRunner.generate(ModelLoader.load(ecrModel()), null, ECR_OPERATIONS);
    }

    /**
     * Compiles {@code generated} sources and the {@code sources} (path relative to a source root, text) into {@code dir}
     * against the test class path (the runtime and the official SDK), with line numbers.
     */
    public static Path compile(Path dir, List<GeneratedSource> generated, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        generated.forEach(source -> units.add(source(source.relativePath(), source.text())));
        sources.forEach((path, text) -> units.add(source(path, text)));
        List<String> options = List.of("-proc:none", "--release", "17", "-nowarn", "-g:source,lines",
                "-d", dir.toString(), "-classpath", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            if (!compiler.getTask(null, files, diagnostics, options, null, units).call()) {
                StringBuilder report = new StringBuilder("the fixture does not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    report.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName()).append(':')
                            .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT));
                }
                throw new AssertionError(report.toString());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return dir;
    }

    /** The class files under {@code dir} (relative paths, sorted), as a jar at {@code jar}. */
    public static Path jar(Path dir, Path jar) throws IOException {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(dir)) {
            classes = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path path : classes) {
                out.putNextEntry(new JarEntry(dir.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** How many class files lie under {@code dir}/{@code subdir}. */
    public static long classFiles(Path dir, String subdir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve(subdir))) {
            return walk.filter(path -> path.toString().endsWith(".class")).count();
        }
    }

    /** The jar the class was loaded from, e.g. the official SDK's {@code ecr-<version>.jar}. */
    public static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
