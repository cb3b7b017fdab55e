package dev.ecrgen.services.ecr.config;

/**
 * What one client did in one case: the wire summary and the outcome, both in the form of the expected table.
 *
 * @param wire what reached the server and the proxy, {@link WireLog#summary()}
 * @param outcome how the build and the call ended, {@link ChildOutcome#summary()}
 */
record Observation(String wire, String outcome) {
    @Override
    public String toString() {
        return "wire: " + wire + " | outcome: " + outcome;
    }
}
