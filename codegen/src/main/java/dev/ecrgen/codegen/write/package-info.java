/**
 * Writes generated sources: JavaPoet's output tightened by {@link dev.ecrgen.codegen.write.SourceLayout}, deterministic
 * bytes, only files that changed, and stale files removed.
 */
package dev.ecrgen.codegen.write;
