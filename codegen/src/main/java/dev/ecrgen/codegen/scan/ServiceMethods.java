package dev.ecrgen.codegen.scan;

import dev.ecrgen.codegen.c2j.Waiter;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.policy.IamPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Java method names of one service's clients and what operation each calls, as {@link Names} spells them for the
 * generated client and the AWS SDK for Java v2 spells them for its own: {@code describeImages} and
 * {@code describeImagesPaginator} call {@code DescribeImages}; the waiter's {@code waitUntilImageScanComplete} calls the
 * waiter's operation, {@code DescribeImageScanFindings}. Overloads share a name, so all of them count.
 *
 * @param prefix the IAM action prefix, e.g. {@code ecr}
 * @param serviceBase the class-name stem, e.g. {@code Ecr}
 * @param source the model's file or resource, for messages
 */
record ServiceMethods(String prefix, String serviceBase, String serviceId, String source,
        Map<String, String> clientMethods, Map<String, String> waiterMethods, Map<String, String> paginatorClasses) {

    static ServiceMethods of(ModelBundle bundle) {
        String serviceId = bundle.service().metadata() == null ? null : bundle.service().metadata().serviceId();
        if (serviceId == null || serviceId.isBlank()) {
            throw new ScanException(bundle.source() + ": the model's metadata has no serviceId, so the client's class "
                    + "names are unknown");
        }
        String prefix;
        try {
            prefix = IamPolicy.actionPrefix(bundle.service().metadata());
        } catch (IllegalArgumentException e) {
            throw new ScanException(bundle.source() + ": " + e.getMessage());
        }
        Names names = new Names(serviceId, Names.defaultBasePackage(serviceId));
        Map<String, String> clientMethods = new HashMap<>();
        Map<String, String> paginatorClasses = new HashMap<>();
        TreeSet<String> operations = new TreeSet<>(bundle.service().operations().keySet());
        for (String operation : operations) {
            clientMethods.put(names.operationMethod(operation), operation);
        }
        for (String operation : operations) {
            clientMethods.putIfAbsent(names.paginatorMethod(operation), operation);
            paginatorClasses.put(names.paginatorClass(operation).simpleName(), operation);
            paginatorClasses.put(names.paginatorPublisherClass(operation).simpleName(), operation);
        }
        Map<String, String> waiterMethods = new HashMap<>();
        for (Map.Entry<String, Waiter> waiter : bundle.waiters().waiters().entrySet()) {
            if (waiter.getValue().operation() != null) {
                waiterMethods.put(names.waiterMethod(waiter.getKey()), waiter.getValue().operation());
            }
        }
        return new ServiceMethods(prefix, names.serviceBase(), serviceId, bundle.source(), Map.copyOf(clientMethods),
                Map.copyOf(waiterMethods), Map.copyOf(paginatorClasses));
    }

    /** The action for an operation: {@code ecr:DescribeImages}. */
    String action(String operation) {
        return prefix + ":" + operation;
    }
}
