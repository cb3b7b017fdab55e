package dev.ecrgen.codegen.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles JMESPath expressions into Java over the generated Widgets model, compiles that Java with
 * {@code -Xlint:all -Werror}, and runs it on a response read from JSON, comparing with what JMESPath gives. Unset list
 * and map members read as empty, as the generated accessors (like the AWS SDK's) return them.
 */
class CompilerTest {
    private static final String DATA = """
            {"widgets": [
               {"name": "a", "state": "ACTIVE", "size": 3, "ratio": 0.5, "tags": {"env": "prod", "team": "x"},
                "parts": [{"id": "p1", "status": "ready", "count": 1}, {"id": "p2", "status": "busy", "count": 5}]},
               {"name": "b", "state": "PENDING", "size": 10, "parts": [], "tags": {}},
               {"name": "c", "state": "FAILED", "size": 7, "ratio": 2.25}],
             "summary": {"status": "ACTIVE", "nested": {"value": "deep"}, "items": ["x", "y", "z"]},
             "counts": {"a": 1, "b": 4},
             "total": 3,
             "nextToken": "t"}
            """;

    /** Expression, and the value JMESPath gives for {@link #DATA}. */
    private static final Map<String, Object> CASES = new LinkedHashMap<>();

    static {
        // identifiers, sub-expressions, @
        CASES.put("total", 3);
        CASES.put("nextToken", "t");
        CASES.put("summary.status", "ACTIVE");
        CASES.put("summary.nested.value", "deep");
        CASES.put("\"summary\".nested.\"value\"", "deep");
        CASES.put("summary.items", List.of("x", "y", "z"));
        CASES.put("counts.a", 1);
        CASES.put("counts.missing", null);
        CASES.put("@.total", 3);
        CASES.put("summary.nested.value.length(@)", 4);
        // indexes and slices
        CASES.put("widgets[0].name", "a");
        CASES.put("widgets[-1].name", "c");
        CASES.put("widgets[5].name", null);
        CASES.put("summary.items[-2]", "y");
        CASES.put("summary.items[1:]", List.of("y", "z"));
        CASES.put("summary.items[::-1]", List.of("z", "y", "x"));
        CASES.put("summary.items[::2]", List.of("x", "z"));
        CASES.put("widgets[:2].name", List.of("a", "b"));
        CASES.put("widgets[-2:].size", List.of(10, 7));
        // projections
        CASES.put("widgets[*].name", List.of("a", "b", "c"));
        CASES.put("widgets[*].ratio", List.of(0.5, 2.25));
        CASES.put("widgets[*].parts[*].id", List.of(List.of("p1", "p2"), List.of(), List.of()));
        CASES.put("widgets[*].parts[*].id[]", List.of("p1", "p2"));
        CASES.put("widgets[].parts[].id", List.of("p1", "p2"));
        CASES.put("widgets[*].tags.env", List.of("prod"));
        CASES.put("counts.*", List.of(1, 4));
        CASES.put("widgets[0].tags.*", List.of("prod", "x"));
        CASES.put("summary.items[*]", List.of("x", "y", "z"));
        // filters
        CASES.put("widgets[?state == 'ACTIVE'].name", List.of("a"));
        CASES.put("widgets[?size > `5`].name", List.of("b", "c"));
        CASES.put("widgets[?ratio].name", List.of("a", "c"));
        CASES.put("widgets[?!ratio].name", List.of("b"));
        CASES.put("widgets[?parts[?count > `3`]].name", List.of("a"));
        CASES.put("widgets[?contains(name, 'b') || size < `4`].name", List.of("a", "b"));
        CASES.put("summary.items[?@ != 'y']", List.of("x", "z"));
        CASES.put("length(widgets[].parts[?status != 'ready'][]) == `1`", true);
        // comparisons, and, or, not
        CASES.put("total == `3`", true);
        CASES.put("total != `3`", false);
        CASES.put("total < `3.5`", true);
        CASES.put("total >= `3`", true);
        CASES.put("total > `3`", false);
        CASES.put("total <= `2`", false);
        CASES.put("widgets[0].ratio < `1`", true);
        CASES.put("summary.items == `[\"x\", \"y\", \"z\"]`", true);
        CASES.put("total == `3` && summary.status == 'ACTIVE'", true);
        CASES.put("summary.nested.value || 'fallback'", "deep");
        CASES.put("summary.items[5] || 'fallback'", "fallback");
        CASES.put("nextToken && total", 3);
        CASES.put("!(total == `3`)", false);
        CASES.put("!widgets", false);
        // literals and raw strings
        CASES.put("`[1, 2]`", List.of(1, 2));
        CASES.put("'raw'", "raw");
        CASES.put("`{\"k\": \"v\"}`.k", "v");
        CASES.put("`null`", null);
        CASES.put("`1.5`", new BigDecimal("1.5"));
        CASES.put("`true`", true);
        // multi-select lists and hashes, pipes
        CASES.put("widgets[*].[name, size]", List.of(List.of("a", 3), List.of("b", 10), List.of("c", 7)));
        CASES.put("[total, nextToken]", List.of(3, "t"));
        CASES.put("summary.[status, nested.value]", List.of("ACTIVE", "deep"));
        CASES.put("widgets[*].[name, ratio][]", List.of("a", 0.5, "b", "c", 2.25));
        CASES.put("summary.nested.[value]", List.of("deep"));
        CASES.put("summary.{s: status, v: nested.value}", mapOf("s", "ACTIVE", "v", "deep"));
        CASES.put("widgets[*].{n: name}", List.of(Map.of("n", "a"), Map.of("n", "b"), Map.of("n", "c")));
        CASES.put("widgets[*].name | [0]", "a");
        CASES.put("widgets[].parts[].count | [0]", 1);
        CASES.put("summary.nested | value", "deep");
        CASES.put("widgets[*].name | [length(@), @[0]]", List.of(3, "a"));
        CASES.put("summary.items | length(@) > `2` && contains(@, 'x')", true);
        CASES.put("summary.nested.value | [@, @]", List.of("deep", "deep"));
        // functions
        CASES.put("length(widgets)", 3);
        CASES.put("length(summary.status)", 6);
        CASES.put("length(counts)", 2);
        CASES.put("abs(`-3`)", 3);
        CASES.put("ceil(widgets[0].ratio)", 1.0);
        CASES.put("floor(widgets[2].ratio)", 2.0);
        CASES.put("avg(widgets[*].size)", 20.0 / 3);
        CASES.put("sum(widgets[*].size)", 20L);
        CASES.put("sum(widgets[*].ratio)", 2.75);
        CASES.put("contains(summary.items, 'y')", true);
        CASES.put("contains(nextToken, 't')", true);
        CASES.put("starts_with(summary.nested.value, 'de')", true);
        CASES.put("ends_with(nextToken, 'x')", false);
        CASES.put("join(', ', summary.items)", "x, y, z");
        CASES.put("keys(counts)", List.of("a", "b"));
        CASES.put("values(counts)", List.of(1, 4));
        CASES.put("map(&name, widgets)", List.of("a", "b", "c"));
        CASES.put("map(&ratio, widgets)", Arrays.asList(0.5, null, 2.25));
        CASES.put("max(widgets[*].size)", 10);
        CASES.put("min(summary.items)", "x");
        CASES.put("max_by(widgets, &size).name", "b");
        CASES.put("min_by(widgets, &size).name", "a");
        CASES.put("sort(widgets[*].size)", List.of(3, 7, 10));
        CASES.put("sort_by(widgets, &size)[*].name", List.of("a", "c", "b"));
        CASES.put("sort_by(widgets, &name)[-1].name", "c");
        CASES.put("merge(counts, `{\"c\": 9}`)", mapOf("a", 1, "b", 4, "c", 9));
        CASES.put("merge(widgets[0].tags, widgets[1].tags)", mapOf("env", "prod", "team", "x"));
        CASES.put("not_null(widgets[1].ratio, widgets[0].ratio)", 0.5);
        CASES.put("reverse(summary.items)", List.of("z", "y", "x"));
        CASES.put("reverse(summary.status)", "EVITCA");
        CASES.put("to_array(total)", List.of(3));
        CASES.put("to_array(summary.items)", List.of("x", "y", "z"));
        CASES.put("to_number('12')", new BigDecimal("12"));
        CASES.put("to_number(total)", 3);
        CASES.put("to_number(nextToken)", null);
        CASES.put("to_string(total)", "3");
        CASES.put("to_string(summary.items)", "[\"x\",\"y\",\"z\"]");
        CASES.put("to_string(nextToken)", "t");
        CASES.put("to_string(widgets[0].ratio)", "0.5");
        CASES.put("type(total)", "number");
        CASES.put("type(summary)", "object");
        CASES.put("type(summary.items)", "array");
        CASES.put("type(widgets[1].ratio)", "null");
        CASES.put("type(nextToken)", "string");
    }

    private static ClassName response;
    private static JmesPathCompiler compiler;

    @BeforeAll
    static void setUp() {
        compiler = new JmesPathCompiler(Widgets.index());
        response = ClassName.get(Widgets.PACKAGE + ".model", "DescribeWidgetsResponse");
    }

    private static CompiledPath compile(String expression) {
        return compiler.compile(expression, "DescribeWidgetsResponse", response, CodeBlock.of("response"));
    }

    @Test
    void compiledExpressionsEvaluateLikeJmesPath() throws Exception {
        TypeSpec.Builder probe = TypeSpec.classBuilder("Probe").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        List<String> expressions = new ArrayList<>(CASES.keySet());
        for (int i = 0; i < expressions.size(); i++) {
            CompiledPath compiled = compile(expressions.get(i));
            probe.addMethod(MethodSpec.methodBuilder("e" + i)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(compiled.javaType())
                    .addParameter(response, "response")
                    .addStatement("return $L", compiled.code())
                    .build());
        }
        List<GeneratedSource> sources = new ArrayList<>(Widgets.sources());
        sources.add(GeneratedSource.of(JavaFile.builder("test.probe", probe.build()).build()));
        ClassLoader loader = InMemoryCompiler.compile(sources);
        Object data = Widgets.read(loader, "test.widgets.internal.DescribeWidgetsResponseCodec", DATA);
        Class<?> probeClass = loader.loadClass("test.probe.Probe");
        Class<?> responseClass = loader.loadClass(response.canonicalName());
        for (int i = 0; i < expressions.size(); i++) {
            Method method = probeClass.getMethod("e" + i, responseClass);
            assertEquals(CASES.get(expressions.get(i)), method.invoke(null, data), expressions.get(i));
        }
    }

    @Test
    void staticTypesFollowTheModel() {
        assertEquals(ClassName.get(String.class), compile("summary.status").javaType(),
                "enums are read in their string form");
        assertEquals("java.util.List<java.lang.String>", compile("widgets[].name").javaType().toString());
        assertEquals("java.util.List<test.widgets.model.Part>", compile("widgets[].parts[]").javaType().toString());
        assertEquals("java.util.Map<java.lang.String, java.lang.Integer>", compile("counts").javaType().toString());
        assertEquals("java.util.List<java.util.List<java.lang.String>>",
                compile("widgets[*].parts[*].id").javaType().toString());
        assertEquals(ClassName.OBJECT, compile("total || nextToken").javaType());
        assertEquals("java.util.List<java.lang.Object>", compile("[total, nextToken]").javaType().toString());
        JmesType.ListOf parts = assertInstanceOf(JmesType.ListOf.class, compile("widgets[].parts[]").type());
        assertEquals(new JmesType.Struct("Part", false), parts.element());
        assertEquals(CodeBlock.of("$T::$N", response, "widgets"),
                compiler.reference("widgets", "DescribeWidgetsResponse", response));
        assertEquals(null, compiler.reference("summary.items", "DescribeWidgetsResponse", response));
    }

    @Test
    void theGeneratedCodeReadsAccessorsDirectly() {
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.get(response.summary(), test.widgets.model.Summary::statusAsString)",
                compile("summary.status").code().toString());
        assertEquals("response.total()", compile("total").code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.index(response.widgets(), -1)",
                compile("widgets[-1]").code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.project(response.widgets(), (test.widgets.model.Widget e1)"
                + " -> dev.ecrgen.runtime.jmespath.Jmes.get(e1, test.widgets.model.Widget::name))",
                compile("widgets[*].name").code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.JmesFunctions.sortBy(response.widgets(),"
                + " (test.widgets.model.Widget e1) -> dev.ecrgen.runtime.jmespath.Jmes.get(e1,"
                + " test.widgets.model.Widget::size))", compile("sort_by(widgets, &size)").code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.<java.lang.Object>or(response.total(), response.nextToken())",
                compile("total || nextToken").code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.with(dev.ecrgen.runtime.jmespath.Jmes.compact("
                + "response.widgets()), (java.util.List<test.widgets.model.Widget> e1) ->"
                + " dev.ecrgen.runtime.jmespath.Jmes.<java.lang.Object>listOf(dev.ecrgen.runtime.jmespath.JmesFunctions"
                + ".length(e1), dev.ecrgen.runtime.jmespath.Jmes.index(e1, 0)))",
                compile("widgets[*] | [length(@), @[0]]").code().toString(),
                "a value read twice is computed once");
        assertEquals(true, compile("widgets").nonNull(), "list accessors never return null");
        assertEquals(false, compile("summary.items").nonNull());
    }

    @Test
    void aValueIsBoundOnceOnlyWhenReadTwiceAndDearerThanAnAccessor() {
        Map<String, Boolean> bound = new LinkedHashMap<>();
        bound.put("summary | {a: status, b: items}", false);
        bound.put("summary.items | [@[0], @[1]]", false);
        bound.put("widgets[*] | [length(@)]", false);
        bound.put("widgets[*] | [length(@), length(@)]", true);
        bound.put("widgets[*] | {a: length(@)}", false);
        bound.put("widgets[*] | {a: length(@), b: length(@)}", true);
        bound.put("widgets[*] | length(@)", false);
        bound.put("widgets[*] | contains(@, `1`)", true);
        bound.put("widgets[*] | length(@) == `1`", true);
        bound.put("widgets[*] | @ && @", true);
        bound.put("widgets[*] | @ || @", true);
        bound.forEach((expression, once) -> assertEquals(once,
                compile(expression).code().toString().contains("Jmes.with("), expression));
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
