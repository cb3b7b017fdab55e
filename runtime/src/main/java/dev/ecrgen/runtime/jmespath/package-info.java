/**
 * The value semantics of the JMESPath subset used by waiter acceptors and paginator keys. Generated code compiles each
 * expression into calls of {@link dev.ecrgen.runtime.jmespath.Jmes} over typed accessors.
 */
package dev.ecrgen.runtime.jmespath;
