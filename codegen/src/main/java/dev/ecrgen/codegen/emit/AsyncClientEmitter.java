package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the async client ({@code EcrAsyncClient}), its builder and its implementation. Each operation returns a
 * {@code CompletableFuture} from one call into the runtime's {@code AsyncInvoker}, with the same constants and codecs
 * as the sync client, so both share marshalling, signing and error decoding.
 */
final class AsyncClientEmitter {
    private final EmitContext context;
    private final Names names;
    private final ClientEmitter sync;
    private final Map<String, PaginatorPlan> paginators;
    private final PaginatorEmitter paginatorEmitter;
    private final WaiterEmitter waiters;

    AsyncClientEmitter(EmitContext context, ClientEmitter sync, Map<String, PaginatorPlan> paginators,
            WaiterEmitter waiters) {
        this.context = context;
        this.names = context.names();
        this.sync = sync;
        this.paginators = paginators;
        this.paginatorEmitter = new PaginatorEmitter(context);
        this.waiters = waiters;
    }

    JavaFile clientInterface() {
        ClassName client = names.asyncClient();
        Metadata metadata = context.index().metadata();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(client)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc("A non-blocking client for $L: every call returns at once with a {@link $T} of its"
                        + " response.\n<p>The future fails with the service's exception, or with an"
                        + " {@code SdkClientException} naming the operation when\nthe call could not be made.\n",
                        metadata.serviceFullName() != null ? metadata.serviceFullName() : metadata.serviceId(),
                        CompletableFuture.class);
        ClientEmitter.addServiceHeader(type, metadata, names.asyncClientBuilder(), client, "an async client");
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            addOperation(type, entry.getKey(), entry.getValue());
            PaginatorPlan plan = paginators.get(entry.getKey());
            if (plan != null) {
                type.addMethods(paginatorEmitter.clientMethods(plan, true,
                        sync.hasNoRequiredInput(entry.getValue()), entry.getValue().deprecated()));
            }
        }
        if (waiters.hasWaiters()) {
            type.addMethod(waiters.clientMethod(true));
        }
        ClientEmitter.addServiceFooter(context, type);
        return context.file(client.packageName(), type);
    }

    private void addOperation(TypeSpec.Builder type, String name, Operation operation) {
        ClassName request = names.requestClass(name);
        TypeName result = future(names.responseClass(name));
        String method = names.operationMethod(name);
        CodeBlock doc = sync.operationDoc(operation);
        MethodSpec.Builder main = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(result)
                .addParameter(request, "request")
                .addJavadoc(doc)
                .addJavadoc("\n@param request the operation's input\n@return completes with the operation's output;"
                        + " $L\n", failures(operation))
                .addStatement("throw new $T()", UnsupportedOperationException.class);
        ClientEmitter.deprecate(main, operation);
        type.addMethod(main.build());

        MethodSpec.Builder consumer = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), request.nestedClass("Builder")),
                        "request")
                .addJavadoc(doc)
                .addJavadoc("\n<p>Like {@link #$L($T)}, with the request filled in by a builder.\n", method, request)
                .addJavadoc("\n@param request fills in a new request builder\n@return completes with the operation's"
                        + " output\n")
                .addStatement("return $N($T.apply($T.builder(), request).build())", method, RuntimeTypes.BUILDERS,
                        request);
        ClientEmitter.deprecate(consumer, operation);
        type.addMethod(consumer.build());

        if (sync.hasNoRequiredInput(operation) && names.operationHasNoArgumentForm(name)) {
            MethodSpec.Builder none = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(result)
                    .addJavadoc(doc)
                    .addJavadoc("\n<p>Like {@link #$L($T)}, with an empty request.\n", method, request)
                    .addJavadoc("\n@return completes with the operation's output\n")
                    .addStatement("return $N($T.builder().build())", method, request);
            ClientEmitter.deprecate(none, operation);
            type.addMethod(none.build());
        }
    }

    private CodeBlock failures(Operation operation) {
        CodeBlock.Builder text = CodeBlock.builder().add("fails with ");
        for (ShapeRef error : operation.errors()) {
            text.add("{@link $T}, ", names.shapeClass(error.shape()));
        }
        return text.add("or another {@link $T} when the service returns an error", names.serviceException()).build();
    }

    JavaFile clientBuilder() {
        ClassName builder = names.asyncClientBuilder();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures and builds an {@link $T}.\n", names.asyncClient())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(AsyncTypes.ASYNC_CLIENT_BUILDER, builder, names.asyncClient()))
                .addMethod(MethodSpec.constructorBuilder().build());
        ClientEmitter.addEndpointProvider(context, type, builder);
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Creates the client; region and credentials not set here come from the default"
                        + " chains.\nNo HTTP client is started until the first call.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.asyncClient())
                .addStatement("return new $T(resolveSettings($T.SERVICE)$L)", names.defaultAsyncClient(),
                        names.defaultClient(), ClientEmitter.endpointProviderArgument(context))
                .build());
        return context.file(builder.packageName(), type);
    }

    JavaFile defaultClient() {
        ClassName impl = names.defaultAsyncClient();
        TypeSpec.Builder type = TypeSpec.classBuilder(impl)
                .addJavadoc("The {@link $T} that starts each call through the runtime.\n", names.asyncClient())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(names.asyncClient());
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            type.addField(ClientEmitter.operationInfo(names, entry.getKey(), entry.getValue()));
        }
        ClientEmitter.addConfigurationFields(context, type, AsyncTypes.ASYNC_CLIENT_SETTINGS);
        type.addField(AsyncTypes.ASYNC_INVOKER, "invoker", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(ClientEmitter.clientConstructor(context, AsyncTypes.ASYNC_CLIENT_SETTINGS,
                AsyncTypes.ASYNC_INVOKER));
        boolean needsLabels = false;
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            String name = entry.getKey();
            Operation operation = entry.getValue();
            ClassName request = names.requestClass(name);
            ClassName response = names.responseClass(name);
            CodeBlock hostPrefix = sync.hostPrefix(operation);
            boolean labelled = hostPrefix.toString().contains("hostLabel(");
            needsLabels |= labelled;
            MethodSpec.Builder method = MethodSpec.methodBuilder(names.operationMethod(name))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(future(response))
                    .addParameter(request, "request");
            if (labelled) {
                // A bad host label is reported through the future, like every other failure of the call.
                method.addStatement("$T hostPrefix", String.class)
                        .beginControlFlow("try")
                        .addStatement("hostPrefix = $L", hostPrefix)
                        .nextControlFlow("catch ($T e)", RuntimeTypes.SDK_CLIENT_EXCEPTION)
                        .addStatement("return $T.failedFuture(e)", CompletableFuture.class)
                        .endControlFlow()
                        .addStatement("return invoker.invoke($N, request, $T.INSTANCE, $T.INSTANCE, hostPrefix)",
                                names.operationConstant(name), names.codecClass(request), names.codecClass(response));
            } else {
                method.addStatement("return invoker.invoke($N, request, $T.INSTANCE, $T.INSTANCE, $L)",
                        names.operationConstant(name), names.codecClass(request), names.codecClass(response),
                        hostPrefix);
            }
            ClientEmitter.deprecate(method, operation);
            type.addMethod(method.build());
        }
        if (needsLabels) {
            type.addMethod(ClientEmitter.hostLabelMethod());
        }
        type.addMethod(ClientEmitter.serviceClientConfigurationMethod(context));
        type.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("invoker.close()")
                .build());
        if (sync.anyDeprecated()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        return context.file(impl.packageName(), type);
    }

    private static TypeName future(ClassName response) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response);
    }
}
