package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The {@code metadata} object of a service model. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Metadata(
        String apiVersion,
        String endpointPrefix,
        String jsonVersion,
        String protocol,
        String serviceAbbreviation,
        String serviceFullName,
        String serviceId,
        String signatureVersion,
        String signingName,
        String targetPrefix,
        String uid,
        List<String> protocols) {

    public Metadata {
        protocols = protocols == null ? List.of() : protocols;
    }

    /**
     * Whether the service speaks the AWS JSON protocol: {@code protocol} is {@code json}, or {@code json} is among the
     * {@code protocols} a newer model lists beside its preferred one (such as {@code smithy-rpc-v2-cbor}).
     */
    public boolean speaksJson() {
        return "json".equals(protocol) || protocols.contains("json");
    }
}
