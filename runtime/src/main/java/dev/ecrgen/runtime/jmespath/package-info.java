/**
 * JMESPath's value semantics for the code generated from waiter acceptors, paginator keys and operation context
 * parameters: the generator compiles each expression into calls of {@link dev.ecrgen.runtime.jmespath.Jmes}
 * (navigation, projections, comparisons) and {@link dev.ecrgen.runtime.jmespath.JmesFunctions} (the built-in
 * functions) over the typed accessors of the model classes.
 */
package dev.ecrgen.runtime.jmespath;
