package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.services.ecr.testing.LoopbackServer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Random;

/**
 * Everything the comparisons share: the model, one loopback server, both clients and the reflective builder and
 * reader. One per test class; calls are made one at a time.
 */
final class Harness implements AutoCloseable {
    /** Both clients' request classes and operation methods for one operation. */
    record Binding(C2jModel.Operation operation, Class<?> referenceRequest, Method referenceMethod,
            Class<?> ourRequest, Method ourMethod) {}

    final DiffSettings settings;
    final C2jModel model;
    final LoopbackServer server;
    final ClientSide reference;
    final ClientSide ours;
    final ObjectBuilder objects;
    final AccessorReader reader;
    final JsonBodies bodies;
    final String signingName;

    Harness(DiffSettings settings) throws IOException {
        this.settings = settings;
        this.model = C2jModel.load(settings.modelResource());
        String serviceId = model.metadata("serviceId");
        String clientName = settings.clientName(serviceId);
        this.server = new LoopbackServer();
        this.reference = ClientSide.reference(settings.referencePackage(), clientName, server);
        this.ours = ClientSide.ours(settings.ourPackage(), clientName, server);
        this.objects = new ObjectBuilder(model);
        this.reader = new AccessorReader(model);
        this.bodies = new JsonBodies(model);
        String signing = model.metadata("signingName");
        this.signingName = signing != null ? signing : model.metadata("endpointPrefix");
    }

    /** Finds the operation in both clients; fails saying which client lacks what. */
    Binding bind(C2jModel.Operation operation) {
        String requestName = operation.name() + "Request";
        Class<?> referenceRequest = require(reference.modelClass(requestName), reference, requestName);
        Class<?> ourRequest = require(ours.modelClass(requestName), ours, requestName);
        Method referenceMethod = reference.operation(referenceRequest);
        Method ourMethod = ours.operation(ourRequest);
        if (referenceMethod == null || ourMethod == null) {
            throw new IllegalStateException("operation " + operation.name() + " is not covered: the "
                    + (referenceMethod == null ? reference.label() : ours.label())
                    + " client has no method taking " + requestName);
        }
        return new Binding(operation, referenceRequest, referenceMethod, ourRequest, ourMethod);
    }

    /**
     * A valid request for each client (required members and host labels filled in), for calls made for their
     * response; the same seed gives the same request.
     */
    Object[] requests(Binding binding, long seed) {
        String input = binding.operation().input();
        Map<String, Object> value = new ValueGenerator(model, new Random(seed), ValueGenerator.Purpose.REQUEST)
                .structure(input);
        return new Object[] {
            objects.build(binding.referenceRequest(), input, value),
            objects.build(binding.ourRequest(), input, value)
        };
    }

    private static Class<?> require(Class<?> type, ClientSide side, String name) {
        if (type == null) {
            throw new IllegalStateException("the " + side.label() + " client has no model class " + name);
        }
        return type;
    }

    @Override
    public void close() {
        try {
            reference.close();
        } finally {
            try {
                ours.close();
            } finally {
                server.close();
            }
        }
    }
}
