package dev.ecrgen.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Waiter;
import dev.ecrgen.codegen.jmespath.CompiledPath;
import dev.ecrgen.codegen.jmespath.JmesPathCompiler;
import dev.ecrgen.codegen.jmespath.JmesPathException;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.types.RuntimeTypes;
import dev.ecrgen.codegen.validate.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the waiters of the service, shaped like the AWS SDK's: {@code EcrWaiter} and {@code EcrAsyncWaiter} with one
 * {@code waitUntilXxx} family per waiter of {@code waiters-2.json}, and their implementations. Each waiter becomes a
 * {@code WaiterDefinition} constant whose acceptors' JMESPath expressions are compiled into code over the response's
 * accessors; polling, delays and limits are left to the runtime.
 */
final class WaiterEmitter {
    private static final int DEFAULT_DELAY_SECONDS = 15;
    private static final int DEFAULT_MAX_ATTEMPTS = 40;

    private final EmitContext context;
    private final Names names;
    private final Map<String, Waiter> waiters = new TreeMap<>();
    private final Map<String, CodeBlock> definitions = new TreeMap<>();
    private boolean deprecatedUsed;

    WaiterEmitter(EmitContext context) {
        this.context = context;
        this.names = context.names();
        context.index().bundle().waiters().waiters().forEach((name, waiter) -> {
            if (waiter.operation() != null && context.index().operations().containsKey(waiter.operation())) {
                waiters.put(name, waiter);
            }
        });
        JmesPathCompiler compiler = new JmesPathCompiler(context.index());
        for (Map.Entry<String, Waiter> entry : waiters.entrySet()) {
            definitions.put(entry.getKey(), definition(compiler, entry.getKey(), entry.getValue()));
            Operation operation = context.index().operations().get(entry.getValue().operation());
            deprecatedUsed |= operation.deprecated() || deprecatedShape(operation.input())
                    || deprecatedShape(operation.output());
        }
    }

    /** Whether the generated operations have any waiter. */
    boolean hasWaiters() {
        return !waiters.isEmpty();
    }

    /** The four waiter files, or none when there is no waiter. */
    List<JavaFile> files() {
        if (waiters.isEmpty()) {
            return List.of();
        }
        return List.of(waiterInterface(false), waiterInterface(true), implementation(false), implementation(true));
    }

