/** Maps shapes to Java types, and names every runtime class the generated code refers to. */
package dev.ecrgen.codegen.types;
