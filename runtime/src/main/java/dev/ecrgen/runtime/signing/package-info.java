/** AWS Signature Version 4 for outgoing requests, delegating to the AWS SDK's own signer. */
package dev.ecrgen.runtime.signing;
