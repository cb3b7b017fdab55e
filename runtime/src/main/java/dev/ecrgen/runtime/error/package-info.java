/**
 * Service errors: what a failed response said ({@link dev.ecrgen.runtime.error.AwsErrorDetails}, decoded by
 * {@link dev.ecrgen.runtime.error.ErrorDecoder}) and the base exception generated service exceptions extend.
 */
package dev.ecrgen.runtime.error;
