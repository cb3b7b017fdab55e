package dev.ecrgen.codegen.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the JMESPath grammar, as exact trees (see {@link Trees}), and every parse error, exactly. */
class ParserTest {

    private static void assertTree(String expected, String expression) {
        assertEquals(expected, Trees.print(Parser.parse(expression)), expression);
    }

    @Test
    void identifiersQuotedOrNot() {
        assertTree("status", "status");
        assertTree("_a1", "_a1");
        assertTree("with space", "\"with space\"");
        assertTree("a\"b", "\"a\\\"b\"");
        assertTree("Φ", "\"\\u03a6\"");
    }

    @Test
    void subExpressions() {
        assertTree("(sub (sub a b) c)", "a.b.c");
        assertTree("(sub a b c)", "a.\"b c\"");
        assertTree("(sub a (length b))", "a.length(b)");
        assertTree("(sub @ a)", "@.a");
    }

    @Test
    void pipes() {
        assertTree("(pipe a b)", "a | b");
        assertTree("(pipe (project a b) (index @ 0))", "a[*].b | [0]");
        assertTree("(pipe (project a b) c)", "a[*].b | c");
        assertTree("(pipe a (or b c))", "a | b || c");
    }

    @Test
    void indexes() {
        assertTree("(index a 0)", "a[0]");
        assertTree("(sub (index a -1) b)", "a[-1].b");
        assertTree("(index @ 2)", "[2]");
        assertTree("(index (index a 0) 1)", "a[0][1]");
        assertTree("(sub (sub StreamDescription (index Shards -1)) ShardId)", "StreamDescription.Shards[-1].ShardId");
    }

    @Test
    void slicesProject() {
        assertTree("(project (slice a 1 3 _) @)", "a[1:3]");
        assertTree("(project (slice a _ _ -1) b)", "a[::-1].b");
        assertTree("(project (slice a _ 2 _) @)", "a[:2]");
        assertTree("(project (slice a 1 _ _) @)", "a[1:]");
        assertTree("(project (slice @ 0 5 2) @)", "[0:5:2]");
        assertTree("(project (slice a _ _ _) @)", "a[:]");
    }

    @Test
    void listWildcardsProjectWhatFollows() {
        assertTree("(project a @)", "a[*]");
        assertTree("(project a (sub b c))", "a[*].b.c");
        assertTree("(project @ b)", "[*].b");
        assertTree("(project a (project b c))", "a[*].b[*].c");
        assertTree("(project a (index @ 0))", "a[*][0]");
        assertTree("(project a (filter @ b @))", "a[*][?b]");
    }

    @Test
    void objectWildcards() {
        assertTree("(values a @)", "a.*");
        assertTree("(values a b)", "a.*.b");
        assertTree("(values @ b)", "*.b");
        assertTree("(values @ @)", "*");
        assertTree("(project a (values @ b))", "a[*].*.b");
    }

    @Test
    void flattenEndsAProjectionAndStartsAnother() {
        assertTree("(project (flatten a) @)", "a[]");
        assertTree("(project (flatten a) b)", "a[].b");
        assertTree("(project (flatten (project (flatten a) b)) c)", "a[].b[].c");
        assertTree("(project (flatten @) @)", "[]");
        assertTree("(project (flatten (project (flatten reservations) instances)) (sub state name))",
                "reservations[].instances[].state.name");
    }

    @Test
    void filters() {
        assertTree("(filter a (== b `\"x\"`) c)", "a[?b == 'x'].c");
        assertTree("(filter @ (> n `1`) @)", "[?n > `1`]");
        assertTree("(project (flatten (project (flatten w) (filter parts (!= status `\"ready\"`) @))) @)",
                "w[].parts[?status != 'ready'][]");
        assertTree("(filter a (filter parts (> count `3`) @) name)", "a[?parts[?count > `3`]].name");
    }

    @Test
    void comparators() {
        for (String operator : List.of("==", "!=", "<", "<=", ">", ">=")) {
            assertTree("(" + operator + " a b)", "a " + operator + " b");
        }
        assertTree("(== (== a b) c)", "a == b == c");
        assertTree("(and (== a b) c)", "a == b && c");
    }

