package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of one generation, and what only the whole set decides, applied as each file is rendered.
 *
 * <p><b>JDK names.</b> A class of the file's own package hides a {@code java.lang} class of the same simple name, since
 * {@code java.lang} is only imported on demand; JavaPoet does not know the package's other classes and would write
 * {@code IllegalArgumentException} or {@code @Override} short. So in each package, every simple name that is both a
 * generated class there and a {@code java.lang} class of the running JDK (or a public member class of one, such as
 * {@code Character.UnicodeBlock}) is always written in full. Nothing else needs this: JavaPoet's own single-type imports
 * ({@code java.util.List}, {@code java.util.function.Consumer}, ...) take precedence over classes of the package, and
 * JavaPoet writes in full one of two classes that share a simple name in one file.
 *
 * <p><b>Deprecation.</b> A top-level type that uses a generated type annotated {@code @Deprecated} (a model shape the
 * model deprecates) gets {@code @SuppressWarnings("deprecation")}, unless it is deprecated itself or already suppresses
 * the warning; see {@link DeprecatedUse} for how a use is found.
 */
final class FileSet {
    private static final ClassName DEPRECATED = ClassName.get(Deprecated.class);
    private static final ClassName SUPPRESS_WARNINGS = ClassName.get(SuppressWarnings.class);
    private static final String[] NONE = new String[0];
    private static final Map<String, List<String>> JAVA_LANG = new ConcurrentHashMap<>();

    private final Map<String, String[]> qualified;
    private final List<ClassName> deprecated;

    FileSet(List<JavaFile> files) {
        Map<String, TreeSet<String>> byPackage = new HashMap<>();
        List<ClassName> deprecatedTypes = new ArrayList<>();
        for (JavaFile file : files) {
            String simpleName = file.typeSpec().name();
            for (String shadowed : javaLangNames(simpleName)) {
                byPackage.computeIfAbsent(file.packageName(), p -> new TreeSet<>()).add(shadowed);
            }
            if (isDeprecated(file.typeSpec())) {
                deprecatedTypes.add(ClassName.get(file.packageName(), simpleName));
            }
        }
        this.qualified = new HashMap<>();
        byPackage.forEach((packageName, names) -> qualified.put(packageName, names.toArray(NONE)));
        this.deprecated = List.copyOf(deprecatedTypes);
    }

    /** The file as source text, with the names of its package qualified and deprecation suppressed where needed. */
    GeneratedSource render(JavaFile file) {
        String packageName = file.packageName();
        TypeSpec type = file.typeSpec();
        String[] qualify = qualified.getOrDefault(packageName, NONE);
        if (qualify.length > 0) {
            type = type.toBuilder().alwaysQualify(qualify).build();
            file = EmitContext.file(packageName, type);
        }
        GeneratedSource source = GeneratedSource.of(file);
        if (deprecated.isEmpty() || isDeprecated(type) || suppressesDeprecation(type)
                || !DeprecatedUse.uses(source.text(), packageName, ClassName.get(packageName, type.name()), deprecated)) {
            return source;
        }
        return GeneratedSource.of(EmitContext.file(packageName, type.toBuilder()
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build())
                .build()));
    }

    /**
     * The simple names a generated class named {@code simpleName} hides in its package: the name itself and the names
     * of the public member classes when {@code java.lang} has a class of that name on the running JDK, else none.
     */
    static List<String> javaLangNames(String simpleName) {
        return JAVA_LANG.computeIfAbsent(simpleName, FileSet::lookUpJavaLang);
    }

    private static List<String> lookUpJavaLang(String simpleName) {
        if (simpleName.indexOf('$') >= 0) {
            return List.of();
        }
        Class<?> type;
        try {
            type = Class.forName("java.lang." + simpleName, false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(simpleName);
        for (Class<?> member : type.getClasses()) {
            names.add(member.getSimpleName());
        }
        return List.copyOf(names);
    }

    private static boolean isDeprecated(TypeSpec type) {
        return type.annotations().stream().anyMatch(a -> a.type().equals(DEPRECATED));
    }

    /**
     * Whether the type already suppresses deprecation warnings. Generated types suppress nothing else at the type
     * level; one that did could not take a second {@code @SuppressWarnings}, so that is a generator bug.
     */
    private static boolean suppressesDeprecation(TypeSpec type) {
        Optional<AnnotationSpec> suppress = type.annotations().stream()
                .filter(a -> a.type().equals(SUPPRESS_WARNINGS)).findFirst();
        if (suppress.isEmpty()) {
            return false;
        }
        for (CodeBlock value : suppress.get().members().getOrDefault("value", List.of())) {
            if (value.toString().contains("\"deprecation\"")) {
                return true;
            }
        }
        throw new IllegalStateException(type.name() + " suppresses warnings other than deprecation at the type level; "
                + "suppress those on the member that needs it");
    }
}
