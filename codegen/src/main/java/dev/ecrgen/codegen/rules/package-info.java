/**
 * The endpoint rules language ({@code endpoint-rule-set-1.json}) as a small compiler: {@link
 * dev.ecrgen.codegen.rules.RuleSetParser} reads the JSON into a typed syntax tree ({@link
 * dev.ecrgen.codegen.rules.RuleSet}, {@link dev.ecrgen.codegen.rules.Rule}, {@link dev.ecrgen.codegen.rules.Expr}),
 * {@link dev.ecrgen.codegen.rules.RuleChecker} infers and checks types and scopes against the function library
 * ({@link dev.ecrgen.codegen.rules.RuleFunction}), and {@link dev.ecrgen.codegen.rules.RuleCompiler} turns the checked
 * tree into Java method bodies that call the runtime's {@code dev.ecrgen.runtime.endpoints.RulesFunctions}. Nothing of
 * the rule set is interpreted or parsed at run time. Every problem carries a stable code and the place in the file.
 */
package dev.ecrgen.codegen.rules;