    @Test
    void andOrNotAndParentheses() {
        assertTree("(or (and (not a) b) c)", "!a && b || c");
        assertTree("(or a (and b c))", "a || b && c");
        assertTree("(and a (or b c))", "a && (b || c)");
        assertTree("(not (== a b))", "!(a == b)");
        assertTree("(== (not a) b)", "!a == b");
        assertTree("a", "(a)");
        assertTree("(sub (or a b) c)", "(a || b).c");
    }

    @Test
    void literalsAndRawStrings() {
        assertTree("`\"x\"`", "`\"x\"`");
        assertTree("`[1,2]`", "`[1, 2]`");
        assertTree("`{\"a\":1}`", "`{\"a\": 1}`");
        assertTree("`true`", "`true`");
        assertTree("`null`", "`null`");
        assertTree("`1.5`", "`1.5`");
        assertTree("`\"a`b\"`", "`\"a\\`b\"`");
        assertTree("`\"it's\"`", "'it\\'s'");
        assertTree("`\"a\\\\b\"`", "'a\\\\b'");
        assertTree("`\"a\\\\nb\"`", "'a\\nb'");
        assertTree("`\"\"`", "''");
    }

    @Test
    void functionsAndExpressionReferences() {
        assertTree("(f)", "f()");
        assertTree("(length a)", "length(a)");
        assertTree("(contains a `\"x\"`)", "contains(a, 'x')");
        assertTree("(sort_by a (& (sub b c)))", "sort_by(a, &b.c)");
        assertTree("(map (& a) b)", "map(&a, b)");
        assertTree("(& (or a b))", "&a || b");
        assertTree("(length @)", "length(@)");
        assertTree("(keys RequestItems)", "keys(RequestItems)");
    }

    @Test
    void multiSelectLists() {
        assertTree("(list a b)", "[a, b]");
        assertTree("(list a)", "[a]");
        assertTree("(sub a (list b c))", "a.[b, c]");
        assertTree("(project (flatten (project a (list b c))) @)", "a[*].[b, c][]");
        assertTree("(project (flatten (project TransactItems (list (sub ConditionCheck TableName) (sub Put TableName)"
                + " (sub Delete TableName) (sub Update TableName)))) @)",
                "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]");
    }

    @Test
    void multiSelectHashes() {
        assertTree("(hash a=b c d=(sub e f))", "{a: b, \"c d\": e.f}");
        assertTree("(sub a (hash x=b))", "a.{x: b}");
        assertTree("(project a (hash x=b))", "a[*].{x: b}");
    }

    @Test
    void everyNodeKnowsWhereItStarts() {
        assertEquals(new Expr.Sub(new Expr.Field("a", 0), new Expr.Index(new Expr.Field("b", 2), -1, 3), 1),
                Parser.parse("a.b[-1]"), "an index binds tighter than a dot");
        assertEquals(new Expr.Projection(new Expr.Field("a", 0), new Expr.Field("b", 5), 1), Parser.parse("a[*].b"));
        assertEquals(new Expr.Projection(new Expr.Flatten(new Expr.Field("a", 0), 1), new Expr.Current(3), 1),
                Parser.parse("a[]"));
        assertEquals(new Expr.FilterProjection(new Expr.Field("a", 0), new Expr.Compare("==", new Expr.Field("b", 3),
                new Expr.Literal(TextNode.valueOf("x"), 8), 5), new Expr.Current(12), 1), Parser.parse("a[?b == 'x']"));
        assertEquals(new Expr.FunctionCall("length", List.of(new Expr.ExpressionRef(new Expr.Field("b", 8), 7)), 0),
                Parser.parse("length(&b)"));
        assertEquals(new Expr.Projection(new Expr.Slice(new Expr.Current(0), 1, null, null, 0), new Expr.Current(4), 0),
                Parser.parse("[1:]"));
        assertEquals(new Expr.MultiSelectHash(List.of(new Expr.KeyValue("k", new Expr.Literal(IntNode.valueOf(1), 4))),
                0), Parser.parse("{k: `1`}"));
    }

