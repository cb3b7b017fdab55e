package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.services.ecr.testing.LoopbackServer;
import java.util.List;

/**
 * What one client did for one call: the response it returned or what it threw, the host it addressed and the
 * requests the loopback server received meanwhile.
 */
record Outcome(Object response, Throwable failure, String authority, List<LoopbackServer.Recorded> sent) {
    /** The one request sent, or null when there was not exactly one. */
    LoopbackServer.Recorded request() {
        return sent.size() == 1 ? sent.get(0) : null;
    }

    /** A short description of a failure, for reports. */
    String failureText() {
        return failure == null ? "no failure" : failure.getClass().getName() + ": " + failure.getMessage();
    }
}
