package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The syntax tree of a JMESPath expression, as the JMESPath specification defines the language. Every node records
 * {@code at}, the offset in the expression text where it starts (or, for postfix forms such as {@code [0]}, where its
 * own token starts), so that the checker can say where a problem is.
 *
 * <p>Projections are explicit: {@code a[*].b} is a {@link Projection} whose {@code right} side ({@code b}) is applied
 * to every element of {@code a}; {@code a[].b}, {@code a[1:3].b}, {@code a.*.b} and {@code a[?c].b} are
 * {@link Projection}s over a {@link Flatten}, a {@link Slice}, a {@link ValueProjection} and a
 * {@link FilterProjection}. A right side that is {@link Current} keeps the elements as they are.
 */
public sealed interface Expr {

    /** Where the node starts in the expression text (0-based). */
    int at();

    /** {@code @}: the value the expression is applied to. */
    record Current(int at) implements Expr {}

    /** An identifier, quoted or not: a field of an object, by its model name. */
    record Field(String name, int at) implements Expr {}

    /** {@code left.right}: the right side applied to the left side's value. */
    record Sub(Expr left, Expr right, int at) implements Expr {}

    /** {@code left | right}: like a sub-expression, but it ends any projection on the left. */
    record Pipe(Expr left, Expr right, int at) implements Expr {}

    /** {@code target[index]}; a negative index counts from the end. */
    record Index(Expr target, int index, int at) implements Expr {}

    /** {@code target[start:stop:step]}, each part optional (null); always the source of a projection. */
    record Slice(Expr target, Integer start, Integer stop, Integer step, int at) implements Expr {}

    /** {@code target[]}: one level of nested lists merged; always the source of a projection. */
    record Flatten(Expr target, int at) implements Expr {}

    /** A list projection: {@code right} applied to every element of the list {@code source}, null results dropped. */
    record Projection(Expr source, Expr right, int at) implements Expr {}

    /** {@code source.*} (or {@code *}): {@code right} applied to every value of the object {@code source}. */
    record ValueProjection(Expr source, Expr right, int at) implements Expr {}

    /** {@code source[?condition]}: the projection of the elements for which the condition is truthy. */
    record FilterProjection(Expr source, Expr condition, Expr right, int at) implements Expr {}

    /** A comparison; {@code operator} is one of {@code == != < <= > >=}. */
    record Compare(String operator, Expr left, Expr right, int at) implements Expr {}

    /** {@code left && right}. */
    record And(Expr left, Expr right, int at) implements Expr {}

    /** {@code left || right}. */
    record Or(Expr left, Expr right, int at) implements Expr {}

    /** {@code !expression}. */
    record Not(Expr expression, int at) implements Expr {}

    /** A literal: {@code `json`}, or {@code 'raw string'} as a JSON string. */
    record Literal(JsonNode value, int at) implements Expr {}

    /** {@code [a, b]} applied to the current value: a list of the values of each expression. */
    record MultiSelectList(List<Expr> items, int at) implements Expr {}

    /** {@code {k: a, l: b}} applied to the current value: an object of the values of each expression. */
    record MultiSelectHash(List<KeyValue> entries, int at) implements Expr {}

    /** One entry of a {@link MultiSelectHash}. */
    record KeyValue(String key, Expr value) {}

    /** A function call; {@code name} is one of JMESPath's built-in functions or not, as the checker decides. */
    record FunctionCall(String name, List<Expr> arguments, int at) implements Expr {}

    /** {@code &expression}: the expression itself, for functions such as {@code sort_by} to apply. */
    record ExpressionRef(Expr expression, int at) implements Expr {}
}