    /** The {@code waiter()} method of the sync or async client interface. */
    MethodSpec clientMethod(boolean async) {
        ClassName waiter = async ? names.asyncWaiterClass() : names.waiterClass();
        return MethodSpec.methodBuilder("waiter")
                .addJavadoc("A waiter that polls with this client; closing the waiter leaves the client open.\n")
                .addJavadoc("\n@return a new waiter\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(waiter)
                .addStatement("return $T.builder().client(this).build()", waiter)
                .build();
    }

    private JavaFile waiterInterface(boolean async) {
        ClassName name = async ? names.asyncWaiterClass() : names.waiterClass();
        ClassName client = async ? names.asyncClient() : names.client();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(WaiterTypes.SDK_AUTO_CLOSEABLE)
                .addJavadoc("Waits until resources of the service reach a wanted state, polling with {@link $T}$L."
                        + "\nDelays and attempts come from the model unless a {@link $T} overrides them; a wait that"
                        + " ends\nwithout success throws {@code dev.ecrgen.runtime.waiter.WaiterFailedException}"
                        + " saying why.\n", client, async ? " without blocking" : "", WaiterTypes.WAITER_OVERRIDE);
        suppress(type);
        for (Map.Entry<String, Waiter> entry : waiters.entrySet()) {
            addWaitMethods(type, entry.getKey(), entry.getValue(), async);
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder for a waiter.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("A waiter with its own client of default settings, closed with the waiter.\n\n"
                        + "@return a new waiter\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addStatement("return builder().build()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the client if the waiter created it.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build());
        type.addType(builder(name, client, async));
        return context.file(name.packageName(), type);
    }

    private void addWaitMethods(TypeSpec.Builder type, String waiterName, Waiter waiter, boolean async) {
        ClassName request = names.requestClass(waiter.operation());
        TypeName result = result(waiter, async);
        String method = names.waiterMethod(waiterName);
        CodeBlock doc = waitDoc(waiterName, waiter, async);
        ClassName overrideBuilder = WaiterTypes.WAITER_OVERRIDE.nestedClass("Builder");
        type.addMethod(MethodSpec.methodBuilder(method)
                .addJavadoc(doc)
                .addJavadoc("\n@param request the request each poll sends\n@return $L\n", returnDoc(async))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(result)
                .addParameter(request, "request")
                .build());
        type.addMethod(MethodSpec.methodBuilder(method)
                .addJavadoc(doc)
                .addJavadoc("\n@param request the request each poll sends\n"
                        + "@param overrideConfiguration overrides of the delays, attempts and wait timeout for this wait\n"
                        + "@return $L\n", returnDoc(async))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(result)
                .addParameter(request, "request")
                .addParameter(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration")
                .build());
        type.addMethod(MethodSpec.methodBuilder(method)
                .addJavadoc("Like {@link #$N($T)}, with the request filled in by a builder.\n", method, request)
                .addJavadoc("\n@param request fills in a new request builder\n@return $L\n", returnDoc(async))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(result)
                .addParameter(consumerOf(request.nestedClass("Builder")), "request")
                .addStatement("return $N($T.apply($T.builder(), request).build())", method, RuntimeTypes.BUILDERS,
                        request)
                .build());
        type.addMethod(MethodSpec.methodBuilder(method)
                .addJavadoc("Like {@link #$N($T, $T)}, with both filled in by builders.\n", method, request,
                        WaiterTypes.WAITER_OVERRIDE)
                .addJavadoc("\n@param request fills in a new request builder\n"
                        + "@param overrideConfiguration fills in a new override builder\n@return $L\n",
                        returnDoc(async))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(result)
                .addParameter(consumerOf(request.nestedClass("Builder")), "request")
                .addParameter(consumerOf(overrideBuilder), "overrideConfiguration")
                .addStatement("return $N($T.apply($T.builder(), request).build(),$W$T.apply($T.builder(), "
                        + "overrideConfiguration).build())", method, RuntimeTypes.BUILDERS, request,
                        RuntimeTypes.BUILDERS, WaiterTypes.WAITER_OVERRIDE)
                .build());
    }

    private TypeSpec builder(ClassName waiter, ClassName client, boolean async) {
        ClassName builder = waiter.nestedClass("Builder");
        ClassName implementation = async ? names.defaultAsyncWaiterClass() : names.defaultWaiterClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@link $T}.\n", waiter)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(client, "client", Modifier.PRIVATE)
                .addField(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("client")
                        .addJavadoc("Sets the client that polls; without one the waiter creates and closes its own.\n"
                                + "\n@param client the client\n@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(client, "client")
                        .addStatement("this.client = client")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("overrideConfiguration")
                        .addJavadoc("Overrides the model's delays and attempts for every wait of this waiter.\n"
                                + "\n@param overrideConfiguration the overrides, or null for none\n"
                                + "@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration")
                        .addStatement("this.overrideConfiguration = overrideConfiguration")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("overrideConfiguration")
                        .addJavadoc("Like {@link #overrideConfiguration($T)}, filled in by a builder.\n"
                                + "\n@param overrideConfiguration fills in a new override builder\n"
                                + "@return this builder\n", WaiterTypes.WAITER_OVERRIDE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(consumerOf(WaiterTypes.WAITER_OVERRIDE.nestedClass("Builder")),
                                "overrideConfiguration")
                        .addStatement("return overrideConfiguration($T.apply($T.builder(), overrideConfiguration)"
                                + ".build())", RuntimeTypes.BUILDERS, WaiterTypes.WAITER_OVERRIDE)
                        .build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("Creates the waiter.\n\n@return a new waiter\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(waiter);
        if (async) {
            type.addField(ScheduledExecutorService.class, "scheduledExecutorService", Modifier.PRIVATE);
            type.addMethod(MethodSpec.methodBuilder("scheduledExecutorService")
                    .addJavadoc("Sets what schedules the polls; without one the JDK's shared delayed executor does."
                            + "\nThe waiter does not shut it down.\n"
                            + "\n@param scheduledExecutorService the scheduler, or null for the default\n"
                            + "@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(ScheduledExecutorService.class, "scheduledExecutorService")
                    .addStatement("this.scheduledExecutorService = scheduledExecutorService")
                    .addStatement("return this")
                    .build());
            build.addStatement("return client != null"
                    + " ? new $T(client, false, scheduledExecutorService, overrideConfiguration)"
                    + " : new $T($T.create(), true, scheduledExecutorService, overrideConfiguration)",
                    implementation, implementation, client);
        } else {
            build.addStatement("return client != null ? new $T(client, false, overrideConfiguration)"
                    + " : new $T($T.create(), true, overrideConfiguration)", implementation, implementation, client);
        }
        return type.addMethod(build.build()).build();
    }

    private JavaFile implementation(boolean async) {
        ClassName name = async ? names.defaultAsyncWaiterClass() : names.defaultWaiterClass();
        ClassName client = async ? names.asyncClient() : names.client();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("The {@link $T} that hands each wait to the runtime.\n",
                        async ? names.asyncWaiterClass() : names.waiterClass())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(async ? names.asyncWaiterClass() : names.waiterClass());
        suppress(type);
        if (!async) {
            for (Map.Entry<String, Waiter> entry : waiters.entrySet()) {
                ClassName response = names.responseClass(entry.getValue().operation());
                type.addField(FieldSpec.builder(ParameterizedTypeName.get(WaiterTypes.WAITER_DEFINITION, response),
                                names.waiterConstant(entry.getKey()), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The $L waiter as the model defines it; shared with the async waiter.\n",
                                JavadocText.plain(entry.getKey()))
                        .initializer(definitions.get(entry.getKey()))
                        .build());
            }
        }
        type.addField(client, "client", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(TypeName.BOOLEAN, "ownsClient", Modifier.PRIVATE, Modifier.FINAL);
        if (async) {
            type.addField(ScheduledExecutorService.class, "scheduler", Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addField(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(client, "client")
                .addParameter(TypeName.BOOLEAN, "ownsClient");
        if (async) {
            constructor.addParameter(ScheduledExecutorService.class, "scheduler");
        }
        constructor.addParameter(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration")
                .addStatement("this.client = client")
                .addStatement("this.ownsClient = ownsClient");
        if (async) {
            constructor.addStatement("this.scheduler = scheduler");
        }
        type.addMethod(constructor.addStatement("this.overrideConfiguration = overrideConfiguration").build());
        for (Map.Entry<String, Waiter> entry : waiters.entrySet()) {
            addImplementation(type, entry.getKey(), entry.getValue(), async);
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .beginControlFlow("if (ownsClient)")
                .addStatement("client.close()")
                .endControlFlow()
                .build());
        return context.file(name.packageName(), type);
    }

    private void addImplementation(TypeSpec.Builder type, String waiterName, Waiter waiter, boolean async) {
        ClassName request = names.requestClass(waiter.operation());
        String method = names.waiterMethod(waiterName);
        String constant = names.waiterConstant(waiterName);
        String operation = names.operationMethod(waiter.operation());
        type.addMethod(MethodSpec.methodBuilder(method)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(result(waiter, async))
                .addParameter(request, "request")
                .addStatement("return $N(request, null)", method)
                .build());
        MethodSpec.Builder full = MethodSpec.methodBuilder(method)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(result(waiter, async))
                .addParameter(request, "request")
                .addParameter(WaiterTypes.WAITER_OVERRIDE, "overrideConfiguration");
        if (async) {
            full.addStatement("return $T.run($T.$N, this.overrideConfiguration, overrideConfiguration, scheduler,"
                    + "\n() -> client.$N(request))", WaiterTypes.ASYNC_WAITER_RUNNER,
                    names.defaultWaiterClass(), constant, operation);
        } else {
            full.addStatement("return $T.run($N, this.overrideConfiguration, overrideConfiguration,"
                    + "\n() -> client.$N(request))", WaiterTypes.WAITER_RUNNER, constant, operation);
        }
        type.addMethod(full.build());
    }

    private CodeBlock definition(JmesPathCompiler compiler, String waiterName, Waiter waiter) {
        String where = "waiters." + waiterName;
        Operation operation = context.index().operations().get(waiter.operation());
        ClassName response = names.responseClass(waiter.operation());
        String outputShape = operation.output() == null ? null : operation.output().shape();
        List<CodeBlock> acceptors = new ArrayList<>();
        for (int i = 0; i < waiter.acceptors().size(); i++) {
            acceptors.add(acceptor(compiler, waiter.acceptors().get(i), response, outputShape,
                    where + ".acceptors[" + i + "]"));
        }
        int delay = waiter.delay() != null ? waiter.delay() : DEFAULT_DELAY_SECONDS;
        int maxAttempts = waiter.maxAttempts() != null ? waiter.maxAttempts() : DEFAULT_MAX_ATTEMPTS;
        if (delay < 0 || maxAttempts < 1) {
            throw problem("E146", where, "needs a delay of 0 or more and at least 1 attempt, has delay " + delay
                    + " and maxAttempts " + maxAttempts);
        }
        return CodeBlock.builder()
                .add("$T.of(\n$>$>$S, $S, $S, $L, $L, $T.of(\n", WaiterTypes.WAITER_DEFINITION,
                        names.serviceBase(), waiterName, waiter.operation(), delay, maxAttempts, List.class)
                .add("$>$L))$<$<$<", CodeBlock.join(acceptors, ",\n"))
                .build();
    }

    private CodeBlock acceptor(JmesPathCompiler compiler, Waiter.Acceptor acceptor, ClassName response,
            String outputShape, String where) {
        CodeBlock state = CodeBlock.of("$T.$L", WaiterTypes.WAITER_STATE,
                String.valueOf(acceptor.state()).toUpperCase(Locale.ROOT));
        JsonNode expected = acceptor.expected();
        String matcher = String.valueOf(acceptor.matcher());
        switch (matcher) {
            case "path":
            case "pathAll":
            case "pathAny": {
                if (acceptor.argument() == null || acceptor.argument().isBlank()) {
                    throw problem("E145", where + ".argument", "the " + matcher + " matcher needs an expression");
                }
                if (expected == null || expected.isMissingNode()) {
                    throw problem("E146", where + ".expected", "the " + matcher + " matcher needs an expected value");
                }
                CompiledPath path;
                try {
                    path = compiler.compile(acceptor.argument(), outputShape, response, CodeBlock.of("response"));
                } catch (JmesPathException e) {
                    throw problem("E145", where + ".argument", e.getMessage());
                }
                deprecatedUsed |= path.deprecated();
                return CodeBlock.of("$T.$N($L, $S, $L,\n$>$>($T response) -> $L)$<$<", WaiterTypes.ACCEPTOR, matcher,
                        state, acceptor.argument(), JmesPathCompiler.literal(expected), response, path.code());
            }
            case "status":
                if (expected == null || !expected.canConvertToInt() || !expected.isIntegralNumber()) {
                    throw problem("E146", where + ".expected", "the status matcher needs an HTTP status code, got "
                            + expected);
                }
                return CodeBlock.of("$T.<$T>status($L, $L)", WaiterTypes.ACCEPTOR, response, state,
                        expected.asInt());
            case "error":
                if (expected != null && expected.isBoolean()) {
                    return CodeBlock.of("$T.<$T>error($L, $L)", WaiterTypes.ACCEPTOR, response, state,
                            expected.asBoolean());
                }
                if (expected == null || !expected.isTextual()) {
                    throw problem("E146", where + ".expected", "the error matcher needs an error code or a boolean,"
                            + " got " + expected);
                }
                return CodeBlock.of("$T.<$T>error($L, $S)", WaiterTypes.ACCEPTOR, response, state, expected.asText());
            default:
                throw problem("E145", where + ".matcher", "'" + matcher + "' is not a matcher this generator knows");
        }
    }

    private CodeBlock waitDoc(String waiterName, Waiter waiter, boolean async) {
        ClassName client = async ? names.asyncClient() : names.client();
        CodeBlock.Builder doc = CodeBlock.builder();
        String description = JavadocText.of(waiter.description());
        if (description.isEmpty()) {
            description = "Waits for " + JavadocText.plain(waiterName) + ".";
        } else if (!description.endsWith(".")) {
            description = description + ".";
        }
        doc.add("$L\n", description);
        doc.add("\n<p>Polls {@link $T#$N($T)} every $L s, at most $L times, until an acceptor matches:\n<ul>\n",
                client, names.operationMethod(waiter.operation()), names.requestClass(waiter.operation()),
                waiter.delay() != null ? waiter.delay() : DEFAULT_DELAY_SECONDS,
                waiter.maxAttempts() != null ? waiter.maxAttempts() : DEFAULT_MAX_ATTEMPTS);
        for (Waiter.Acceptor acceptor : waiter.acceptors()) {
            doc.add("<li>$L when <code>$L</code>\n", JavadocText.plain(acceptor.state()), describe(acceptor));
        }
        return doc.add("</ul>\n").build();
    }

    private static String describe(Waiter.Acceptor acceptor) {
        String expected = String.valueOf(acceptor.expected());
        String text = switch (String.valueOf(acceptor.matcher())) {
            case "path" -> acceptor.argument() + " == " + expected;
            case "pathAll" -> "every " + acceptor.argument() + " == " + expected;
            case "pathAny" -> "any " + acceptor.argument() + " == " + expected;
            case "status" -> "the HTTP status is " + expected;
            default -> "the error is " + expected;
        };
        return JavadocText.plain(text);
    }

    private static String returnDoc(boolean async) {
        return async ? "completes with how the wait succeeded, or exceptionally when it did not"
                : "how the wait succeeded: the matched response (or exception) and the attempts it took";
    }

    private TypeName result(Waiter waiter, boolean async) {
        TypeName response = ParameterizedTypeName.get(WaiterTypes.WAITER_RESPONSE,
                names.responseClass(waiter.operation()));
        return async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response) : response;
    }

    private static TypeName consumerOf(ClassName type) {
        return ParameterizedTypeName.get(ClassName.get(Consumer.class), type);
    }

    private void suppress(TypeSpec.Builder type) {
        if (deprecatedUsed) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
    }

    private boolean deprecatedShape(dev.ecrgen.codegen.c2j.ShapeRef ref) {
        return ref != null && context.shape(ref.shape()).deprecated();
    }

    private static CodegenException problem(String code, String where, String message) {
        return CodegenException.of(new Problem(code, where, message));
    }
}
