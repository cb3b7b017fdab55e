package dev.ecrgen.codegen.load;

import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;

/** A service model with its optional paginators and waiters, as read from disk or the classpath. */
public record ModelBundle(ServiceModel service, Paginators paginators, Waiters waiters, String source) {

    public ModelBundle {
        paginators = paginators == null ? Paginators.none() : paginators;
        waiters = waiters == null ? Waiters.none() : waiters;
    }
}
