/**
 * Checks a loaded model before anything is generated and reports every problem at once, each with a stable code, the
 * place (a path such as {@code shapes.Layer.members.size}) and what to do.
 */
package dev.ecrgen.codegen.validate;
