/**
 * Waiters: poll an operation until one of the waiter's acceptors says the resource reached the wanted state (success),
 * can never reach it (failure), or needs more time (retry). Generated waiters supply a {@link
 * dev.ecrgen.runtime.waiter.WaiterDefinition} whose acceptors were compiled from the model's JMESPath expressions into
 * code over the response's accessors; the polling, delays, limits and the result live here.
 */
package dev.ecrgen.runtime.waiter;
