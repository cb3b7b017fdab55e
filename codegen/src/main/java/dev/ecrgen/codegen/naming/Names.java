package dev.ecrgen.codegen.naming;

import com.palantir.javapoet.ClassName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one place that turns model names into Java names. Class names come from shape names; methods from member and
 * operation names; the client, exception and base-class names from the model's {@code serviceId}, all as the AWS SDK
 * for Java v2 spells them so that code written against it compiles against ours after an import change.
 */
public final class Names {
    /** Appended to a member name that would clash with a keyword or a method every model class has. */
    public static final String CLASH_SUFFIX = "Value";

    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
            "wait", "clone", "finalize", "serializableBuilderClass", "sdkFields", "copy", "applyMutation");

    private static final Set<String> RESERVED_EXCEPTION_MEMBER_NAMES = Set.of(
            "message", "getMessage", "statusCode", "requestId", "awsErrorDetails", "cause", "getCause",
            "getLocalizedMessage", "getStackTrace", "fillInStackTrace", "printStackTrace", "getSuppressed",
            "addSuppressed", "initCause", "setStackTrace", "numAttempts", "isThrottlingException",
            "isClockSkewException", "retryable", "extendedRequestId");

    /** java.lang names a generated class may shadow; files in a package that has one qualify these. */
    private static final Set<String> JAVA_LANG = Set.of(
            "Boolean", "Byte", "Character", "Class", "Deprecated", "Double", "Enum", "Error", "Exception", "Float",
            "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
            "Runnable", "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder", "SuppressWarnings",
            "System", "Thread", "Throwable", "Void");

    private final String basePackage;
    private final String serviceBase;

    public Names(String serviceId, String basePackage) {
        this.serviceBase = serviceName(serviceId);
        this.basePackage = basePackage;
    }

    /**
     * The service's class-name stem: {@code ECR} to {@code Ecr}, {@code Secrets Manager} to {@code SecretsManager},
     * {@code CloudWatch Logs} to {@code CloudWatchLogs}. Leading {@code Amazon}/{@code AWS} and a trailing
     * {@code Service} are dropped, as the AWS SDK does.
     */
    public static String serviceName(String serviceId) {
        String name = Words.pascalCase(serviceId);
        for (String prefix : List.of("Amazon", "Aws")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length());
            }
        }
        if (name.endsWith("Service") && name.length() > "Service".length()) {
            name = name.substring(0, name.length() - "Service".length());
        }
        return Words.identifier(name, "Service");
    }

    /** The default base package for a service: {@code dev.ecrgen.services.<lower-case service name>}. */
    public static String defaultBasePackage(String serviceId) {
        return "dev.ecrgen.services." + serviceName(serviceId).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is a valid dotted Java package name. */
    public static boolean isValidPackage(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                return false;
            }
        }
        return true;
    }

    public String serviceBase() {
        return serviceBase;
    }

    public String basePackage() {
        return basePackage;
    }

    public String modelPackage() {
        return basePackage + ".model";
    }

    public String internalPackage() {
        return basePackage + ".internal";
    }

    public String paginatorsPackage() {
        return basePackage + ".paginators";
    }

    public String waitersPackage() {
        return basePackage + ".waiters";
    }

    public ClassName client() {
        return ClassName.get(basePackage, serviceBase + "Client");
    }

    public ClassName clientBuilder() {
        return ClassName.get(basePackage, serviceBase + "ClientBuilder");
    }

    public ClassName defaultClient() {
        return ClassName.get(basePackage, "Default" + serviceBase + "Client");
    }

    public ClassName serviceException() {
        return ClassName.get(modelPackage(), serviceBase + "Exception");
    }

    public ClassName requestBase() {
        return ClassName.get(modelPackage(), serviceBase + "Request");
    }

    public ClassName responseBase() {
        return ClassName.get(modelPackage(), serviceBase + "Response");
    }

    public ClassName errorFactory() {
        return ClassName.get(internalPackage(), serviceBase + "ErrorFactory");
    }

    /** The class for a structure, enum or exception shape, in the model package. */
    public ClassName shapeClass(String shapeName) {
        return ClassName.get(modelPackage(), Words.identifier(Words.capitalize(shapeName), "Shape"));
    }

    public ClassName requestClass(String operation) {
        return ClassName.get(modelPackage(), Words.capitalize(operation) + "Request");
    }

    public ClassName responseClass(String operation) {
        return ClassName.get(modelPackage(), Words.capitalize(operation) + "Response");
    }

    /** The internal class that reads and writes the JSON form of {@code modelClass}. */
    public ClassName codecClass(ClassName modelClass) {
        return ClassName.get(internalPackage(), modelClass.simpleName() + "Codec");
    }

    /** {@code BatchCheckLayerAvailability} to {@code batchCheckLayerAvailability}. */
    public String operationMethod(String operation) {
        return safeMethod(Words.uncapitalize(Words.identifier(operation, "op")), Set.of());
    }

    /** The constant that describes an operation to the runtime: {@code ListImages} to {@code LIST_IMAGES}. */
    public String operationConstant(String operation) {
        return Words.humpsToSnake(operation);
    }

    /** {@code DescribeImages} to {@code describeImagesPaginator}. */
    public String paginatorMethod(String operation) {
        return operationMethod(operation) + "Paginator";
    }

    /** {@code DescribeImages} to {@code DescribeImagesIterable}. */
    public ClassName paginatorClass(String operation) {
        return ClassName.get(paginatorsPackage(), Words.capitalize(operation) + "Iterable");
    }

    /** The waiter interface for the service: {@code EcrWaiter}. */
    public ClassName waiterClass() {
        return ClassName.get(waitersPackage(), serviceBase + "Waiter");
    }

    /** {@code ImageScanComplete} to {@code waitUntilImageScanComplete}. */
    public String waiterMethod(String waiterName) {
        return "waitUntil" + Words.capitalize(Words.identifier(waiterName, "W"));
    }

    /**
     * Java names for the members of a structure, in model order: unique within the structure and never a keyword or a
     * name the generated class already uses.
     */
    public Map<String, String> memberNames(Iterable<String> members, boolean exception) {
        return memberNames(members, exception, false);
    }

    /** Like {@link #memberNames(Iterable, boolean)}; a union's members also avoid {@code type()}, which unions have. */
    public Map<String, String> memberNames(Iterable<String> members, boolean exception, boolean union) {
        Set<String> reserved = exception ? RESERVED_EXCEPTION_MEMBER_NAMES : union ? Set.of("type") : Set.of();
        Map<String, String> names = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String member : members) {
            String base = Words.uncapitalize(Words.identifier(member, "member"));
            if (exception && (base.equals("message"))) {
                names.put(member, "message");
                continue;
            }
            String name = safeMethod(base, reserved);
            String candidate = name;
            for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                candidate = name + (i == 2 ? CLASH_SUFFIX : CLASH_SUFFIX + i);
            }
            names.put(member, candidate);
        }
        return names;
    }

    /** The constant for one enum value: {@code sha256} to {@code SHA256}, {@code x-y} to {@code X_Y}, {@code 1a} to {@code VALUE_1_A}. */
    public String enumConstant(String value) {
        String name = Words.screamingSnake(value);
        if (name.isEmpty()) {
            return "EMPTY";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "VALUE_" + name;
        }
        return name;
    }

    /** Unique constants for the given enum values, in order; later duplicates get a numeric suffix. */
    public Map<String, String> enumConstants(List<String> values) {
        Map<String, String> constants = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        taken.add("UNKNOWN_TO_SDK_VERSION");
        for (String value : values) {
            String base = enumConstant(value);
            String candidate = base;
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = base + "_" + i;
            }
            constants.put(value, candidate);
        }
        return constants;
    }

    /** The java.lang simple names that classes in the model package shadow, so files there must qualify them. */
    public static boolean shadowsJavaLang(String simpleName) {
        return JAVA_LANG.contains(simpleName);
    }

    /** Name used in {@code toString()} output for a member: the model name with its first letter upper-cased. */
    public String displayName(String member) {
        return Words.capitalize(member);
    }

    /** Capitalized form used to build {@code hasXxx} and similar names. */
    public String capitalized(String javaName) {
        return Words.capitalize(javaName);
    }

    private static String safeMethod(String name, Set<String> extraReserved) {
        if (SourceVersion.isKeyword(name) || RESERVED_MEMBER_NAMES.contains(name) || extraReserved.contains(name)) {
            return name + CLASH_SUFFIX;
        }
        return name;
    }

    // Paginators, waiters and the async client.

    /** Methods every paginator class has, from {@code Iterable}, {@code Flow.Publisher} and {@code Object}. */
    private static final Set<String> PAGINATOR_METHODS = Set.of(
            "iterator", "forEach", "spliterator", "stream", "subscribe", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    /** {@code DescribeImages} to {@code DescribeImagesPublisher}. */
    public ClassName paginatorPublisherClass(String operation) {
        return ClassName.get(paginatorsPackage(), Words.capitalize(operation) + "Publisher");
    }

    /**
     * The item view of a paginator for a result key, named after its last segment as the AWS SDK does:
     * {@code imageScanFindings.findings} to {@code findings}; a name a paginator class already has gets {@code Items}.
     */
    public String paginatorItemMethod(String resultKey) {
        String last = resultKey.substring(resultKey.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            last = last.substring(0, bracket);
        }
        String name = Words.uncapitalize(Words.identifier(last, "items"));
        if (SourceVersion.isKeyword(name) || PAGINATOR_METHODS.contains(name)) {
            return name + "Items";
        }
        return name;
    }

    /** The waiter implementation: {@code DefaultEcrWaiter}. */
    public ClassName defaultWaiterClass() {
        return ClassName.get(waitersPackage(), "Default" + serviceBase + "Waiter");
    }

    /** The async waiter interface: {@code EcrAsyncWaiter}. */
    public ClassName asyncWaiterClass() {
        return ClassName.get(waitersPackage(), serviceBase + "AsyncWaiter");
    }

    /** The async waiter implementation: {@code DefaultEcrAsyncWaiter}. */
    public ClassName defaultAsyncWaiterClass() {
        return ClassName.get(waitersPackage(), "Default" + serviceBase + "AsyncWaiter");
    }

    /** The constant that holds a waiter's definition: {@code ImageScanComplete} to {@code IMAGE_SCAN_COMPLETE}. */
    public String waiterConstant(String waiterName) {
        String name = Words.screamingSnake(waiterName);
        return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "WAITER_" + name : name;
    }

    // Endpoints.

    public String endpointsPackage() {
        return basePackage + ".endpoints";
    }

    /** The parameters of the endpoint rule set: {@code EcrEndpointParams}. */
    public ClassName endpointParams() {
        return ClassName.get(endpointsPackage(), serviceBase + "EndpointParams");
    }

    /** The endpoint provider interface: {@code EcrEndpointProvider}. */
    public ClassName endpointProvider() {
        return ClassName.get(endpointsPackage(), serviceBase + "EndpointProvider");
    }

    /** The provider compiled from the rule set: {@code DefaultEcrEndpointProvider}. */
    public ClassName defaultEndpointProvider() {
        return ClassName.get(endpointsPackage() + ".internal", "Default" + serviceBase + "EndpointProvider");
    }

    /** The client's glue between its settings, requests and the endpoint provider: {@code EcrEndpointResolver}. */
    public ClassName endpointResolver() {
        return ClassName.get(internalPackage(), serviceBase + "EndpointResolver");
    }

    /**
     * The accessor and builder method of a rule-set parameter, with acronyms flattened as the AWS SDK does:
     * {@code UseFIPS} to {@code useFips}, {@code ResourceARN} to {@code resourceArn}, {@code Endpoint} to
     * {@code endpoint}.
     */
    public String endpointParamMethod(String parameter) {
        String name = Words.uncapitalize(Words.identifier(Words.pascalCase(parameter), "Param"));
        return safeMethod(name, Set.of("regionId", "builder", "toBuilder"));
    }

    /**
     * Java local names for the values a rule set names (its parameters and assigned names): lower camel case, unique,
     * never a keyword and never {@code params}, the name the compiled rules read the parameters from.
     */
    public static Map<String, String> ruleVariables(Iterable<String> names) {
        Map<String, String> variables = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>(Set.of("params"));
        for (String name : names) {
            String base = Words.uncapitalize(Words.identifier(Words.pascalCase(name), "value"));
            if (SourceVersion.isKeyword(base)) {
                base = base + CLASH_SUFFIX;
            }
            String candidate = base;
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = base + i;
            }
            variables.put(name, candidate);
        }
        return variables;
    }

    /** The async client interface: {@code EcrAsyncClient}. */
    public ClassName asyncClient() {
        return ClassName.get(basePackage, serviceBase + "AsyncClient");
    }

    /** The async client builder: {@code EcrAsyncClientBuilder}. */
    public ClassName asyncClientBuilder() {
        return ClassName.get(basePackage, serviceBase + "AsyncClientBuilder");
    }

    /** The async client implementation: {@code DefaultEcrAsyncClient}. */
    public ClassName defaultAsyncClient() {
        return ClassName.get(basePackage, "Default" + serviceBase + "AsyncClient");
    }
}
