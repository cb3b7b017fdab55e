/** Writes generated sources: deterministic bytes, only files that changed, and stale files removed. */
package dev.ecrgen.codegen.write;
