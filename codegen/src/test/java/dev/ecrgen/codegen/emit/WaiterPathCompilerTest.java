package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles JMESPath expressions into Java over the generated Widgets model, compiles that Java, and runs it on a
 * response read from JSON, comparing with what JMESPath defines.
 */
class WaiterPathCompilerTest {
    private static final String DATA = """
            {"widgets": [
               {"name": "a", "state": "ACTIVE", "size": 3, "ratio": 0.5, "tags": {"env": "prod"},
                "parts": [{"id": "p1", "status": "ready", "count": 1}, {"id": "p2", "status": "busy", "count": 5}]},
               {"name": "b", "state": "PENDING", "size": 10, "parts": [], "tags": {}}],
             "summary": {"status": "ACTIVE", "nested": {"value": "deep"}, "items": ["x", "y"]},
             "counts": {"a": 1},
             "total": 2,
             "nextToken": "t"}
            """;

    /** Expression, and the value JMESPath gives for {@link #DATA}. */
    private static final Map<String, Object> CASES = new LinkedHashMap<>();

    static {
        CASES.put("total", 2);
        CASES.put("nextToken", "t");
        CASES.put("summary.status", "ACTIVE");
        CASES.put("summary.nested.value", "deep");
        CASES.put("summary.items", List.of("x", "y"));
        CASES.put("widgets[].name", List.of("a", "b"));
        CASES.put("widgets[*].state", List.of("ACTIVE", "PENDING"));
        CASES.put("widgets[0].name", "a");
        CASES.put("widgets[-1].size", 10);
        CASES.put("widgets[5].name", null);
        CASES.put("widgets[].ratio", List.of(0.5));
        CASES.put("widgets[].parts[].id", List.of("p1", "p2"));
        CASES.put("widgets[*].parts[*].id", List.of(List.of("p1", "p2"), List.of()));
        CASES.put("widgets[].parts[].count | [0]", 1);
        CASES.put("widgets[?state == 'ACTIVE'].name", List.of("a"));
        CASES.put("widgets[?size > `5`].name", List.of("b"));
        CASES.put("widgets[?size > `5`]", 1);
        CASES.put("length(widgets)", 2);
        CASES.put("length(widgets[].parts[?status != 'ready'][]) == `1`", true);
        CASES.put("length(widgets[?state != 'ACTIVE']) == `0`", false);
        CASES.put("contains(widgets[].name, 'b')", true);
        CASES.put("widgets[0].tags.env", "prod");
        CASES.put("counts.a", 1);
        CASES.put("!(total == `2`)", false);
        CASES.put("total == `2` && summary.status == 'ACTIVE'", true);
        CASES.put("summary.nested.value || 'fallback'", "deep");
        CASES.put("summary.items[5] || 'fallback'", "fallback");
        CASES.put("summary.nested | value", "deep");
        CASES.put("total >= `2.5`", false);
        CASES.put("widgets[?parts[?count > `3`]].name", List.of("a"));
    }

    private static ClassName response;
    private static WaiterPathCompiler compiler;
    private static Names names;

    @BeforeAll
    static void setUp() {
        names = new Names("Widgets", WaiterPaginatorFixtures.WIDGETS_PACKAGE);
        ServiceIndex index = ServiceIndex.of(WaiterPaginatorFixtures.widgets(), names);
        compiler = new WaiterPathCompiler(new EmitContext(index));
        response = names.responseClass("DescribeWidgets");
    }

    private static WaiterPathCompiler.Compiled compile(String expression) {
        return compiler.compile(expression, response, "DescribeWidgetsResponse", CodeBlock.of("response"));
    }

    @Test
    void compiledExpressionsEvaluateLikeJmesPath() throws Exception {
        TypeSpec.Builder probe = TypeSpec.classBuilder("Probe").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        List<String> expressions = new ArrayList<>(CASES.keySet());
        for (int i = 0; i < expressions.size(); i++) {
            String expression = expressions.get(i);
            CodeBlock code = compile(expression).code();
            if (expression.equals("widgets[?size > `5`]")) {
                code = CodeBlock.of("$T.length($L)", WaiterTypes.JMES, code);
            }
            probe.addMethod(MethodSpec.methodBuilder("e" + i)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(Object.class)
                    .addParameter(response, "response")
                    .addStatement("return $L", code)
                    .build());
        }
        List<GeneratedSource> sources = new ArrayList<>(
                CodegenRunner.generate(WaiterPaginatorFixtures.widgets(), WaiterPaginatorFixtures.WIDGETS_PACKAGE,
                        List.of()));
        sources.add(GeneratedSource.of(JavaFile.builder("test.probe", probe.build()).build()));
        ClassLoader loader = InMemoryCompiler.compile(sources);
        Object data = WaiterPaginatorFixtures.read(loader, "test.widgets.internal.DescribeWidgetsResponseCodec", DATA);
        Class<?> probeClass = loader.loadClass("test.probe.Probe");
        Class<?> responseClass = loader.loadClass(response.canonicalName());
        for (int i = 0; i < expressions.size(); i++) {
            Method method = probeClass.getMethod("e" + i, responseClass);
            assertEquals(CASES.get(expressions.get(i)), method.invoke(null, data), expressions.get(i));
        }
    }

    @Test
    void staticTypesFollowTheModel() {
        assertEquals(ClassName.get(String.class), compile("summary.status").type().java(),
                "enums are read in their string form");
        WaiterPathCompiler.ListType names = assertInstanceOf(WaiterPathCompiler.ListType.class,
                compile("widgets[].name").type());
        assertEquals(ClassName.get(String.class), names.element().java());
        WaiterPathCompiler.ListType parts = assertInstanceOf(WaiterPathCompiler.ListType.class,
                compile("widgets[].parts[]").type());
        assertEquals("test.widgets.model.Part", parts.element().java().toString());
        assertInstanceOf(WaiterPathCompiler.MapType.class, compile("counts").type());
        assertEquals("name", compile("widgets[].name").lastMember());
        assertEquals(CodeBlock.of("$T::$N", response, "widgets"),
                compiler.reference("widgets", response, "DescribeWidgetsResponse"));
        assertEquals(null, compiler.reference("summary.items", response, "DescribeWidgetsResponse"));
    }

    @Test
    void theGeneratedCodeReadsAccessorsDirectly() {
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.get(response.summary(), test.widgets.model.Summary::statusAsString)",
                compile("summary.status").code().toString());
        assertEquals("response.total()", compile("total").code().toString());
    }

    @Test
    void expressionsTheModelCannotSatisfyAreRejected() {
        assertError("summary.missing", "'missing' is not a member of Summary; its members are [status, nested, items]");
        assertError("widgets.name", "'name' is applied to a list, which has no members");
        assertError("total[0]", "[0] needs a list, but 'total' is a value of type Integer");
        assertError("summary[]", "[] needs a list, but 'summary' is a Summary structure");
        assertError("nope(total)", "the function 'nope' is not supported; supported are length() and contains()");
        assertError("length(total, total)", "length() takes 1 argument, got 2");
        assertError("(total || total).x", "'x' is applied to a value of unknown type, which has no members");
    }

    private static void assertError(String expression, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> compile(expression));
        assertEquals(message, error.getMessage(), expression);
    }
}
