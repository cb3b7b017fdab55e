package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
        String uid) {}
