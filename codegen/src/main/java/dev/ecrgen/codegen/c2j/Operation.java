package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

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
        String deprecatedMessage,
        String authtype,
        List<String> auth,
        Map<String, StaticContextParam> staticContextParams,
        Map<String, OperationContextParam> operationContextParams) {

    public Operation {
        errors = errors == null ? List.of() : errors;
        auth = auth == null ? List.of() : auth;
        staticContextParams = staticContextParams == null ? Map.of() : staticContextParams;
        operationContextParams = operationContextParams == null ? Map.of() : operationContextParams;
    }

    /**
     * Whether requests go out unsigned: the model says {@code "authtype": "none"}, or its {@code auth} list prefers
     * {@code smithy.api#noAuth} (operations such as Cognito's sign-in calls, made before a caller has credentials).
     */
    public boolean unsigned() {
        return "none".equals(authtype) || (!auth.isEmpty() && "smithy.api#noAuth".equals(auth.get(0)));
    }

    /** The {@code http} trait. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Http(String method, String requestUri, Integer responseCode) {}

    /** The {@code endpoint} trait: a host prefix that may hold {@code {label}} placeholders. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Endpoint(String hostPrefix) {}

    /** An entry of {@code staticContextParams}: the value the operation gives an endpoint rule set parameter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StaticContextParam(JsonNode value) {}

    /** An entry of {@code operationContextParams}: a JMESPath into the input that gives an endpoint parameter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperationContextParam(String path) {}

    /** The {@code requestcompression} trait. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestCompression(List<String> encodings) {
        public RequestCompression {
            encodings = encodings == null ? List.of() : encodings;
        }
    }
}
