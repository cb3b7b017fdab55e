/**
 * What endpoint providers compiled from an {@code endpoint-rule-set-1.json} call at run time: the rules language's
 * library functions ({@link dev.ecrgen.runtime.endpoints.RulesFunctions}), the structures they return
 * ({@link dev.ecrgen.runtime.endpoints.RuleUrl}, {@link dev.ecrgen.runtime.endpoints.RuleArn},
 * {@link dev.ecrgen.runtime.endpoints.RulePartition}), the AWS partitions as a table in code, and the attributes a
 * resolved endpoint carries ({@link dev.ecrgen.runtime.endpoints.EndpointAttributes},
 * {@link dev.ecrgen.runtime.endpoints.EndpointAuthScheme}). Nothing is read at run time.
 */
package dev.ecrgen.runtime.endpoints;
