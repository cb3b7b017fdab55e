/**
 * Raw records that mirror the C2J JSON files ({@code service-2.json}, {@code paginators-1.json},
 * {@code waiters-2.json}) field for field. Nothing here is resolved or validated; see
 * {@code dev.ecrgen.codegen.validate} and {@code dev.ecrgen.codegen.resolve} for that.
 */
package dev.ecrgen.codegen.c2j;
