/**
 * What generated clients are built on: the service and operation descriptions, the client builder that resolves
 * settings (region, credentials, endpoint, transport, retries, timeouts) and the {@link
 * dev.ecrgen.runtime.client.SyncInvoker} that runs every call: marshal, sign, send, retry, unmarshal.
 */
package dev.ecrgen.runtime.client;
