package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.rules.RuleChecker;
import dev.ecrgen.codegen.rules.RuleCompiler;
import dev.ecrgen.codegen.rules.RuleParameter;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the endpoint provider: the {@code <Service>EndpointProvider} interface, shaped as the AWS SDK for Java v2's
 * ({@code resolveEndpoint(params)} returning a {@code CompletableFuture<Endpoint>}, a {@code Consumer<Builder>}
 * overload and {@code defaultProvider()}), and {@code Default<Service>EndpointProvider}, whose body is the rule set
 * compiled by {@link RuleCompiler}.
 */
final class EndpointProviderEmitter {
    /** The static method of the default provider that resolves synchronously; the clients call it directly. */
    static final String RESOLVE = "resolve";

    private final EmitContext context;

    EndpointProviderEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile providerInterface() {
        Names names = context.names();
        ClassName name = names.endpointProvider();
        ClassName params = names.endpointParams();
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), RuntimeTypes.ENDPOINT);
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.ENDPOINT_PROVIDER)
                .addJavadoc("Decides where requests to $L go. {@link #defaultProvider()} follows the service's "
                        + "endpoint rule set; give a client another one with its builder's {@code endpointProvider}.\n",
                        names.serviceBase())
                .addMethod(MethodSpec.methodBuilder("resolveEndpoint")
                        .addJavadoc("Resolves the endpoint for the given parameters.\n\n"
                                + "@param endpointParams the parameters\n"
                                + "@return the endpoint, or a future failed with an {@code SdkClientException} whose "
                                + "message is the rule set's error\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(future)
                        .addParameter(params, "endpointParams")
                        .build())
                .addMethod(MethodSpec.methodBuilder("resolveEndpoint")
                        .addJavadoc("Like {@link #resolveEndpoint($T)}, with the parameters filled in by a builder.\n\n"
                                + "@param endpointParamsConsumer fills in a new parameters builder\n"
                                + "@return the endpoint, or a failed future\n", params)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(future)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
                                params.nestedClass("Builder")), "endpointParamsConsumer")
                        .addStatement("$T.Builder builder = $T.builder()", params, params)
                        .addStatement("endpointParamsConsumer.accept(builder)")
                        .addStatement("return resolveEndpoint(builder.build())")
                        .build())
                .addMethod(MethodSpec.methodBuilder("defaultProvider")
                        .addJavadoc("The provider that follows the service's endpoint rule set.\n\n"
                                + "@return the default provider\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addStatement("return new $T()", names.defaultEndpointProvider())
                        .build());
        return context.file(name.packageName(), type);
    }

    JavaFile defaultProvider() {
        Names names = context.names();
        RuleChecker.Checked rules = context.index().endpointRules();
        ClassName name = names.defaultEndpointProvider();
        ClassName params = names.endpointParams();
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), RuntimeTypes.ENDPOINT);
        Map<String, String> variables = Names.ruleVariables(RuleCompiler.definedNames(rules.ruleSet()));
        RuleCompiler.Input input = new RuleCompiler.Input(rules, params, this::parameterValue, variables, RESOLVE);
        ClassName cached = name.nestedClass("Resolved");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(names.endpointProvider())
                .addJavadoc("The $L endpoint rule set, compiled: each rule is a test of its conditions, each tree of "
                        + "rules a method. The last parameters and their endpoint are kept, so asking again with equal "
                        + "parameters costs one comparison. Thread-safe.\n", names.serviceBase())
                .addType(TypeSpec.recordBuilder(cached)
                        .addJavadoc("Parameters and the endpoint they resolved to.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(params, "params")
                                .addParameter(RuntimeTypes.ENDPOINT, "endpoint")
                                .build())
                        .build())
                .addField(FieldSpec.builder(cached, "last", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the provider; all instances behave the same.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("resolveEndpoint")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(future)
                        .addParameter(params, "endpointParams")
                        .addStatement("$T.requireNonNull(endpointParams, $S)", Objects.class,
                                "endpointParams must not be null.")
                        .addStatement("$T cached = last", cached)
                        .beginControlFlow("if (cached != null && cached.params().equals(endpointParams))")
                        .addStatement("return $T.completedFuture(cached.endpoint())", CompletableFuture.class)
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("$T endpoint = $N(endpointParams)", RuntimeTypes.ENDPOINT, RESOLVE)
                        .addStatement("last = new $T(endpointParams, endpoint)", cached)
                        .addStatement("return $T.completedFuture(endpoint)", CompletableFuture.class)
                        .nextControlFlow("catch ($T e)", RuntimeException.class)
                        .addStatement("return $T.failedFuture(e)", CompletableFuture.class)
                        .endControlFlow()
                        .build());
        boolean first = true;
        for (MethodSpec method : RuleCompiler.compile(input)) {
            if (first) {
                method = method.toBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Resolves the endpoint for the given parameters on the calling thread.\n\n"
                                + "@param params the parameters\n"
                                + "@return the endpoint\n"
                                + "@throws $T with the rule set's message when it ends in an error\n",
                                RuntimeTypes.SDK_CLIENT_EXCEPTION)
                        .build();
                first = false;
            }
            type.addMethod(method);
        }
        return context.file(name.packageName(), type);
    }

    /** How the compiled rules read a parameter from {@code params}. */
    private CodeBlock parameterValue(RuleParameter parameter) {
        String member = context.names().endpointParamMethod(parameter.name());
        return EndpointParamsEmitter.isRegion(parameter)
                ? CodeBlock.of("params.$NId()", member)
                : CodeBlock.of("params.$N()", member);
    }
}
