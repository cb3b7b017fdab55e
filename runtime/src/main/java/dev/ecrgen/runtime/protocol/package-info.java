/**
 * The AWS JSON protocol as generated codecs see it: {@link dev.ecrgen.runtime.protocol.Marshaller} and
 * {@link dev.ecrgen.runtime.protocol.Unmarshaller} per shape, {@link dev.ecrgen.runtime.protocol.Json} helpers for
 * scalar values, timestamps, blobs and documents, and the {@link dev.ecrgen.runtime.protocol.ErrorFactory} that maps
 * error codes to exception classes.
 */
package dev.ecrgen.runtime.protocol;
