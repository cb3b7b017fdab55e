/**
 * One emitter per generated kind: structures (requests, responses, nested), enums, exceptions, JSON codecs, the error
 * factory, and the client with its builder. Each returns JavaPoet {@code JavaFile}s and writes nothing itself.
 */
package dev.ecrgen.codegen.emit;
