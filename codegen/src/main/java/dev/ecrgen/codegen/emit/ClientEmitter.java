package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits the client interface ({@code EcrClient}), its builder and its implementation. Every operation is one call
 * into the runtime's {@code SyncInvoker} with the operation's constants and codecs; nothing else happens here.
 */
final class ClientEmitter {
    private static final Pattern HOST_LABEL = Pattern.compile("\\{([^}]+)}");

    private final EmitContext context;
    private final Names names;
    private final Map<String, PaginatorPlan> paginators;
    private final PaginatorEmitter paginatorEmitter;
    private final WaiterEmitter waiters;

    ClientEmitter(EmitContext context) {
        this(context, Map.of(), null);
    }

    /** With paginator methods for the given plans and, when the waiters have any, a {@code waiter()} method. */
    ClientEmitter(EmitContext context, Map<String, PaginatorPlan> paginators, WaiterEmitter waiters) {
        this.context = context;
        this.names = context.names();
        this.paginators = paginators;
        this.paginatorEmitter = new PaginatorEmitter(context);
        this.waiters = waiters;
    }

    JavaFile clientInterface() {
        ClassName client = names.client();
        Metadata metadata = context.index().metadata();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(client)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class);
        Docs.addTypeDoc(type, context.index().bundle().service().documentation(),
                "A client for " + (metadata.serviceFullName() != null ? metadata.serviceFullName() : metadata.serviceId()) + ".");
        addServiceHeader(type, metadata, names.clientBuilder(), client, "a client");
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            addOperation(type, entry.getKey(), entry.getValue());
            PaginatorPlan plan = paginators.get(entry.getKey());
            if (plan != null) {
                type.addMethods(paginatorEmitter.clientMethods(plan, false, hasNoRequiredInput(entry.getValue()),
                        entry.getValue().deprecated()));
            }
        }
        if (waiters != null && waiters.hasWaiters()) {
            type.addMethod(waiters.clientMethod(false));
        }
        type.addMethod(MethodSpec.methodBuilder("serviceMetadata")
                .addJavadoc("The AWS SDK's endpoint metadata of the service ({@code endpointFor(region)}, {@code regions()},"
                        + " ...),\nlooked up by {@link #SERVICE_METADATA_ID}.\n\n@return the service's metadata\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.SERVICE_METADATA)
                .addStatement("return $T.of(SERVICE_METADATA_ID)", RuntimeTypes.SERVICE_METADATA)
                .build());
        addServiceFooter(context, type);
        return context.file(client.packageName(), type);
    }

    private void addOperation(TypeSpec.Builder type, String name, Operation operation) {
        ClassName request = names.requestClass(name);
        ClassName response = names.responseClass(name);
        String method = names.operationMethod(name);
        CodeBlock doc = operationDoc(operation);
        MethodSpec.Builder main = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(response)
                .addParameter(request, "request")
                .addJavadoc(doc)
                .addJavadoc("\n@param request the operation's input\n@return the operation's output\n")
                .addStatement("throw new $T()", UnsupportedOperationException.class);
        addThrows(main, operation);
        deprecate(main, operation);
        type.addMethod(main.build());

        MethodSpec.Builder consumer = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(response)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), request.nestedClass("Builder")), "request")
                .addJavadoc(doc)
                .addJavadoc("\n<p>Like {@link #$L($T)}, with the request filled in by a builder.\n", method, request)
                .addJavadoc("\n@param request fills in a new request builder\n@return the operation's output\n")
                .addStatement("return $N($T.apply($T.builder(), request).build())", method, RuntimeTypes.BUILDERS,
                        request);
        deprecate(consumer, operation);
        type.addMethod(consumer.build());

        if (hasNoRequiredInput(operation) && names.operationHasNoArgumentForm(name)) {
            MethodSpec.Builder none = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(response)
                    .addJavadoc(doc)
                    .addJavadoc("\n<p>Like {@link #$L($T)}, with an empty request.\n", method, request)
                    .addJavadoc("\n@return the operation's output\n")
                    .addStatement("return $N($T.builder().build())", method, request);
            deprecate(none, operation);
            type.addMethod(none.build());
        }
    }

    /**
     * What every client interface starts with: the {@code SERVICE_NAME} and {@code SERVICE_METADATA_ID} constants and
     * the static {@code builder()} and {@code create()} factories.
     *
     * @param aClient how the docs name the client, with its article: "a client", "an async client"
     */
    static void addServiceHeader(TypeSpec.Builder type, Metadata metadata, ClassName builder, ClassName client,
            String aClient) {
        type.addField(FieldSpec.builder(String.class, "SERVICE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The name the service signs requests with.\n")
                .initializer("$S", signingName(metadata))
                .build());
        type.addField(FieldSpec.builder(String.class, "SERVICE_METADATA_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The prefix of the service's endpoints.\n")
                .initializer("$S", metadata.endpointPrefix())
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder for $L.\n\n@return a new builder\n", aClient)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("$L$L with the default region, credentials and settings.\n\n@return a new client\n",
                        Character.toUpperCase(aClient.charAt(0)), aClient.substring(1))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(client)
                .addStatement("return builder().build()")
                .build());
    }

    /** What every client interface ends with: {@code serviceClientConfiguration()}, {@code serviceName()} and {@code close()}. */
    static void addServiceFooter(EmitContext context, TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("serviceClientConfiguration")
                .addJavadoc("What the client was built with: region, credentials provider, endpoint override, endpoint"
                        + " provider and call limits.\n\n@return a new description of the client's configuration\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(context.names().serviceClientConfiguration())
                .addStatement("throw new $T()", UnsupportedOperationException.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("serviceName")
                .addJavadoc("The name the service signs requests with.\n\n@return the signing name\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(String.class)
                .addStatement("return SERVICE_NAME")
                .build());
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Releases the client's connections; the client cannot be used afterwards.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build());
    }

    JavaFile clientBuilder() {
        ClassName builder = names.clientBuilder();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures and builds an {@link $T}.\n", names.client())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.SYNC_CLIENT_BUILDER, builder, names.client()))
                .addMethod(MethodSpec.constructorBuilder().build());
        addEndpointProvider(context, type, builder);
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Creates the client; region and credentials not set here come from the default chains.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.client())
                .addStatement("return new $T(resolveSettings($T.SERVICE)$L)", names.defaultClient(),
                        names.defaultClient(), endpointProviderArgument(context))
                .build());
        return context.file(builder.packageName(), type);
    }

    /**
     * With an endpoint rule set, a builder keeps an {@code endpointProvider} to give the client, as the AWS SDK's
     * builders do.
     */
    static void addEndpointProvider(EmitContext context, TypeSpec.Builder type, ClassName builder) {
        if (context.index().endpointRules() == null) {
            return;
        }
        ClassName provider = context.names().endpointProvider();
        type.addField(provider, "endpointProvider", Modifier.PRIVATE);
        type.addMethod(MethodSpec.methodBuilder("endpointProvider")
                .addJavadoc("Sets what decides where requests go; without one the service's endpoint rule set does,"
                        + " from the region, the FIPS and dual-stack settings and the endpoint override.\n\n"
                        + "@param endpointProvider the provider, asked on every call, or null for the rule set\n"
                        + "@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(provider, "endpointProvider")
                .addStatement("this.endpointProvider = endpointProvider")
                .addStatement("return this")
                .build());
        if (EndpointResolverEmitter.parameterWithBuiltIn(context.index().endpointRules().ruleSet(),
                EndpointResolverEmitter.ACCOUNT_ID_MODE_BUILT_IN) != null) {
            type.addMethod(MethodSpec.methodBuilder("accountIdEndpointMode")
                    .addJavadoc("Sets whether requests go to endpoints made from the account ID of the credentials;"
                            + " without a mode {@code aws.accountIdEndpointMode},\n"
                            + "{@code AWS_ACCOUNT_ID_ENDPOINT_MODE} and the profile's {@code account_id_endpoint_mode}"
                            + " are read ({@code preferred} when none is set).\n\n"
                            + "@param accountIdEndpointMode the mode, or null for the configured one\n"
                            + "@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(RuntimeTypes.ACCOUNT_ID_ENDPOINT_MODE, "accountIdEndpointMode")
                    .addStatement("return accountIdEndpointModeSetting(accountIdEndpointMode)")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("usesAccountIdEndpointMode")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(boolean.class)
                    .addStatement("return true")
                    .build());
        }
    }

    /** The argument that passes the builder's endpoint provider to the client, when there is a rule set. */
    static CodeBlock endpointProviderArgument(EmitContext context) {
        return context.index().endpointRules() == null ? CodeBlock.of("") : CodeBlock.of(", endpointProvider");
    }

    /**
     * The client constructor: settings (and, with a rule set, the endpoint provider) in, the invoker made with the
     * service's error factory and endpoint resolver.
     */
    static MethodSpec clientConstructor(EmitContext context, ClassName settings, ClassName invoker) {
        Names names = context.names();
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(settings, "settings")
                .addStatement("this.settings = settings");
        if (context.index().endpointRules() == null) {
            return constructor.addStatement("this.invoker = new $T(settings, $T.INSTANCE)", invoker,
                    names.errorFactory()).build();
        }
        return constructor.addParameter(names.endpointProvider(), "endpointProvider")
                .addStatement("this.endpointProvider = endpointProvider")
                .addStatement("this.invoker = new $T(settings, $T.INSTANCE, new $T(settings, endpointProvider))",
                        invoker, names.errorFactory(), names.endpointResolver())
                .build();
    }

    /** The fields the client keeps to describe itself: its settings and, with a rule set, its endpoint provider. */
    static void addConfigurationFields(EmitContext context, TypeSpec.Builder type, ClassName settings) {
        type.addField(settings, "settings", Modifier.PRIVATE, Modifier.FINAL);
        if (context.index().endpointRules() != null) {
            type.addField(context.names().endpointProvider(), "endpointProvider", Modifier.PRIVATE, Modifier.FINAL);
        }
    }

    /** {@code serviceClientConfiguration()} of a client implementation, made anew on each call as in the AWS SDK. */
    static MethodSpec serviceClientConfigurationMethod(EmitContext context) {
        ClassName configuration = context.names().serviceClientConfiguration();
        CodeBlock provider = context.index().endpointRules() == null
                ? CodeBlock.of("null")
                : CodeBlock.of("endpointProvider != null ? endpointProvider : $T.defaultProvider()",
                        context.names().endpointProvider());
        return MethodSpec.methodBuilder("serviceClientConfiguration")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(configuration)
                .addStatement("return settings.describe($T.builder(), $L).build()", configuration, provider)
                .build();
    }

    /** {@code EcrServiceClientConfiguration}: what {@code serviceClientConfiguration()} returns, with a builder. */
    JavaFile serviceClientConfiguration() {
        ClassName name = names.serviceClientConfiguration();
        ClassName builder = name.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("What an {@link $T} or {@link $T} was built with, as its {@code serviceClientConfiguration()}"
                        + " reports it.\n", names.client(), names.asyncClient())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeTypes.AWS_SERVICE_CLIENT_CONFIGURATION)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the configuration from a builder.\n\n@param builder the builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(builder, "builder")
                        .addStatement("super(builder)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("Starts an empty builder.\n\n@return a new builder\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new Builder()")
                        .build())
                .addType(TypeSpec.classBuilder(builder)
                        .addJavadoc("Collects the values of an {@link $T}; not thread-safe.\n", name)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(ParameterizedTypeName.get(RuntimeTypes.AWS_SERVICE_CLIENT_CONFIGURATION
                                .nestedClass("Builder"), builder))
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                        .addMethod(MethodSpec.methodBuilder("build")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(name)
                                .addStatement("return new $T(this)", name)
                                .build())
                        .build());
        return context.file(name.packageName(), type);
    }

    JavaFile defaultClient() {
        ClassName impl = names.defaultClient();
        Metadata metadata = context.index().metadata();
        TypeSpec.Builder type = TypeSpec.classBuilder(impl)
                .addJavadoc("The {@link $T} that sends each call through the runtime.\n", names.client())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(names.client());
        type.addField(FieldSpec.builder(RuntimeTypes.SERVICE_INFO, "SERVICE", Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S, $S, $S, $S, $S, $S)", RuntimeTypes.SERVICE_INFO,
                        metadata.serviceId(), names.serviceBase(), signingName(metadata), metadata.endpointPrefix(),
                        metadata.targetPrefix(), metadata.jsonVersion() == null ? "1.0" : metadata.jsonVersion())
                .build());
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            type.addField(operationInfo(names, entry.getKey(), entry.getValue()));
        }
        addConfigurationFields(context, type, RuntimeTypes.CLIENT_SETTINGS);
        type.addField(RuntimeTypes.SYNC_INVOKER, "invoker", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(clientConstructor(context, RuntimeTypes.CLIENT_SETTINGS, RuntimeTypes.SYNC_INVOKER));
        boolean needsLabels = false;
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            String name = entry.getKey();
            Operation operation = entry.getValue();
            ClassName request = names.requestClass(name);
            ClassName response = names.responseClass(name);
            CodeBlock hostPrefix = hostPrefix(operation);
            needsLabels |= hostPrefix.toString().contains("hostLabel(");
            MethodSpec.Builder method = MethodSpec.methodBuilder(names.operationMethod(name))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(response)
                    .addParameter(request, "request")
                    .addStatement("return invoker.invoke($N, request, $T.INSTANCE, $T.INSTANCE, $L)",
                            names.operationConstant(name), names.codecClass(request), names.codecClass(response),
                            hostPrefix);
            deprecate(method, operation);
            type.addMethod(method.build());
        }
        if (needsLabels) {
            type.addMethod(hostLabelMethod());
        }
        type.addMethod(serviceClientConfigurationMethod(context));
        type.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("invoker.close()")
                .build());
        if (anyDeprecated()) {
            type.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        return context.file(impl.packageName(), type);
    }

    /** The private constant that describes an operation to the runtime. */
    static FieldSpec operationInfo(Names names, String name, Operation operation) {
        List<String> compression = operation.requestcompression() == null
                ? List.of() : operation.requestcompression().encodings();
        CodeBlock encodings = compression.isEmpty()
                ? CodeBlock.of("$T.of()", List.class)
                : CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(
                        compression.stream().map(e -> CodeBlock.of("$S", e)).toList(), ", "));
        String format = operation.unsigned() ? "new $T($S, $L, $L, false)" : "new $T($S, $L, $L)";
        return FieldSpec.builder(RuntimeTypes.OPERATION_INFO, names.operationConstant(name),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, RuntimeTypes.OPERATION_INFO, name, operation.httpChecksumRequired(), encodings)
                .build();
    }

    CodeBlock hostPrefix(Operation operation) {
        if (operation.endpoint() == null || operation.endpoint().hostPrefix() == null) {
            return CodeBlock.of("null");
        }
        String prefix = operation.endpoint().hostPrefix();
        Matcher label = HOST_LABEL.matcher(prefix);
        if (!label.find()) {
            return CodeBlock.of("$S", prefix);
        }
        label.reset();
        Shape input = context.shape(operation.input().shape());
        Map<String, String> javaNames = names.memberNames(input, false);
        CodeBlock.Builder parts = CodeBlock.builder();
        int at = 0;
        String separator = "";
        while (label.find()) {
            if (label.start() > at) {
                parts.add(separator).add("$S", prefix.substring(at, label.start()));
                separator = " + ";
            }
            String member = label.group(1);
            parts.add(separator).add("hostLabel(request == null ? null : request.$N(), $S)", javaNames.get(member), member);
            separator = " + ";
            at = label.end();
        }
        if (at < prefix.length()) {
            parts.add(separator).add("$S", prefix.substring(at));
        }
        return parts.build();
    }

    static MethodSpec hostLabelMethod() {
        return MethodSpec.methodBuilder("hostLabel")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "value")
                .addParameter(String.class, "member")
                .beginControlFlow("if (value == null || value.isEmpty() || !value.matches($S))",
                        "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
                .addStatement("throw $T.create($S + member + $S + value + $S)", RuntimeTypes.SDK_CLIENT_EXCEPTION,
                        "member ", " is part of the host name and must be a valid host label, but was '", "'")
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    CodeBlock operationDoc(Operation operation) {
        return Docs.of(operation.documentation());
    }

    private void addThrows(MethodSpec.Builder method, Operation operation) {
        for (var error : operation.errors()) {
            method.addJavadoc("@throws $T when the service returns that error\n", names.shapeClass(error.shape()));
        }
        method.addJavadoc("@throws $T for any other error the service returns\n", names.serviceException());
    }

    static void deprecate(MethodSpec.Builder method, Operation operation) {
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
    }

    boolean anyDeprecated() {
        return context.index().operations().values().stream().anyMatch(Operation::deprecated);
    }

    boolean hasNoRequiredInput(Operation operation) {
        if (operation.input() == null) {
            return true;
        }
        return context.shape(operation.input().shape()).required().isEmpty();
    }

    static String signingName(Metadata metadata) {
        return metadata.signingName() != null ? metadata.signingName() : metadata.endpointPrefix();
    }
}
