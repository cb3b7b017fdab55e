/**
 * Benchmarks of the generated ECR client against the official AWS SDK client.
 *
 * <ul>
 *   <li>{@code payload}: the representative ECR bodies both clients read and write;</li>
 *   <li>{@code server}: the loopback HTTP and HTTPS server the clients call;</li>
 *   <li>{@code client}: the programs run in a separate JVM per measurement, one per client configuration;</li>
 *   <li>{@code floor}: plain JDK programs that bound what any client can reach on the machine;</li>
 *   <li>{@code harness}: starts those JVMs, measures them and writes the results;</li>
 *   <li>{@code codegen}: times code generation;</li>
 *   <li>{@code jmh}: in-process JMH benchmarks of codecs and of whole calls over an in-memory transport.</li>
 * </ul>
 */
package dev.ecrgen.benchmarks;
