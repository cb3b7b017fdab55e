/**
 * Semantic comparison of two versions of a C2J service model: what a client user gains and loses, with breaking
 * changes marked. {@link dev.ecrgen.codegen.diff.ModelDiff} compares; {@link dev.ecrgen.codegen.diff.DiffReport}
 * renders.
 */
package dev.ecrgen.codegen.diff;
