package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The syntax tree of a JMESPath expression, in the subset that waiter acceptors and paginator keys use: fields,
 * sub-expressions, indexes, {@code [*]} and {@code []} projections, filters, comparisons, {@code &&}, {@code ||},
 * {@code !}, pipes, literals and the functions {@code length} and {@code contains}.
 */
public sealed interface Expr {

    /** {@code @}: the value the expression is applied to. */
    record Current() implements Expr {}

    /** A field of an object, by its model name. */
    record Field(String name) implements Expr {}

    /** {@code left.right} (and {@code left | right}): the right side applied to the left side's value. */
    record Sub(Expr left, Expr right) implements Expr {}

    /** {@code target[index]}; negative indexes count from the end. */
    record Index(Expr target, int index) implements Expr {}

    /** {@code target[]} without a right side: one level of nested lists merged. */
    record Flatten(Expr target) implements Expr {}

    /** A projection: {@code right} applied to every element of the list {@code source}, null results dropped. */
    record Projection(Expr source, Expr right) implements Expr {}

    /** {@code source[?condition].right}: the projection of the elements for which the condition is truthy. */
    record FilterProjection(Expr source, Expr condition, Expr right) implements Expr {}

    /** A comparison; {@code operator} is one of {@code == != < <= > >=}. */
    record Compare(String operator, Expr left, Expr right) implements Expr {}

    /** {@code left && right}. */
    record And(Expr left, Expr right) implements Expr {}

    /** {@code left || right}. */
    record Or(Expr left, Expr right) implements Expr {}

    /** {@code !expression}. */
    record Not(Expr expression) implements Expr {}

    /** A literal: {@code `json`} or {@code 'raw string'}. */
    record Literal(JsonNode value) implements Expr {}

    /** A function call. */
    record Function(String name, List<Expr> arguments) implements Expr {}
}
