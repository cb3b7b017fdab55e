package dev.ecrgen.codegen.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecrgen.codegen.jmespath.Expr.And;
import dev.ecrgen.codegen.jmespath.Expr.Compare;
import dev.ecrgen.codegen.jmespath.Expr.Current;
import dev.ecrgen.codegen.jmespath.Expr.Field;
import dev.ecrgen.codegen.jmespath.Expr.FilterProjection;
import dev.ecrgen.codegen.jmespath.Expr.Flatten;
import dev.ecrgen.codegen.jmespath.Expr.Function;
import dev.ecrgen.codegen.jmespath.Expr.Index;
import dev.ecrgen.codegen.jmespath.Expr.Literal;
import dev.ecrgen.codegen.jmespath.Expr.Not;
import dev.ecrgen.codegen.jmespath.Expr.Or;
import dev.ecrgen.codegen.jmespath.Expr.Projection;
import dev.ecrgen.codegen.jmespath.Expr.Sub;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Field f(String name) {
        return new Field(name);
    }

    private static Expr parse(String expression) {
        return Parser.parse(expression);
    }

    @Test
    void fieldsAndSubExpressions() {
        assertEquals(f("status"), parse("status"));
        assertEquals(new Sub(f("imageScanStatus"), f("status")), parse("imageScanStatus.status"));
        assertEquals(new Sub(new Sub(f("a"), f("b")), f("c")), parse("a.b.c"));
        assertEquals(new Sub(f("with space"), f("x")), parse("\"with space\".x"));
        assertEquals(new Sub(f("a"), f("b")), parse("a | b"));
    }

    @Test
    void indexes() {
        assertEquals(new Index(f("a"), 0), parse("a[0]"));
        assertEquals(new Sub(new Index(f("a"), -1), f("key")), parse("a[-1].key"));
        assertEquals(new Index(new Current(), 2), parse("[2]"));
    }

    @Test
    void projectionsTakeInWhatFollowsThem() {
        assertEquals(new Projection(new Flatten(f("a")), f("b")), parse("a[].b"));
        assertEquals(new Projection(f("a"), new Sub(f("b"), f("c"))), parse("a[*].b.c"));
        assertEquals(new Projection(f("a"), new Current()), parse("a[*]"));
        assertEquals(new Projection(new Flatten(f("a")), new Current()), parse("a[]"));
        assertEquals(new Projection(f("a"), new Projection(f("b"), f("c"))), parse("a[*].b[*].c"));
    }

    @Test
    void aFlattenAfterAProjectionFlattensItsResult() {
        assertEquals(new Projection(new Flatten(new Projection(new Flatten(f("a")), f("b"))), f("c")),
                parse("a[].b[].c"));
        assertEquals(new Projection(new Flatten(new Projection(new Flatten(f("reservations")), f("instances"))),
                new Sub(f("state"), f("name"))), parse("reservations[].instances[].state.name"));
    }

    @Test
    void filters() {
        assertEquals(new FilterProjection(f("a"), new Compare("==", f("b"), new Literal(TextNode.valueOf("x"))),
                f("c")), parse("a[?b == 'x'].c"));
        assertEquals(new FilterProjection(new Current(), new Compare(">", f("n"), new Literal(IntNode.valueOf(1))),
                new Current()), parse("[?n > `1`]"));
        assertEquals(new Projection(new Flatten(new Projection(new Flatten(f("w")), new FilterProjection(f("parts"),
                new Compare("!=", f("status"), new Literal(TextNode.valueOf("ready"))), new Current()))),
                new Current()), parse("w[].parts[?status != 'ready'][]"),
                "the filter belongs to the projection over w; the last [] flattens its result");
    }

    @Test
    void comparisonsBooleansAndFunctions() {
        assertEquals(new Compare("==", new Function("length", List.of(f("a"))), new Literal(IntNode.valueOf(0))),
                parse("length(a) == `0`"));
        assertEquals(new Or(new And(new Not(f("a")), f("b")), f("c")), parse("!a && b || c"));
        assertEquals(new And(f("a"), new Or(f("b"), f("c"))), parse("a && (b || c)"));
        assertEquals(new Function("contains", List.of(f("a"), new Literal(TextNode.valueOf("it's")))),
                parse("contains(a, 'it\\'s')"));
        assertEquals(new Compare("<=", f("a"), new Literal(BooleanNode.TRUE)), parse("a <= `true`"));
        assertEquals(new Not(new Compare("==", f("a"), f("b"))), parse("!(a == b)"));
        assertEquals(new Function("f", List.of()), parse("f()"));
    }

    @Test
    void badExpressionsNameThePlace() {
        assertError("", "the expression is empty");
        assertError("a.", "unexpected end of the expression at position 2 of 'a.'");
        assertError("a[1:2]", "expected ']' but found ':' at position 3 of 'a[1:2]'");
        assertError("a.*", "object wildcards ('.*') are not supported at position 2 of 'a.*'");
        assertError("{a: b}", "unexpected '{' at position 0 of '{a: b}'");
        assertError("a.[b, c]", "multi-select expressions are not supported at position 2 of 'a.[b, c]'");
        assertError("a[", "only [number], [*], [] and [?...] are supported after '[' at position 1 of 'a['");
        assertError("'open", "unclosed ' at position 0 of ''open'");
        assertError("a == `nope`", "the literal `nope` is not JSON at position 5 of 'a == `nope`'");
        assertError("a $ b", "unexpected character '$' at position 2 of 'a $ b'");
        assertError("a b", "unexpected 'b' at position 2 of 'a b'");
        assertError("(a", "expected ')' but found the end of the expression at position 2 of '(a'");
        assertError("`1`(c)", "'(' must follow a function name at position 3 of '`1`(c)'");
    }

    private static void assertError(String expression, String... anyOf) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> parse(expression));
        for (String message : anyOf) {
            if (message.equals(error.getMessage())) {
                return;
            }
        }
        assertEquals(anyOf[0], error.getMessage());
    }
}
