package dev.ecrgen.codegen.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.jmespath.JmesType.ListOf;
import dev.ecrgen.codegen.jmespath.JmesType.MapOf;
import dev.ecrgen.codegen.jmespath.JmesType.Scalar;
import dev.ecrgen.codegen.jmespath.JmesType.Struct;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker against the Widgets model: the type of each kind of expression, and each problem, exactly. */
class CheckerTest {
    private static final ModelTypes MODEL = Widgets.types();
    private static final JmesType RESPONSE = MODEL.root("DescribeWidgetsResponse");
    private static final JmesType INTEGER = new Scalar(Scalar.Kind.INTEGER);

    private static JmesType type(String expression) {
        return Checker.check(expression, RESPONSE, MODEL).type();
    }

    @Test
    void typesFollowTheModel() {
        assertEquals(new Struct("DescribeWidgetsResponse", true), RESPONSE);
        assertEquals(JmesType.STRING, type("summary.status"), "an enum is a string");
        assertEquals(INTEGER, type("total"));
        assertEquals(new Scalar(Scalar.Kind.DOUBLE), type("widgets[0].ratio"));
        assertEquals(new ListOf(new Struct("Widget", false)), type("widgets"));
        assertEquals(new ListOf(new Struct("Part", false)), type("widgets[].parts[]"));
        assertEquals(new ListOf(new ListOf(JmesType.STRING)), type("widgets[*].parts[*].id"));
        assertEquals(new MapOf(INTEGER), type("counts"));
        assertEquals(new ListOf(INTEGER), type("counts.*"));
        assertEquals(INTEGER, type("counts.anything"));
        assertEquals(new ListOf(JmesType.STRING), type("summary.items[1:]"));
        assertEquals(JmesType.ANY, type("total || nextToken"), "two types join to unknown");
        assertEquals(INTEGER, type("total || total"));
        assertEquals(new ListOf(JmesType.ANY), type("[total, nextToken]"));
        assertEquals(new MapOf(JmesType.STRING), type("{a: nextToken, b: summary.status}"));
        assertEquals(JmesType.BOOLEAN, type("!total"));
        assertEquals(JmesType.BOOLEAN, type("total > `1`"));
        assertEquals(new ListOf(JmesType.ANY), type("`[1]`"));
        assertEquals(new Scalar(Scalar.Kind.LONG), type("sum(widgets[].size)"));
        assertEquals(new Scalar(Scalar.Kind.DOUBLE), type("sum(widgets[].ratio)"));
        assertEquals(new Scalar(Scalar.Kind.DOUBLE), type("avg(widgets[].size)"));
        assertEquals(new ListOf(new Struct("Widget", false)), type("sort_by(widgets, &name)"));
        assertEquals(new ListOf(new Scalar(Scalar.Kind.DOUBLE)), type("map(&ratio, widgets)"));
        assertEquals(new ListOf(JmesType.STRING), type("keys(counts)"));
        assertEquals(new Scalar(Scalar.Kind.BIG_DECIMAL), type("to_number(nextToken)"));
        assertEquals(new ListOf(INTEGER), type("to_array(total)"));
        assertEquals(new MapOf(JmesType.ANY), type("merge(counts, widgets[0].tags)"));
        assertEquals(new Struct(null, true), MODEL.root(null), "an operation without an output shape");
    }

