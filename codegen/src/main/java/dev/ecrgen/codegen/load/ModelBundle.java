package dev.ecrgen.codegen.load;

import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.rules.RuleSet;

/**
 * A service model with its optional paginators, waiters and endpoint rule set, as read from disk or the classpath.
 * Without a rule set the client sends requests to {@code https://<endpointPrefix>.<region>.<partition DNS suffix>}.
 */
public record ModelBundle(ServiceModel service, Paginators paginators, Waiters waiters, RuleSet endpointRules,
        String source) {

    public ModelBundle {
        paginators = paginators == null ? Paginators.none() : paginators;
        waiters = waiters == null ? Waiters.none() : waiters;
    }

    /** A bundle without an endpoint rule set. */
    public ModelBundle(ServiceModel service, Paginators paginators, Waiters waiters, String source) {
        this(service, paginators, waiters, null, source);
    }

    /** The same bundle with another service model. */
    public ModelBundle withService(ServiceModel replacement) {
        return new ModelBundle(replacement, paginators, waiters, endpointRules, source);
    }
}
