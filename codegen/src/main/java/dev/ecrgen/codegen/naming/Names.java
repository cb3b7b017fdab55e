package dev.ecrgen.codegen.naming;

import com.palantir.javapoet.ClassName;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Shape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one place that turns model names into Java names. Class names come from shape names; methods from member and
 * operation names; the client, exception and base-class names from the model's {@code serviceId}, all as the AWS SDK
 * for Java v2 spells them so that code written against it compiles against ours after an import change:
 * <ul>
 *   <li>structures and enums keep their shape name, first letter upper-cased ({@code KMSKey} stays {@code KMSKey});
 *   <li>exceptions are re-cased word by word and end in {@code Exception}: {@code InternalServerError} to
 *       {@code InternalServerErrorException}, {@code KMSInternalException} to {@code KmsInternalException}, a
 *       {@code Fault} suffix becomes {@code Exception};
 *   <li>requests and responses are the operation name re-cased word by word plus {@code Request} or {@code Response};
 *   <li>members keep their name with a leading acronym lower-cased ({@code DBInstanceId} to {@code dbInstanceId});
 *       a Java keyword or a method every class of that kind has gets {@code Value} appended;
 *   <li>a class that would take the name of another class of the model package gets {@code Default} in front, as the
 *       AWS SDK does for an exception named like the service's base exception ({@code EcrException} to
 *       {@code DefaultEcrException}).
 * </ul>
 */
public final class Names {
    /** Appended to a member name that would clash with a keyword or a method every model class has. */
    public static final String CLASH_SUFFIX = "Value";

    /** Put in front of a class name that another class of the model package already has, as the AWS SDK does. */
    public static final String COLLISION_PREFIX = "Default";