    @Test
    void deprecationIsNoticed() {
        assertEquals(false, Checker.check("total", RESPONSE, MODEL).deprecated());
        ModelTypes model = new ModelTypes(ModelLoader.parse(("{'metadata': {}, 'operations': {}, 'shapes': {"
                + "'String': {'type': 'string'},"
                + "'Root': {'type': 'structure', 'members': {'Fresh': {'shape': 'String'}, 'Old': {'shape': 'String', "
                + "'deprecated': true}, 'Legacy': {'shape': 'LegacyShape'}, 'Wrapper': {'shape': 'Wrap'}}},"
                + "'LegacyShape': {'type': 'structure', 'deprecated': true, 'members': {'Name': {'shape': 'String'}}},"
                + "'Wrap': {'type': 'structure', 'members': {'Inner': {'shape': 'String', 'deprecated': true}}}}}")
                .replace('\'', '"').getBytes(StandardCharsets.UTF_8), "service-2.json", ServiceModel.class).shapes());
        JmesType root = model.root("Root");
        assertEquals(new Struct("Root", true), root);
        assertEquals(JmesType.STRING, model.root("String"), "a root that is not a structure has its own type");
        for (String fresh : List.of("Fresh", "Wrapper", "[Fresh, Fresh]")) {
            assertEquals(false, Checker.check(fresh, root, model).deprecated(), fresh);
        }
        for (String old : List.of("Old", "Legacy", "Legacy.Name", "Wrapper.Inner", "Fresh || Old", "Old || Fresh",
                "[Old, Fresh]")) {
            assertEquals(true, Checker.check(old, root, model).deprecated(), old);
        }
    }

    @Test
    void fieldsMustBeMembers() {
        assertError("summary.missing", 8, "'missing' is not a member of structure Summary; its members are [status,"
                + " nested, items]");
        assertError("widgets[0].parts[0].nope", 20, "'nope' is not a member of structure Part; its members are [id,"
                + " status, count]");
        assertError("widgets.name", 8, "'name' is applied to a list of structure Widget, which has no members; to read"
                + " it from every element, write [*].name");
        assertError("total.value", 6, "'value' is applied to an integer, which has no members");
        assertError("(total || nextToken).x", 21, "'x' is applied to a value of unknown type, which has no members");
        assertThrows(JmesPathException.class, () -> Checker.check("x", MODEL.root(null), MODEL));
        assertEquals("'x' is not a member of structure without members", assertThrows(JmesPathException.class,
                () -> Checker.check("x", MODEL.root(null), MODEL)).detail());
    }

    @Test
    void listOperationsNeedLists() {
        assertError("total[0]", 5, "[0] needs a list, but 'total' is an integer");
        assertError("summary[]", 7, "[] needs a list, but 'summary' is a structure Summary");
        assertError("summary[1:2]", 7, "a slice needs a list, but 'summary' is a structure Summary");
        assertError("summary[*].x", 7, "[*] needs a list, but 'summary' is a structure Summary");
        assertError("total[?a]", 5, "a filter needs a list, but 'total' is an integer");
        assertError("length(widgets)[0]", 15, "[0] needs a list, but the value before it is an integer");
        assertError("[0]", 0, "[0] needs a list, but @ is a structure DescribeWidgetsResponse");
        assertError("summary.*", 7, "* needs a map, but 'summary' is a structure Summary; the members of a structure"
                + " differ in type, so name the ones you want, e.g. .[a, b]");
        assertError("total.*", 5, "* needs a map, but 'total' is an integer");
    }

    @Test
    void comparisonsMustBeAbleToHold() {
        assertError("total == 'x'", 6, "'==' compares an integer with a string, which are never equal");
        assertError("summary != `true`", 8, "'!=' compares a structure Summary with a boolean, which are never equal");
        assertError("nextToken < `1`", 10, "'<' orders numbers only, but 'nextToken' is a string");
        assertError("total >= summary.status", 6, "'>=' orders numbers only, but 'status' is a string");
        assertEquals(JmesType.BOOLEAN, type("total == `null`"), "null may be compared with anything");
        assertEquals(JmesType.BOOLEAN, type("counts == summary"), "objects with objects");
    }

