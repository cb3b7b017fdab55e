package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.types.RuntimeTypes;
import javax.lang.model.element.Modifier;

/**
 * Emits the abstract bases every request ({@code EcrRequest}) and response ({@code EcrResponse}) class extends, with
 * the builder interfaces their builders implement, and the response metadata class ({@code EcrResponseMetadata}).
 * The request base carries the override configuration and the response base the HTTP response and metadata, as the
 * runtime's {@code AwsRequest} and {@code AwsResponse} hold them.
 */
final class BaseTypesEmitter {
    private final EmitContext context;

    BaseTypesEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile requestBase() {
        ClassName name = context.names().requestBase();
        ClassName builder = name.nestedClass("Builder");
        TypeSpec.Builder type = base(name, RuntimeTypes.AWS_REQUEST, "Base class of every request to the $L service.\n");
        type.addMethod(fieldsConstructor()
                .addParameter(RuntimeTypes.AWS_REQUEST_OVERRIDE_CONFIGURATION, "overrideConfiguration")
                .addStatement("super(overrideConfiguration)")
                .build());
        type.addType(TypeSpec.interfaceBuilder(builder)
                .addJavadoc("What the builders of every {@link $T} have.\n", name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.AWS_REQUEST.nestedClass("Builder"))
                .addMethod(abstractMethod("build", name).addAnnotation(Override.class).build())
                .build());
        return context.file(name.packageName(), type);
    }

    JavaFile responseBase() {
        ClassName name = context.names().responseBase();
        ClassName builder = name.nestedClass("Builder");
        ClassName metadata = context.names().responseMetadata();
        TypeSpec.Builder type = base(name, RuntimeTypes.AWS_RESPONSE, "Base class of every response from the $L service.\n");
        type.addMethod(fieldsConstructor()
                .addParameter(RuntimeTypes.SDK_HTTP_RESPONSE, "sdkHttpResponse")
                .addParameter(RuntimeTypes.AWS_RESPONSE_METADATA, "responseMetadata")
                .addStatement("super(sdkHttpResponse, responseMetadata)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("responseMetadata")
                .addJavadoc("The request id and the other metadata of the response, or null for a response built"
                        + " without them.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(metadata)
                .addStatement("return $T.create(super.responseMetadata())", metadata)
                .build());
        type.addType(TypeSpec.interfaceBuilder(builder)
                .addJavadoc("What the builders of every {@link $T} have.\n", name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.AWS_RESPONSE.nestedClass("Builder"))
                .addMethod(abstractMethod("build", name).addAnnotation(Override.class).build())
                .addMethod(abstractMethod("responseMetadata", metadata).addAnnotation(Override.class).build())
                .addMethod(abstractMethod("responseMetadata", builder).addAnnotation(Override.class)
                        .addParameter(RuntimeTypes.AWS_RESPONSE_METADATA, "responseMetadata").build())
                .build());
        return context.file(name.packageName(), type);
    }

    /** {@code EcrResponseMetadata}: the runtime's metadata under the service's name, as the AWS SDK has it. */
    JavaFile responseMetadata() {
        ClassName name = context.names().responseMetadata();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("What the $L service said about a call besides its answer, such as the request id.\n",
                        context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeTypes.AWS_RESPONSE_METADATA)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.AWS_RESPONSE_METADATA, "responseMetadata")
                        .addStatement("super(responseMetadata)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("The metadata under this service's type.\n\n"
                                + "@param responseMetadata the metadata, or null\n"
                                + "@return the metadata as this type, or null for null\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(RuntimeTypes.AWS_RESPONSE_METADATA, "responseMetadata")
                        .beginControlFlow("if (responseMetadata == null || responseMetadata instanceof $T)", name)
                        .addStatement("return ($T) responseMetadata", name)
                        .endControlFlow()
                        .addStatement("return new $T(responseMetadata)", name)
                        .build());
        return context.file(name.packageName(), type);
    }

    private TypeSpec.Builder base(ClassName name, ClassName superclass, String doc) {
        ClassName builder = name.nestedClass("Builder");
        return TypeSpec.classBuilder(name)
                .addJavadoc(doc, context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .superclass(superclass)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For the generated subclasses.\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(builder, "builder")
                        .addStatement("super(builder)")
                        .build())
                .addMethod(abstractMethod("toBuilder", builder).addAnnotation(Override.class).build());
    }

    /** The constructor the generated subclasses call with their builder's fields. */
    private static MethodSpec.Builder fieldsConstructor() {
        return MethodSpec.constructorBuilder()
                .addJavadoc("For the generated subclasses: the values their builder holds.\n")
                .addModifiers(Modifier.PROTECTED);
    }

    private static MethodSpec.Builder abstractMethod(String name, ClassName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(returns);
    }
}
