/**
 * JMESPath, the expression language of waiter acceptors, paginator keys and operation context parameters, compiled
 * at generation time into Java over the generated model classes. The pipeline:
 * <ol>
 * <li>{@link dev.ecrgen.codegen.jmespath.Parser} (with its lexer) turns the text into an
 *     {@link dev.ecrgen.codegen.jmespath.Expr} tree; the whole JMESPath grammar parses, and every node knows its
 *     position in the text.</li>
 * <li>{@link dev.ecrgen.codegen.jmespath.Checker} types the tree against the model's shapes
 *     ({@link dev.ecrgen.codegen.jmespath.ModelTypes}): every field exists, lists are where lists are needed,
 *     comparisons and function arguments fit. It needs only the raw model, so the validator runs it too.</li>
 * <li>{@link dev.ecrgen.codegen.jmespath.JmesPathCompiler} turns a checked tree into one JavaPoet expression over
 *     the generated accessors, calling {@code dev.ecrgen.runtime.jmespath.Jmes} and {@code JmesFunctions} for
 *     JMESPath's value semantics: no reflection and no lookup by name at run time.</li>
 * </ol>
 * Anything that goes wrong is a {@link dev.ecrgen.codegen.jmespath.JmesPathException} naming the expression, the
 * position and the problem; callers turn it into a coded problem naming the place in the model files.
 */
package dev.ecrgen.codegen.jmespath;