    /**
     * Methods of {@code Object} and of every model class, which a member may not take: the AWS SDK's list, and
     * {@code applyMutation}, which the AWS SDK leaves free although a structure member of that name could not compile
     * beside the builder's {@code applyMutation(Consumer)}.
     */
    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait",
            "builder", "sdkFields", "toBuilder", "applyMutation");

    /** What structure members may not take besides {@link #RESERVED_MEMBER_NAMES}: request and response methods. */
    private static final Set<String> RESERVED_STRUCTURE_MEMBER_NAMES = Set.of("overrideConfiguration",
            "sdkHttpResponse");

    /**
     * What exception members may not take besides {@link #RESERVED_MEMBER_NAMES}: the AWS SDK's list of
     * {@code Throwable} and service-exception methods, and the few more our exceptions also have.
     */
    private static final Set<String> RESERVED_EXCEPTION_MEMBER_NAMES = Set.of(
            "awsErrorDetails", "cause", "fillInStackTrace", "getCause", "getLocalizedMessage", "getMessage",
            "getStackTrace", "getSuppressed", "isClockSkewException", "isThrottlingException", "printStackTrace",
            "requestId", "retryable", "serializableBuilderClass", "statusCode",
            "message", "numAttempts", "addSuppressed", "initCause", "setStackTrace", "extendedRequestId");

    /** The methods without arguments that clients (sync and async) have besides their operations. */
    private static final Set<String> CLIENT_METHODS_WITHOUT_ARGUMENTS = Set.of("builder", "close", "create",
            "serviceClientConfiguration", "serviceMetadata", "serviceName", "waiter");

    /** java.lang names a generated class may shadow; files in a package that has one qualify these. */
    private static final Set<String> JAVA_LANG = Set.of(
            "Boolean", "Byte", "Character", "Class", "Deprecated", "Double", "Enum", "Error", "Exception", "Float",
            "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
            "Runnable", "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder", "SuppressWarnings",
            "System", "Thread", "Throwable", "Void");

    private final String basePackage;
    private final String serviceBase;
    /** Simple class names of the model's structure, enum and exception shapes; empty without a model. */
    private final Map<String, String> shapeClasses;
    /** The model's structures whose members the AWS SDK renames, by identity, to member to property name. */
    private final Map<Shape, Map<String, String>> renamedMembers;
    /** The model's structures, by identity, to the members that have methods besides their accessor, and which. */
    private final Map<Shape, Map<String, MemberForm>> memberForms;

    /**
     * What methods a member has besides its accessor and setter: a collection has {@code hasXxx()}, an enum
     * {@code xxxAsString()}, a list or map of enums {@code hasXxx()}, {@code xxxAsStrings()} and
     * {@code xxxWithStrings(...)}.
     */
    private enum MemberForm {
        COLLECTION, ENUM, ENUM_COLLECTION;

        List<String> methods(String javaName) {
            String has = "has" + Words.capitalize(javaName);
            return switch (this) {
                case COLLECTION -> List.of(has);
                case ENUM -> List.of(javaName + "AsString");
                case ENUM_COLLECTION -> List.of(has, javaName + "AsStrings", javaName + "WithStrings");
            };
        }
    }

    /**
     * Names for a service without looking at its model: shape classes are named by {@link #plainShapeClass} alone.
     * Generation uses {@link #of(ServiceModel, String)}, which also knows exceptions and collisions.
     */
    public Names(String serviceId, String basePackage) {
        this(serviceId, basePackage, Map.of(), Map.of(), Map.of());
    }

    private Names(String serviceId, String basePackage, Map<String, String> shapeClasses,
            Map<Shape, Map<String, String>> renamedMembers, Map<Shape, Map<String, MemberForm>> memberForms) {
        this.serviceBase = serviceName(serviceId);
        this.basePackage = basePackage;
        this.shapeClasses = shapeClasses;
        this.renamedMembers = renamedMembers;
        this.memberForms = memberForms;
    }

    /**
     * Names for a model: every shape's class is decided here, once, for the whole model (not only the operations
     * generated), so a class keeps its name whichever operations are chosen.
     */
    public static Names of(ServiceModel model, String basePackage) {
        String serviceId = model.metadata().serviceId();
        Map<Shape, Map<String, String>> renamed = new IdentityHashMap<>();
        Map<Shape, Map<String, MemberForm>> forms = new IdentityHashMap<>();
        model.shapes().forEach((name, shape) -> {
            Map<String, String> renames = OfficialRenames.of(serviceId, name);
            if (shape != null && !renames.isEmpty()) {
                renamed.put(shape, renames);
            }
            if (shape != null && shape.members() != null) {
                Map<String, MemberForm> memberForms = new HashMap<>();
                shape.members().forEach((member, ref) -> {
                    MemberForm form = ref == null ? null : form(model, model.shapes().get(ref.shape()));
                    if (form != null) {
                        memberForms.put(member, form);
                    }
                });
                if (!memberForms.isEmpty()) {
                    forms.put(shape, memberForms);
                }
            }
        });
        return new Names(serviceId, basePackage, ShapeClasses.decide(model, serviceName(serviceId)), renamed, forms);
    }

    private static MemberForm form(ServiceModel model, Shape shape) {
        if (shape == null || shape.type() == null) {
            return null;
        }
        return switch (shape.type()) {
            case "string" -> isEnum(shape) ? MemberForm.ENUM : null;
            case "list" -> shape.member() != null && isEnum(model.shapes().get(shape.member().shape()))
                    ? MemberForm.ENUM_COLLECTION : MemberForm.COLLECTION;
            case "map" -> (shape.key() != null && isEnum(model.shapes().get(shape.key().shape())))
                    || (shape.value() != null && isEnum(model.shapes().get(shape.value().shape())))
                    ? MemberForm.ENUM_COLLECTION : MemberForm.COLLECTION;
            default -> null;
        };
    }

    private static boolean isEnum(Shape shape) {
        return shape != null && "string".equals(shape.type()) && shape.enumValues() != null
                && !shape.enumValues().isEmpty();
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
        String known = shapeClasses.get(shapeName);
        return ClassName.get(modelPackage(), known != null ? known : plainShapeClass(shapeName));
    }

    /** {@code ListImages} to {@code ListImagesRequest}; {@code GetDBInstance} to {@code GetDbInstanceRequest}. */
    public ClassName requestClass(String operation) {
        return ClassName.get(modelPackage(), operationClass(operation, serviceBase, "Request"));
    }

    /** {@code ListImages} to {@code ListImagesResponse}; {@code GetDBInstance} to {@code GetDbInstanceResponse}. */
    public ClassName responseClass(String operation) {
        return ClassName.get(modelPackage(), operationClass(operation, serviceBase, "Response"));
    }

    /** A structure or enum shape's class before collisions are looked at: the shape name, first letter upper-cased. */
    static String plainShapeClass(String shapeName) {
        return Words.identifier(Words.capitalize(shapeName), "Shape");
    }

    /**
     * An exception shape's class before collisions are looked at: re-cased word by word, a {@code Fault} suffix
     * replaced and an {@code Exception} suffix added when missing ({@code DecryptionFailure} to
     * {@code DecryptionFailureException}, {@code ServiceFault} to {@code ServiceException}).
     */
    static String plainExceptionClass(String shapeName) {
        if (shapeName.endsWith("Fault")) {
            return pascalIdentifier(shapeName.substring(0, shapeName.length() - "Fault".length())) + "Exception";
        }
        if (shapeName.endsWith("Exception")) {
            return pascalIdentifier(shapeName);
        }
        return pascalIdentifier(shapeName) + "Exception";
    }

    private static String pascalIdentifier(String name) {
        return Words.identifier(Words.pascalCase(name), "Shape");
    }

    /** A request or response class; an operation named like the service gets {@link #COLLISION_PREFIX}. */
    static String operationClass(String operation, String serviceBase, String suffix) {
        String name = Words.identifier(Words.pascalCase(operation), "Op") + suffix;
        return operation.equals(serviceBase) ? COLLISION_PREFIX + name : name;
    }

    /** The internal class that reads and writes the JSON form of {@code modelClass}. */
    public ClassName codecClass(ClassName modelClass) {
        return ClassName.get(internalPackage(), modelClass.simpleName() + "Codec");
    }

    /** {@code BatchCheckLayerAvailability} to {@code batchCheckLayerAvailability}. */
    public String operationMethod(String operation) {
        return safeMethod(Words.uncapitalize(Words.identifier(operation, "op")), Set.of());
    }

    /**
     * Whether an operation's method may have a form without arguments (for an operation whose input has no required
     * member): not when the client already has a method of that name without arguments ({@code close()},
     * {@code create()}, {@code serviceName()}, {@code waiter()} and the like), so an operation named {@code Close}
     * has {@code close(CloseRequest)} only.
     */
    public boolean operationHasNoArgumentForm(String operation) {
        return !CLIENT_METHODS_WITHOUT_ARGUMENTS.contains(operationMethod(operation));
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

    /**
     * Java names for the members of a structure of the model, in model order: {@link #memberNames(Iterable, boolean,
     * boolean)} for its members, after the renames the AWS SDK's customizations make for that structure (DynamoDB's
     * {@code AttributeValue.NULL} becomes {@code nul}).
     */
    public Map<String, String> memberNames(Shape structure, boolean exception) {
        Map<String, String> names = memberNames(structure.members().keySet(),
                renamedMembers.getOrDefault(structure, Map.of()), exception, structure.union());
        Map<String, MemberForm> forms = memberForms.getOrDefault(structure, Map.of());
        return forms.isEmpty() ? names : avoidDerivedMethods(names, forms);
    }

    /**
     * Renames a member whose accessor would be another member's {@code hasXxx()}, {@code xxxAsString()} or
     * {@code xxxWithStrings} ({@code HasTags} beside a list {@code Tags}): it gets {@link #CLASH_SUFFIX}, and a
     * number if that is taken too. The member whose methods they are keeps its name.
     */
    private static Map<String, String> avoidDerivedMethods(Map<String, String> names, Map<String, MemberForm> forms) {
        Map<String, String> result = new LinkedHashMap<>(names);
        // a renamed member's own methods change too, so rename until nothing collides
        for (boolean changed = true; changed; ) {
            changed = false;
            Set<String> derived = new HashSet<>();
            forms.forEach((member, form) -> derived.addAll(form.methods(result.get(member))));
            Set<String> taken = new HashSet<>();
            derived.forEach(method -> taken.add(method.toLowerCase(Locale.ROOT)));
            result.values().forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
            for (Map.Entry<String, String> entry : result.entrySet()) {
                String name = entry.getValue();
                if (derived.contains(name)) {
                    String candidate = name + CLASH_SUFFIX;
                    for (int i = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
                        candidate = name + CLASH_SUFFIX + i;
                    }
                    entry.setValue(candidate);
                    changed = true;
                    break;
                }
            }
        }
        return result;
    }

    /**
     * Like {@link #memberNames(Iterable, boolean)}; a union's members also avoid {@code type()}, which unions have.
     * Each name is the AWS SDK's: the member name with its leading acronym lower-cased, {@link #CLASH_SUFFIX} appended
     * to a keyword or a reserved method name. Members whose names then collide (ignoring case) keep the first name; the
     * later ones get {@link #CLASH_SUFFIX} and a number.
     */
    public Map<String, String> memberNames(Iterable<String> members, boolean exception, boolean union) {
        return memberNames(members, Map.of(), exception, union);
    }

    private static Map<String, String> memberNames(Iterable<String> members, Map<String, String> renames,
            boolean exception, boolean union) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String member : members) {
            String base = Words.uncapitalize(Words.identifier(renames.getOrDefault(member, member), "member"));
            if (exception && (base.equals("message"))) {
                names.put(member, "message");
                continue;
            }
            String name = reservedForMember(base, exception, union) ? Words.uncapitalize(base + CLASH_SUFFIX) : base;
            String candidate = name;
            for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                candidate = name + (i == 2 ? CLASH_SUFFIX : CLASH_SUFFIX + i);
            }
            names.put(member, candidate);
        }
        return names;
    }

    /** Whether a member may not take {@code name}: a keyword (in any case) or a method the class already has. */
    private static boolean reservedForMember(String name, boolean exception, boolean union) {
        return SourceVersion.isKeyword(name) || SourceVersion.isKeyword(name.toLowerCase(Locale.ROOT))
                || RESERVED_MEMBER_NAMES.contains(name)
                || (exception ? RESERVED_EXCEPTION_MEMBER_NAMES : RESERVED_STRUCTURE_MEMBER_NAMES).contains(name)
                || (union && name.equals("type"));
    }

    /**
     * The constant for one enum value, its words upper-cased and joined by underscores as the AWS SDK does:
     * {@code sha256} to {@code SHA256}, {@code x-y} to {@code X_Y}, {@code 1a} to {@code VALUE_1_A}.
     */
    public String enumConstant(String value) {
        String name = Words.screamingSnake(value.replace("textORcsv", "TEXT_OR_CSV"));
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
        Set<String> taken = new HashSet<>();
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
        Set<String> taken = new HashSet<>(Set.of("params"));
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

    /** {@code EcrResponseMetadata} in the model package: what every response's {@code responseMetadata()} is. */
    public ClassName responseMetadata() {
        return ClassName.get(modelPackage(), serviceBase + "ResponseMetadata");
    }

    /** {@code EcrServiceClientConfiguration} beside the client: what {@code serviceClientConfiguration()} is. */
    public ClassName serviceClientConfiguration() {
        return ClassName.get(basePackage, serviceBase + "ServiceClientConfiguration");
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
