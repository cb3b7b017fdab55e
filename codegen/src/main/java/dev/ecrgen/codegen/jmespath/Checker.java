package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.jmespath.JmesType.Category;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an expression against the model: every field is a member of the structure it is read from, every index,
 * slice, flatten and projection applies to a list, comparisons compare values that can be equal or ordered, and every
 * function gets the arguments it takes. Each node's type is recorded for the compiler. A problem is a
 * {@link JmesPathException} at the position of the node it is about.
 */
public final class Checker {
    private final String source;
    private final ModelTypes model;
    private final Map<Expr, JmesType> types = new IdentityHashMap<>();
    private boolean deprecated;

    private Checker(String source, ModelTypes model) {
        this.source = source;
        this.model = model;
    }

    /**
     * Parses and checks an expression.
     *
     * @param expression the JMESPath text
     * @param input the type of the value it is applied to, e.g. {@code model.root("DescribeStreamOutput")}
     * @param model the model's shapes
     * @return the checked expression
     * @throws JmesPathException when it does not parse or does not fit the model
     */
    public static Checked check(String expression, JmesType input, ModelTypes model) {
        Expr tree = Parser.parse(expression);
        Checker checker = new Checker(expression, model);
        checker.check(tree, input);
        return new Checked(expression, tree, input, checker.types, checker.deprecated);
    }

    private JmesType check(Expr node, JmesType input) {
        JmesType type = typeOf(node, input);
        types.put(node, type);
        return type;
    }

    private JmesType typeOf(Expr node, JmesType input) {
        if (node instanceof Expr.Current) {
            return input;
        }
        if (node instanceof Expr.Field field) {
            return field(field, input);
        }
        if (node instanceof Expr.Sub sub) {
            return check(sub.right(), check(sub.left(), input));
        }
        if (node instanceof Expr.Pipe pipe) {
            return check(pipe.right(), check(pipe.left(), input));
        }
        if (node instanceof Expr.Index index) {
            return list(index.target(), check(index.target(), input), "[" + index.index() + "]", index.at())
                    .element();
        }
        if (node instanceof Expr.Slice slice) {
            return list(slice.target(), check(slice.target(), input), "a slice", slice.at());
        }
        if (node instanceof Expr.Flatten flatten) {
            JmesType element = list(flatten.target(), check(flatten.target(), input), "[]", flatten.at()).element();
            return new JmesType.ListOf(element instanceof JmesType.ListOf inner ? inner.element() : element);
        }
        if (node instanceof Expr.Projection projection) {
            JmesType.ListOf list = list(projection.source(), check(projection.source(), input), "[*]",
                    projection.at());
            return new JmesType.ListOf(check(projection.right(), list.element()));
        }
        if (node instanceof Expr.ValueProjection projection) {
            return valueProjection(projection, input);
        }
        if (node instanceof Expr.FilterProjection filter) {
            JmesType.ListOf list = list(filter.source(), check(filter.source(), input), "a filter", filter.at());
            check(filter.condition(), list.element());
            return new JmesType.ListOf(check(filter.right(), list.element()));
        }
        if (node instanceof Expr.Compare compare) {
            return compare(compare, input);
        }
        if (node instanceof Expr.And and) {
            return JmesType.join(check(and.left(), input), check(and.right(), input));
        }
        if (node instanceof Expr.Or or) {
            return JmesType.join(check(or.left(), input), check(or.right(), input));
        }
        if (node instanceof Expr.Not not) {
            check(not.expression(), input);
            return JmesType.BOOLEAN;
        }
        if (node instanceof Expr.Literal literal) {
            return literal(literal.value());
        }
        if (node instanceof Expr.MultiSelectList list) {
            return new JmesType.ListOf(joinAll(list.items(), input));
        }
        if (node instanceof Expr.MultiSelectHash hash) {
            return new JmesType.MapOf(joinAll(hash.entries().stream().map(Expr.KeyValue::value).toList(), input));
        }
        if (node instanceof Expr.FunctionCall call) {
            return new FunctionTypes(this, call, input).check();
        }
        if (node instanceof Expr.ExpressionRef) {
            throw error(node.at(), "an expression reference (&...) is only allowed as an argument of sort_by, max_by,"
                    + " min_by or map");
        }
        throw new IllegalStateException("unhandled expression node " + node);
    }

    private JmesType field(Expr.Field field, JmesType input) {
        String name = field.name();
        if (input instanceof JmesType.MapOf map) {
            return map.value();
        }
        if (!(input instanceof JmesType.Struct struct)) {
            String hint = input instanceof JmesType.ListOf
                    ? "; to read it from every element, write [*]." + name : "";
            throw error(field.at(), "'" + name + "' is applied to " + input.describe() + ", which has no members"
                    + hint);
        }
        ShapeRef member = model.members(struct).get(name);
        if (member == null) {
            throw error(field.at(), "'" + name + "' is not a member of " + struct.text()
                    + (struct.shape() == null ? "" : "; its members are " + model.members(struct).keySet()));
        }
        deprecated |= member.deprecated() || model.deprecated(member.shape());
        return model.typeOf(member.shape());
    }

