/** Every Java identifier the generator writes is decided here: casing, keywords, reserved names and collisions. */
package dev.ecrgen.codegen.naming;
