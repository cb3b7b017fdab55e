/** Reads the model files into the raw {@code c2j} records, reporting unreadable JSON with file, line and column. */
package dev.ecrgen.codegen.load;
