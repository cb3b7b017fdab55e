/** The resolved view of a validated model that every emitter reads: which classes to generate and what each needs. */
package dev.ecrgen.codegen.resolve;
