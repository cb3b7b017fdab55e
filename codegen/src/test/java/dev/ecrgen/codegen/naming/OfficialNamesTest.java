package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.validate.ModelValidator;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generates ECR and every corpus model, compiles the clients, and compares their public API name by name with the
 * official AWS SDK for Java v2 service jars on the test classpath: the {@code model}, {@code paginators},
 * {@code waiters} and {@code endpoints} packages class by class, and the sync and async client interfaces, method by
 * method (parameter types compared by simple name), with enum constants. Only what {@link ToleratedDifferences}
 * lists, each entry with its reason, may differ. Operations ecrgen does not generate (event streams) are left out,
 * and so is what the official jars have from newer models than ours ({@link ModelScope}); the output counts both what
 * was compared and what was left out.
 */
class OfficialNamesTest {
    private static final String OURS = "dev.ecrgen.services.";

    /** Model folder under {@code reference-models/}, and the service package both SDKs use. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("ecr/2015-09-21", "ecr");
        SERVICES.put("corpus/dynamodb/2012-08-10", "dynamodb");
        SERVICES.put("corpus/kinesis/2013-12-02", "kinesis");
        SERVICES.put("corpus/sqs/2012-11-05", "sqs");
        SERVICES.put("corpus/codedeploy/2014-10-06", "codedeploy");
        SERVICES.put("corpus/ssm/2014-11-06", "ssm");
        SERVICES.put("corpus/events/2015-10-07", "eventbridge");
    }

    @Test
    void generatedApiNamesAreTheOfficialOnes() {
        List<Generated> services = new ArrayList<>();
        List<GeneratedSource> sources = new ArrayList<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            Generated generated = generate(service.getKey(), service.getValue());
            services.add(generated);
            sources.addAll(generated.sources());
        }
        ClassLoader loader = InMemoryCompiler.compileAllowingWarnings(sources);

        ToleratedDifferences tolerated = new ToleratedDifferences();
        Map<String, List<ApiDifference>> byKind = new TreeMap<>();
        int classes = 0;
        int methods = 0;
        for (Generated service : services) {
            ApiComparison comparison = service.compare(loader);
            classes += comparison.classes();
            methods += comparison.methods();
            for (ApiDifference difference : comparison.differences()) {
                if (!tolerated.tolerates(difference)) {
                    byKind.computeIfAbsent(difference.kind().name(), k -> new ArrayList<>()).add(difference);
                }
            }
            System.out.printf("names compared with the official %s jar: %d classes %s, %d methods and constants"
                    + " (%d official ones of a newer model left out)%n", service.servicePackage(),
                    comparison.classes(), comparison.classesByPackage(), comparison.methods(), comparison.leftOut());
        }
        System.out.printf("names compared in total: %d classes, %d methods and constants, %d services%n",
                classes, methods, services.size());
        StringBuilder report = new StringBuilder();
        byKind.forEach((kind, list) -> {
            report.append('\n').append(kind).append(" (").append(list.size()).append("):");
            list.forEach(d -> report.append("\n  ").append(d));
        });
        assertTrue(report.isEmpty(), "the generated API differs from the official SDK's:" + report);
        assertTrue(tolerated.unused().isEmpty(), "entries of ToleratedDifferences that nothing needs any more;"
                + " remove them: " + tolerated.unused());
        assertTrue(classes > 3500 && methods > 60000, "the comparison lost its scope: " + classes + " classes, "
                + methods + " methods");
    }

    private static Generated generate(String modelDir, String servicePackage) {
        ModelBundle bundle = CodegenRunner.load(CodegenSettings.builder()
                .model(SharedFiles.resolve("reference-models/" + modelDir + "/service-2.json")).build());
        List<String> operations = new ArrayList<>();
        for (String operation : bundle.service().operations().keySet()) {
            if (ModelValidator.unsupported(bundle, List.of(operation)).isEmpty()) {
                operations.add(operation);
            }
        }
        List<GeneratedSource> sources = CodegenRunner.generate(bundle, OURS + servicePackage, operations);
        return new Generated(bundle, servicePackage, operations, sources);
    }

    /** One generated service and what it leaves out. */
    private record Generated(ModelBundle bundle, String servicePackage, List<String> operations,
            List<GeneratedSource> sources) {

        ApiComparison compare(ClassLoader loader) {
            String serviceId = bundle.service().metadata().serviceId();
            String stem = Names.serviceName(serviceId);
            Map<String, ApiSurface.ClassApi> official = ApiSurface.of(
                    OfficialClasses.of(servicePackage, stem), OfficialClasses.ROOT + servicePackage);
            Map<String, ApiSurface.ClassApi> generated = ApiSurface.of(generatedClasses(loader, stem),
                    OURS + servicePackage);
            Names names = Names.of(bundle.service(), OURS + servicePackage);
            ModelScope scope = new ModelScope(bundle, names, operations, official);
            return new ApiComparison(servicePackage).compare(official, generated, scope);
        }

        /** The generated classes to compare: those of the compared packages, and the two client interfaces. */
        private List<Class<?>> generatedClasses(ClassLoader loader, String stem) {
            List<Class<?>> classes = new ArrayList<>();
            String base = (OURS + servicePackage).replace('.', '/') + "/";
            for (GeneratedSource source : sources) {
                String path = source.relativePath();
                String relative = path.substring(base.length(), path.length() - ".java".length());
                int slash = relative.indexOf('/');
                boolean compared = slash < 0
                        ? relative.equals(stem + "Client") || relative.equals(stem + "AsyncClient")
                        : relative.indexOf('/', slash + 1) < 0
                                && OfficialClasses.PACKAGES.contains(relative.substring(0, slash));
                if (compared && !relative.endsWith("package-info")) {
                    String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
                    try {
                        classes.add(loader.loadClass(name));
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError("generated but not compiled: " + name, e);
                    }
                }
            }
            return classes;
        }
    }
}