    @Test
    void badExpressionsNameThePlace() {
        assertError("", 0, "the expression is empty");
        assertError("  ", 0, "the expression is empty");
        assertError("a.", 2, "unexpected end of the expression");
        assertError("a.1", 2, "unexpected '1'");
        assertError("a.-1", 2, "unexpected '-1'");
        assertError("5", 0, "unexpected '5'");
        assertError("-a", 0, "unexpected character '-'");
        assertError("a b", 2, "unexpected 'b'");
        assertError("a[*]{b: c}", 4, "unexpected '{'");
        assertError("a[b]", 2, "expected a number, a slice or '*' after '[' but found 'b'; a multi-select list after a"
                + " field is written a.[b, c]");
        assertError("a[", 2, "expected a number, a slice or '*' after '[' but found the end of the expression; a"
                + " multi-select list after a field is written a.[b, c]");
        assertError("a[1 2]", 4, "expected ':' or ']' but found '2'");
        assertError("a[1:2:3:4]", 7, "a slice has at most three parts, start:stop:step");
        assertError("a[::0]", 1, "a slice step cannot be 0");
        assertError("a[99999999999]", 2, "the number 99999999999 is too large");
        assertError("'open", 0, "unclosed '");
        assertError("a == `nope`", 5, "the literal `nope` is not JSON");
        assertError("`1 2`", 0, "the literal `1 2` is not JSON");
        assertError("``", 0, "the literal `` is not JSON");
        assertError("\"\\x\"", 0, "the quoted identifier \"\\x\" is not a JSON string");
        assertError("a $ b", 2, "unexpected character '$'");
        assertError("a = b", 2, "unexpected character '='; compare with ==");
        assertError("(a", 2, "expected ')' but found the end of the expression");
        assertError("[a, b", 5, "expected ']' but found the end of the expression");
        assertError("`1`(c)", 3, "'(' must follow a function name");
        assertError("\"f\"(a)", 0, "a function name cannot be quoted");
        assertError("{a b}", 3, "expected ':' but found 'b'");
        assertError("{1: a}", 1, "expected a key but found '1'");
        assertError("f(a,)", 4, "unexpected ')'");
    }

    @Test
    void theMessageNamesExpressionPositionAndProblem() {
        JmesPathException error = assertThrows(JmesPathException.class, () -> Parser.parse("a.b c"));
        assertEquals("'a.b c' at position 4: unexpected 'c'", error.getMessage());
        assertEquals("a.b c", error.expression());
    }

    @Test
    void anEmptyOrMissingExpressionIsRefusedAtTheStart() {
        assertEquals("'' at position 0: the expression is empty",
                assertThrows(JmesPathException.class, () -> Parser.parse(null)).getMessage());
        assertEquals("'  ' at position 0: the expression is empty",
                assertThrows(JmesPathException.class, () -> Parser.parse("  ")).getMessage());
    }

    @Test
    void lexerEdges() {
        for (String letter : List.of("a", "z", "A", "Z", "_")) {
            assertEquals(letter, ((Expr.Field) Parser.parse(letter)).name(), "an identifier of one letter: " + letter);
        }
        assertError("a[-", 2, "unexpected character '-'");
        List<Token> raw = Lexer.tokens("'it\\'s' 'a\\\\b' 'c\\d' 'd\\\\'");
        assertEquals(List.of("it's", "a\\b", "c\\d", "d\\"), raw.stream().filter(t -> t.kind() == Token.Kind.RAW_STRING)
                .map(Token::value).toList(), "a backslash escapes only a quote or a backslash");
    }

    private static void assertError(String expression, int position, String detail) {
        JmesPathException error = assertThrows(JmesPathException.class, () -> Parser.parse(expression), expression);
        assertEquals(detail, error.detail(), expression);
        assertEquals(position, error.position(), expression);
    }
}
