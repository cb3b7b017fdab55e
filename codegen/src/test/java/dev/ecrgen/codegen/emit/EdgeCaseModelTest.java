package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model built to be hard on a Java generator: shapes named String, Object, Record and Exception, keyword and
 * Object-method member names, members that differ only in case, enum values that are not identifiers, a union, a
 * document, a sensitive member, deprecation, a recursive structure, nested lists and enum-keyed maps. It must
 * generate code that compiles without warnings and behaves.
 */
class EdgeCaseModelTest {
    private static Map<String, String> files;
    private static ClassLoader loader;

    @BeforeAll
    static void generate() throws URISyntaxException {
        Path model = Path.of(EdgeCaseModelTest.class.getResource("/models/edge/service-2.json").toURI());
        List<GeneratedSource> sources = CodegenRunner.generate(
                CodegenRunner.load(CodegenSettings.builder().model(model).build()), null, List.of());
        files = sources.stream().collect(Collectors.toMap(GeneratedSource::relativePath, GeneratedSource::text));
        loader = InMemoryCompiler.compile(sources);
    }

    @Test
    void namesFollowTheServiceIdAndShadowingIsQualified() {
        String base = "dev/ecrgen/services/edgecases/";
        assertTrue(files.containsKey(base + "EdgeCasesClient.java"), files.keySet().toString());
        assertTrue(files.containsKey(base + "model/ObjectRequest.java"));
        assertTrue(files.containsKey(base + "model/ClassRequest.java"));
        String record = files.get(base + "model/Record.java");
        assertTrue(record.contains("public java.lang.String override()"), record);
        assertTrue(record.contains("public String inner()"), "the model class String is used unqualified: " + record);
    }

    @Test
    void keywordAndCollidingMembersGetDistinctNames() throws Exception {
        Object builder = invoke(type("model.ObjectRequest"), "builder");
        invoke(builder, "classValue", "k");
        invoke(builder, "hashCodeValue", "h");
        invoke(builder, "foo", "upper");
        invoke(builder, "fooValue", "lower");
        Object request = invoke(builder, "build");
        assertEquals("k", invoke(request, "classValue"));
        assertEquals("upper", invoke(request, "foo"));
        assertEquals("lower", invoke(request, "fooValue"));
    }

    @Test
    void sensitiveMembersAreRedacted() throws Exception {
        Object builder = invoke(type("model.ObjectRequest"), "builder");
        invoke(builder, "secret", "hunter2");
        String text = invoke(builder, "build").toString();
        assertFalse(text.contains("hunter2"), text);
        assertTrue(text.contains("Secret=*** Sensitive Data Redacted ***"), text);
    }

    @Test
    void enumValuesThatAreNotIdentifiersStillRoundTrip() throws Exception {
        Class<?> kind = type("model.Kind");
        List<String> constants = java.util.Arrays.stream(kind.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        assertEquals(List.of("SHA256", "X_Y", "VALUE_1_A", "A_B", "FOO_BAR", "UNKNOWN_TO_SDK_VERSION_2", "FOO", "FOO_2",
                "EMPTY", "UNKNOWN_TO_SDK_VERSION"), constants);
        Method fromValue = kind.getMethod("fromValue", String.class);
        assertEquals("a.b", fromValue.invoke(null, "a.b").toString());
        assertEquals("UNKNOWN_TO_SDK_VERSION", ((Enum<?>) fromValue.invoke(null, "zzz")).name());
    }

    @Test
    void unionRejectsTwoMembers() throws Exception {
        Object builder = invoke(type("model.Choice"), "builder");
        invoke(builder, "text", "a");
        invoke(builder, "number", 1);
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> invoke(builder, "build"));
        assertTrue(e.getCause() instanceof IllegalArgumentException);
        assertTrue(e.getCause().getMessage().contains("text, number"), e.getCause().getMessage());
        Object single = type("model.Choice").getMethod("fromText", String.class).invoke(null, "only");
        assertEquals("TEXT", invoke(single, "type").toString());
    }

    @Test
    void deprecatedMembersAndOperationsAreMarked() {
        String client = files.get("dev/ecrgen/services/edgecases/EdgeCasesClient.java");
        assertTrue(client.contains("@Deprecated\n    default RecordResponse object(ObjectRequest request)")
                || client.contains("@Deprecated"), client);
        String request = files.get("dev/ecrgen/services/edgecases/model/ObjectRequest.java");
        assertTrue(request.contains("@deprecated use <code>new</code>"), request);
    }

    @Test
    void anOperationWithoutAuthenticationIsMarkedUnsignedForTheRuntime() {
        for (String client : List.of("DefaultEdgeCasesClient.java", "DefaultEdgeCasesAsyncClient.java")) {
            String source = files.get("dev/ecrgen/services/edgecases/" + client);
            assertTrue(source.contains("new OperationInfo(\"class\", false, List.of(), false);"), source);
            assertTrue(source.contains("new OperationInfo(\"Object\", false, List.of());"), source);
        }
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return loader.loadClass("dev.ecrgen.services.edgecases." + name);
    }

    private static Object invoke(Object target, String method, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length && accepts(m, args)) {
                return m.invoke(target instanceof Class<?> ? null : target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + method);
    }

    private static boolean accepts(Method m, Object[] args) {
        Function<Class<?>, Class<?>> boxed = c -> c == int.class ? Integer.class : c;
        for (int i = 0; i < args.length; i++) {
            if (!boxed.apply(m.getParameterTypes()[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
