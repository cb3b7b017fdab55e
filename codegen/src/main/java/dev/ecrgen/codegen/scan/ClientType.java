package dev.ecrgen.codegen.scan;

import java.util.Set;

/**
 * A class of a service's client whose calls send requests: a client interface or implementation, a waiter, or a
 * paginator class (whose constructor pages through an operation).
 *
 * @param binaryName e.g. {@code dev.ecrgen.services.ecr.EcrClient}
 */
record ClientType(ServiceMethods service, Kind kind, String binaryName) {
    /** Methods of a client that send no request. */
    private static final Set<String> CLIENT_UTILITIES = Set.of(
            "serviceName", "close", "waiter", "utilities", "serviceClientConfiguration", "batchManager",
            "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait");

    enum Kind {
        CLIENT, WAITER, PAGINATOR
    }

    /** The simple name, e.g. {@code EcrClient}. */
    String simpleName() {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1);
    }

    /** The operation that calling {@code method} sends, or null when the method sends none the model knows. */
    String operation(String method) {
        return switch (kind) {
            case CLIENT -> service.clientMethods().get(method);
            case WAITER -> service.waiterMethods().get(method);
            case PAGINATOR -> method.equals("<init>") ? service.paginatorClasses().get(simpleName()) : null;
        };
    }

    /**
     * Whether a method that {@link #operation} does not know still looks like one that sends a request, so that the
     * scan warns instead of leaving it out silently (the client may be newer than the model).
     */
    boolean looksLikeOperation(String method) {
        return switch (kind) {
            case CLIENT -> !method.startsWith("<") && !CLIENT_UTILITIES.contains(method);
            case WAITER -> method.startsWith("waitUntil");
            case PAGINATOR -> false;
        };
    }
}
