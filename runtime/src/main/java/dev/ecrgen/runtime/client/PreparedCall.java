package dev.ecrgen.runtime.client;

import java.net.URI;
import java.util.List;

/**
 * What stays the same across the attempts of one call: the endpoint, the marshalled (and possibly compressed) body,
 * the values of the per-call headers and the request's override configuration, if any.
 */
final class PreparedCall {

    final CallLabel label;
    final ResolvedEndpoint endpoint;
    final URI uri;
    final byte[] body;
    final boolean gzipped;
    final String contentMd5;
    final List<String> target;
    final List<String> invocationId;
    final boolean signed;
    /** The request's settings for this call, or null when the client's apply. */
    final AwsRequestOverrideConfiguration override;
    /** What is known of the call as it runs, for its interceptors, log lines and metrics. */
    final CallRecord record;

    PreparedCall(CallLabel label, ResolvedEndpoint endpoint, URI uri, byte[] body, boolean gzipped, String contentMd5, List<String> target,
            List<String> invocationId, boolean signed, AwsRequestOverrideConfiguration override, CallRecord record) {
        this.label = label;
        this.endpoint = endpoint;
        this.uri = uri;
        this.body = body;
        this.gzipped = gzipped;
        this.contentMd5 = contentMd5;
        this.target = target;
        this.invocationId = invocationId;
        this.signed = signed;
        this.override = override;
        this.record = record;
    }
}
