package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One waiter: the operation it polls, how often, and the acceptors that end or continue the wait. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Waiter(String operation, Integer delay, Integer maxAttempts, String description, List<Acceptor> acceptors) {

    public Waiter {
        acceptors = acceptors == null ? List.of() : acceptors;
    }

    /** One acceptor. {@code expected} may be a string, number or boolean, so it stays a JSON node. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Acceptor(String matcher, String argument, String state, JsonNode expected) {}
}
