/**
 * In-process JMH benchmarks, the generated client beside the official one on the same payloads: the codecs alone
 * ({@link dev.ecrgen.benchmarks.jmh.CodecBenchmarks}) and whole calls over an in-memory transport
 * ({@link dev.ecrgen.benchmarks.jmh.CallBenchmarks}), which keeps the network and the server out of the figure.
 * Method names pair up as {@code <what>_ecrgen} and {@code <what>_official}.
 */
package dev.ecrgen.benchmarks.jmh;
