/**
 * Moves bytes: an HTTP request/response pair and the {@link dev.ecrgen.runtime.transport.SyncTransport} seam, with a
 * default implementation on {@link java.net.HttpURLConnection} that needs no extra dependency.
 */
package dev.ecrgen.runtime.transport;
