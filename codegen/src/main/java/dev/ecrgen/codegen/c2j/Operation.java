package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One entry of the {@code operations} object. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Operation(
        String name,
        Http http,
        ShapeRef input,
        ShapeRef output,
        List<ShapeRef> errors,
        String documentation,
        Endpoint endpoint,
        boolean httpChecksumRequired,
        RequestCompression requestcompression,
        boolean deprecated,
        String deprecatedMessage) {

    public Operation {
        errors = errors == null ? List.of() : errors;
    }

    /** The {@code http} trait. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Http(String method, String requestUri, Integer responseCode) {}

    /** The {@code endpoint} trait: a host prefix that may hold {@code {label}} placeholders. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Endpoint(String hostPrefix) {}

    /** The {@code requestcompression} trait. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestCompression(List<String> encodings) {
        public RequestCompression {
            encodings = encodings == null ? List.of() : encodings;
        }
    }
}
