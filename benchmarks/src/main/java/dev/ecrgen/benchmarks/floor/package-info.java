/**
 * Plain JDK programs that bound what any client can reach on this machine: an empty JVM, one bare
 * {@code HttpURLConnection} POST, the same POST signed with the AWS SDK's SigV4 signer and parsed with the runtime's JSON reader
 * (also with the SDK {@code Region} and credentials provider a program hands any client), where the first HTTPS answer
 * of a bare program spends its time, and load loops over a raw keep-alive socket and over {@code HttpURLConnection}.
 */
package dev.ecrgen.benchmarks.floor;
