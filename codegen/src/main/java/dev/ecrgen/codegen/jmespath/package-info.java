/**
 * JMESPath, the expression language of waiter acceptors, paginator keys and operation context parameters, compiled
 * at generation time into Java over the generated model classes.
 */
package dev.ecrgen.codegen.jmespath;
