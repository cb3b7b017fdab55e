/** Least-privilege IAM policies for generated clients, derived from the operations a client calls. */
package dev.ecrgen.codegen.policy;
