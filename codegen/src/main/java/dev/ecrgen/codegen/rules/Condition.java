package dev.ecrgen.codegen.rules;

/**
 * One condition of a rule: a function call whose value must be truthy (set and not {@code false}), optionally bound to
 * a name for the conditions and rules after it.
 *
 * @param function the call
 * @param assign the name the value is bound to; null when not bound
 * @param where the place in the file, e.g. {@code rules[0].conditions[1]}
 */
public record Condition(Expr function, String assign, String where) {}
