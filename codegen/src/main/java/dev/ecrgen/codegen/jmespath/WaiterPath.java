package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The syntax tree of a JMESPath expression, in the subset that waiter acceptors and paginator keys use: fields,
 * sub-expressions, indexes, {@code [*]} and {@code []} projections, filters, comparisons, {@code &&}, {@code ||},
 * {@code !}, pipes, literals and the functions {@code length} and {@code contains}.
 */
public sealed interface WaiterPath {

    /** {@code @}: the value the expression is applied to. */
    record Current() implements WaiterPath {}

    /** A field of an object, by its model name. */
    record Field(String name) implements WaiterPath {}

    /** {@code left.right} (and {@code left | right}): the right side applied to the left side's value. */
    record Sub(WaiterPath left, WaiterPath right) implements WaiterPath {}

    /** {@code target[index]}; negative indexes count from the end. */
    record Index(WaiterPath target, int index) implements WaiterPath {}

    /** {@code target[]} without a right side: one level of nested lists merged. */
    record Flatten(WaiterPath target) implements WaiterPath {}

    /** A projection: {@code right} applied to every element of the list {@code source}, null results dropped. */
    record Projection(WaiterPath source, WaiterPath right) implements WaiterPath {}

    /** {@code source[?condition].right}: the projection of the elements for which the condition is truthy. */
    record FilterProjection(WaiterPath source, WaiterPath condition, WaiterPath right) implements WaiterPath {}

    /** A comparison; {@code operator} is one of {@code == != < <= > >=}. */
    record Compare(String operator, WaiterPath left, WaiterPath right) implements WaiterPath {}

    /** {@code left && right}. */
    record And(WaiterPath left, WaiterPath right) implements WaiterPath {}

    /** {@code left || right}. */
    record Or(WaiterPath left, WaiterPath right) implements WaiterPath {}

    /** {@code !expression}. */
    record Not(WaiterPath expression) implements WaiterPath {}

    /** A literal: {@code `json`} or {@code 'raw string'}. */
    record Literal(JsonNode value) implements WaiterPath {}

    /** A function call. */
    record Function(String name, List<WaiterPath> arguments) implements WaiterPath {}
}