    @Test
    void functionsTakeTheirArguments() {
        assertError("nope(total)", 0, "unknown function nope(); JMESPath's functions are abs, avg, ceil, contains,"
                + " ends_with, floor, join, keys, length, map, max, max_by, merge, min, min_by, not_null, reverse,"
                + " sort, sort_by, starts_with, sum, to_array, to_number, to_string, type, values");
        assertError("length(total, total)", 0, "length() takes 1 argument, got 2");
        assertError("merge()", 0, "merge() takes at least 1 argument, got 0");
        assertError("contains(total)", 0, "contains() takes 2 arguments, got 1");
        assertError("abs(nextToken)", 4, "argument 1 of abs() must be a number, but 'nextToken' is a string");
        assertError("length(`1`)", 7, "argument 1 of length() must be a string, a list or a map, but it is an"
                + " integer");
        assertError("length(summary)", 7, "argument 1 of length() must be a string, a list or a map, but 'summary' is"
                + " a structure Summary");
        assertError("starts_with(nextToken, total)", 23, "argument 2 of starts_with() must be a string, but 'total'"
                + " is an integer");
        assertError("join(', ', widgets)", 11, "argument 2 of join() must be a list of strings, but 'widgets' is a"
                + " list of structure Widget");
        assertError("join(', ', counts.*)", 11, "argument 2 of join() must be a list of strings, but it is a list of"
                + " integer");
        for (String strings : List.of("join(',', widgets[*].name)", "join(',', [total, nextToken])",
                "join(',', total || nextToken)", "to_string(counts)", "to_string(summary.items)")) {
            assertEquals(JmesType.STRING, type(strings), strings);
        }
        assertError("to_string(widgets)", 10, "argument 1 of to_string() must be a value with a JSON form (not a"
                + " structure, timestamp, blob or document), but 'widgets' is a list of structure Widget");
        assertError("keys(summary)", 5, "argument 1 of keys() must be a map, but 'summary' is a structure Summary");
        assertError("values(widgets)", 7, "argument 1 of values() must be a map, but 'widgets' is a list of structure"
                + " Widget");
        assertError("max(widgets)", 4, "argument 1 of max() must be a list of numbers or of strings, but 'widgets' is"
                + " a list of structure Widget");
        assertError("sum(summary.items)", 4, "argument 1 of sum() must be a list of numbers, but 'items' is a list of"
                + " string");
        assertError("avg(total)", 4, "argument 1 of avg() must be a list, but 'total' is an integer");
        assertError("reverse(total)", 8, "argument 1 of reverse() must be a list or a string, but 'total' is an"
                + " integer");
        assertError("merge(counts, summary)", 14, "argument 2 of merge() must be a map, but 'summary' is a structure"
                + " Summary");
        assertError("to_string(summary)", 10, "argument 1 of to_string() must be a value with a JSON form (not a"
                + " structure, timestamp, blob or document), but 'summary' is a structure Summary");
        assertError("contains(total, `1`)", 9, "argument 1 of contains() must be a list or a string, but 'total' is an"
                + " integer");
    }

    @Test
    void expressionReferencesOnlyWhereAFunctionTakesOne() {
        assertError("&name", 0, "an expression reference (&...) is only allowed as an argument of sort_by, max_by,"
                + " min_by or map");
        assertError("length(&name)", 7, "an expression reference (&...) is only allowed as an argument of sort_by,"
                + " max_by, min_by or map");
        assertError("sort_by(widgets, size)", 17, "argument 2 of sort_by() must be an expression reference such as"
                + " &Name");
        assertError("map(name, widgets)", 4, "argument 1 of map() must be an expression reference such as &Name");
        assertError("sort_by(widgets, &parts)", 17, "the expression of sort_by() must give numbers or strings, but"
                + " gives a list of structure Part");
        assertError("max_by(widgets, &nope)", 17, "'nope' is not a member of structure Widget; its members are [name,"
                + " state, size, ratio, parts, tags]");
        assertError("map(&name, summary)", 11, "argument 2 of map() must be a list, but 'summary' is a structure"
                + " Summary");
    }

    @Test
    void theMessageNamesTheExpressionAndThePosition() {
        JmesPathException error = assertThrows(JmesPathException.class,
                () -> Checker.check("widgets[*].nope", RESPONSE, MODEL));
        assertEquals("'widgets[*].nope' at position 11: 'nope' is not a member of structure Widget; its members are"
                + " [name, state, size, ratio, parts, tags]", error.getMessage());
    }

    private static void assertError(String expression, int position, String detail) {
        JmesPathException error = assertThrows(JmesPathException.class,
                () -> Checker.check(expression, RESPONSE, MODEL), expression);
        assertEquals(detail, error.detail(), expression);
        assertEquals(position, error.position(), expression);
    }
}
