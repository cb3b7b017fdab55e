package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One paginated operation. {@code input_token}, {@code output_token} and {@code result_key} may each be a string or a
 * list of strings in the file; they are read as lists here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paginator(
        @JsonProperty("input_token") List<String> inputToken,
        @JsonProperty("output_token") List<String> outputToken,
        @JsonProperty("limit_key") String limitKey,
        @JsonProperty("result_key") List<String> resultKey,
        @JsonProperty("non_aggregate_keys") List<String> nonAggregateKeys,
        @JsonProperty("more_results") String moreResults) {

    public Paginator {
        inputToken = inputToken == null ? List.of() : inputToken;
        outputToken = outputToken == null ? List.of() : outputToken;
        resultKey = resultKey == null ? List.of() : resultKey;
        nonAggregateKeys = nonAggregateKeys == null ? List.of() : nonAggregateKeys;
    }
}
