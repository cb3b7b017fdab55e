package dev.ecrgen.codegen.scan;

import com.palantir.javapoet.ClassName;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every client class the scan recognises, by JVM internal name ({@code dev/ecrgen/services/ecr/EcrClient}). For each
 * model: the client ecrgen generates, in {@code dev.ecrgen.services.<service>} and in each package the user generated
 * into (sync and async interfaces, their default implementations, waiters and paginators, named by {@link Names}), and
 * the official AWS SDK for Java v2 client in {@code software.amazon.awssdk.services.<service>}, whose classes have the
 * same names. The classes of the clients themselves call their own methods (overloads delegate, waiters poll), so they
 * are {@link #isClientCode client code} and their calls do not count.
 */
public final class ClientCatalog {
    /** Where the AWS SDK for Java v2 puts a service's client: {@code software.amazon.awssdk.services.ecr}. */
    static final String SDK_PACKAGE = "software.amazon.awssdk.services.";

    private static final List<String> GENERATED_SUBPACKAGES = List.of(
            "model", "internal", "paginators", "waiters", "endpoints");

    private final Map<String, ClientType> types;
    private final Set<String> clientClasses;
    private final List<String> clientPackages;
    private final Set<String> methodNames;
    private final List<ServiceMethods> services;

    private ClientCatalog(Map<String, ClientType> types, Set<String> clientClasses, List<String> clientPackages,
            Set<String> methodNames, List<ServiceMethods> services) {
        this.types = types;
        this.clientClasses = clientClasses;
        this.clientPackages = clientPackages;
        this.methodNames = methodNames;
        this.services = services;
    }

    /**
     * The catalog for {@code models}, with generated clients looked for in their default package and in each of
     * {@code packages}.
     *
     * @throws ScanException when a model has no {@code serviceId} or no action prefix
     * @throws IllegalArgumentException when a package is not a valid Java package name
     */
    public static ClientCatalog of(List<ModelBundle> models, List<String> packages) {
        for (String name : packages) {
            if (!Names.isValidPackage(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a valid Java package name");
            }
        }
        Map<String, ClientType> types = new HashMap<>();
        Set<String> clientClasses = new HashSet<>();
        Set<String> clientPackages = new LinkedHashSet<>();
        Set<String> methodNames = new HashSet<>();
        List<ServiceMethods> services = new ArrayList<>();
        for (ModelBundle model : models) {
            ServiceMethods service = ServiceMethods.of(model);
            services.add(service);
            methodNames.addAll(service.clientMethods().keySet());
            methodNames.addAll(service.waiterMethods().keySet());
            Set<String> generated = new LinkedHashSet<>();
            generated.add(Names.defaultBasePackage(service.serviceId()));
            generated.addAll(packages);
            for (String base : generated) {
                Names names = new Names(service.serviceId(), base);
                addTypes(types, service, names);
                for (ClassName own : List.of(names.client(), names.clientBuilder(), names.defaultClient(),
                        names.asyncClient(), names.asyncClientBuilder(), names.defaultAsyncClient(),
                        names.serviceClientConfiguration())) {
                    clientClasses.add(internalName(own.canonicalName()));
                }
                for (String subpackage : GENERATED_SUBPACKAGES) {
                    clientPackages.add(internalName(base + "." + subpackage) + "/");
                }
            }
            String sdk = SDK_PACKAGE + service.serviceBase().toLowerCase(Locale.ROOT);
            addTypes(types, service, new Names(service.serviceId(), sdk));
            clientPackages.add(internalName(sdk) + "/");
        }
        return new ClientCatalog(Map.copyOf(types), Set.copyOf(clientClasses), List.copyOf(clientPackages),
                Set.copyOf(methodNames), List.copyOf(services));
    }

    private static void addTypes(Map<String, ClientType> types, ServiceMethods service, Names names) {
        for (ClassName client : List.of(names.client(), names.defaultClient(), names.asyncClient(),
                names.defaultAsyncClient())) {
            put(types, new ClientType(service, ClientType.Kind.CLIENT, client.canonicalName()));
        }
        for (ClassName waiter : List.of(names.waiterClass(), names.defaultWaiterClass(), names.asyncWaiterClass(),
                names.defaultAsyncWaiterClass())) {
            put(types, new ClientType(service, ClientType.Kind.WAITER, waiter.canonicalName()));
        }
        for (String paginator : service.paginatorClasses().keySet()) {
            put(types, new ClientType(service, ClientType.Kind.PAGINATOR, names.paginatorsPackage() + "." + paginator));
        }
    }

    private static void put(Map<String, ClientType> types, ClientType type) {
        types.putIfAbsent(internalName(type.binaryName()), type);
    }

    static String internalName(String binaryName) {
        return binaryName.replace('.', '/');
    }

    /** The client class of this internal name, or null. */
    ClientType type(String internalName) {
        return types.get(internalName);
    }

    /** Whether some client has a method of this name that sends a request; a cheap first filter for calls. */
    boolean isClientMethod(String name) {
        return methodNames.contains(name);
    }

    /**
     * Whether the class (internal name) belongs to a client itself: the official SDK's service packages, and the
     * generated client's classes and subpackages. Calls made there are the client's own, not the application's.
     */
    boolean isClientCode(String internalName) {
        int dollar = internalName.indexOf('$');
        String topLevel = dollar < 0 ? internalName : internalName.substring(0, dollar);
        if (clientClasses.contains(topLevel)) {
            return true;
        }
        for (String prefix : clientPackages) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The services, in the order of the models. */
    List<ServiceMethods> services() {
        return services;
    }
}