    private JmesType valueProjection(Expr.ValueProjection projection, JmesType input) {
        JmesType source = check(projection.source(), input);
        if (!(source instanceof JmesType.MapOf map)) {
            String hint = source instanceof JmesType.Struct
                    ? "; the members of a structure differ in type, so name the ones you want, e.g. .[a, b]" : "";
            throw error(projection.at(), "* needs a map, but " + subject(projection.source()) + " is "
                    + source.describe() + hint);
        }
        return new JmesType.ListOf(check(projection.right(), map.value()));
    }

    private JmesType compare(Expr.Compare compare, JmesType input) {
        JmesType left = check(compare.left(), input);
        JmesType right = check(compare.right(), input);
        String operator = compare.operator();
        if (operator.equals("==") || operator.equals("!=")) {
            Category a = left.category();
            Category b = right.category();
            boolean known = a != Category.UNKNOWN && b != Category.UNKNOWN;
            if (known && (a != b || a == Category.OTHER && !left.equals(right))) {
                throw error(compare.at(), "'" + operator + "' compares " + left.describe() + " with "
                        + right.describe() + ", which are never equal");
            }
            return JmesType.BOOLEAN;
        }
        for (Expr side : List.of(compare.left(), compare.right())) {
            JmesType type = side == compare.left() ? left : right;
            if (type.category() != Category.NUMBER && type.category() != Category.UNKNOWN) {
                throw error(compare.at(), "'" + operator + "' orders numbers only, but " + subject(side) + " is "
                        + type.describe());
            }
        }
        return JmesType.BOOLEAN;
    }

    private JmesType joinAll(List<Expr> items, JmesType input) {
        JmesType joined = null;
        for (Expr item : items) {
            JmesType type = check(item, input);
            joined = joined == null ? type : JmesType.join(joined, type);
        }
        return joined;
    }

    /** The type of a JSON literal. */
    static JmesType literal(JsonNode value) {
        if (value.isTextual()) {
            return JmesType.STRING;
        }
        if (value.isBoolean()) {
            return JmesType.BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return new JmesType.Scalar(value.canConvertToInt() ? JmesType.Scalar.Kind.INTEGER
                    : value.canConvertToLong() ? JmesType.Scalar.Kind.LONG : JmesType.Scalar.Kind.BIG_INTEGER);
        }
        if (value.isNumber()) {
            return new JmesType.Scalar(JmesType.Scalar.Kind.BIG_DECIMAL);
        }
        if (value.isArray()) {
            return new JmesType.ListOf(JmesType.ANY);
        }
        if (value.isObject()) {
            return new JmesType.MapOf(JmesType.ANY);
        }
        return JmesType.ANY;
    }

    /** Checks a node against its input, recording its type; for {@link FunctionTypes}. */
    JmesType checkNode(Expr node, JmesType input) {
        return check(node, input);
    }

    /** The list a node yields, or a problem saying what needed a list. */
    JmesType.ListOf list(Expr node, JmesType type, String what, int at) {
        if (type instanceof JmesType.ListOf list) {
            return list;
        }
        throw error(at, what + " needs a list, but " + subject(node) + " is " + type.describe());
    }

    /** How a message names the value a node yields: {@code 'Shards'} for a field, else "the value before it". */
    static String subject(Expr node) {
        return subject(node, "the value before it");
    }

    /** How a message names the value a node yields: {@code 'Shards'} for a field, {@code @}, else {@code other}. */
    static String subject(Expr node, String other) {
        if (node instanceof Expr.Field field) {
            return "'" + field.name() + "'";
        }
        if (node instanceof Expr.Sub sub) {
            return subject(sub.right(), other);
        }
        if (node instanceof Expr.Pipe pipe) {
            return subject(pipe.right(), other);
        }
        if (node instanceof Expr.Current) {
            return "@";
        }
        return other;
    }

    /** Where the text of a node begins: the start of its leftmost part (a node's own position is its operator's). */
    static int start(Expr node) {
        if (node instanceof Expr.Sub sub) {
            return start(sub.left());
        }
        if (node instanceof Expr.Pipe pipe) {
            return start(pipe.left());
        }
        if (node instanceof Expr.Index index) {
            return start(index.target());
        }
        if (node instanceof Expr.Slice slice) {
            return start(slice.target());
        }
        if (node instanceof Expr.Flatten flatten) {
            return start(flatten.target());
        }
        if (node instanceof Expr.Projection projection) {
            return start(projection.source());
        }
        if (node instanceof Expr.ValueProjection projection) {
            return start(projection.source());
        }
        if (node instanceof Expr.FilterProjection filter) {
            return start(filter.source());
        }
        if (node instanceof Expr.Compare compare) {
            return start(compare.left());
        }
        if (node instanceof Expr.And and) {
            return start(and.left());
        }
        if (node instanceof Expr.Or or) {
            return start(or.left());
        }
        return node.at();
    }

    JmesPathException error(int at, String message) {
        return new JmesPathException(source, at, message);
    }
}
