package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the service's base exception ({@code EcrException}) and one subclass per modeled error. Each has a builder so
 * that tests and mocks can create one; the client creates them from the error response.
 */
final class ExceptionEmitter {
    /** The setters of the AWS SDK's exception builder, narrowed to return the generated builder. */
    private static final Map<String, TypeName> SETTERS = setters();

    private final EmitContext context;

    ExceptionEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emitServiceException() {
        ClassName name = context.names().serviceException();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Base class of every error the $L service returns; unmodeled error codes arrive as this class.\n",
                        context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeTypes.AWS_SERVICE_EXCEPTION)
                .addField(serialVersion());
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Creates the exception from the error the service returned.\n")
                .addModifiers(Modifier.PROTECTED)
                .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details")
                .addParameter(Throwable.class, "cause")
                .addStatement("super(details, cause)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder, for an error whose code the model does not list.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
        TypeSpec.Builder builder = builderType(name, null, List.of())
                .superclass(RuntimeTypes.SDK_SERVICE_EXCEPTION_BUILDER)
                .addField(RuntimeTypes.AWS_ERROR_DETAILS, "awsErrorDetails", Modifier.PRIVATE);
        builder.addMethod(MethodSpec.methodBuilder("details")
                .addJavadoc("The details given, or details made of the message, status code and request id set here.\n")
                .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                .returns(RuntimeTypes.AWS_ERROR_DETAILS)
                .addParameter(String.class, "errorCode")
                .beginControlFlow("if (awsErrorDetails != null)")
                .addStatement("return awsErrorDetails")
                .endControlFlow()
                .addStatement("return $T.builder().errorCode(errorCode).errorMessage(message()).serviceName($S)"
                                + ".statusCode(statusCode()).requestId(requestId()).build()",
                        RuntimeTypes.AWS_ERROR_DETAILS, context.names().serviceBase())
                .build());
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name)
                .addStatement("return new $T(details(null), cause())", name)
                .build());
        type.addType(builder.build());
        type.addType(modeledBuilder(name));
        return context.file(name.packageName(), type);
    }

    /**
     * The base of every modeled error's builder: the inherited setters return that builder and {@code build()} that
     * error, so each error's own builder holds only its members.
     */
    private TypeSpec modeledBuilder(ClassName serviceException) {
        ClassName name = serviceException.nestedClass("ModeledBuilder");
        TypeVariableName b = TypeVariableName.get("B");
        TypeVariableName e = TypeVariableName.get("E", serviceException);
        b = TypeVariableName.get("B", ParameterizedTypeName.get(name, b, e));
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("What the builders of the modeled errors share: each inherited setter returns the error's "
                        + "own builder.\n\n@param <B> the error's builder\n@param <E> the error\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariables(List.of(b, e))
                .superclass(serviceException.nestedClass("Builder"))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For the builders of the modeled errors.\n")
                        .addModifiers(Modifier.PROTECTED)
                        .build());
        type.addMethod(inherited(b, "awsErrorDetails", RuntimeTypes.AWS_ERROR_DETAILS, "self()"));
        for (Map.Entry<String, TypeName> setter : SETTERS.entrySet()) {
            type.addMethod(inherited(b, setter.getKey(), setter.getValue(), "self()"));
        }
        type.addMethod(MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(e)
                .build());
        type.addMethod(MethodSpec.methodBuilder("self")
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "unchecked")
                        .build())
                .addModifiers(Modifier.PRIVATE)
                .returns(b)
                .addStatement("return ($T) this", b)
                .build());
        return type.build();
    }

    JavaFile emit(String shapeName) {
        Shape shape = context.shape(shapeName);
        ClassName name = context.names().shapeClass(shapeName);
        List<MemberModel> members = fieldMembers(shape);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.names().serviceException())
                .addField(serialVersion());
        Docs.addTypeDoc(type, shape.documentation(), "The service returned the " + errorCode(shapeName) + " error.");
        for (MemberModel member : members) {
            type.addField(FieldSpec.builder(member.storage(), member.javaName(),
                    Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build());
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(name.nestedClass("Builder"), "builder")
                .addStatement("super(builder.details($S), builder.cause())", errorCode(shapeName));
        for (MemberModel member : members) {
            ctor.addStatement("this.$N = builder.$N", member.javaName(), member.javaName());
        }
        type.addMethod(ctor.build());
        for (MemberModel member : members) {
            MethodSpec.Builder getter = MethodSpec.methodBuilder(member.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(member.storage())
                    .addStatement("return $N", member.javaName());
            if (!Docs.memberDoc(member).isEmpty()) {
                getter.addJavadoc(Docs.memberDoc(member));
            }
            type.addMethod(getter.build());
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder for this error.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
        ClassName modeledBuilder = context.names().serviceException().nestedClass("ModeledBuilder");
        TypeSpec.Builder builder = builderType(name, errorCode(shapeName), members)
                .superclass(ParameterizedTypeName.get(modeledBuilder, name.nestedClass("Builder"), name));
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name)
                .addStatement("return new $T(this)", name)
                .build());
        type.addType(builder.build());
        return context.file(name.packageName(), type);
    }

    /** The error code the service sends for the shape: the {@code error.code} trait, else the shape name. */
    String errorCode(String shapeName) {
        Shape shape = context.shape(shapeName);
        return shape.error() != null && shape.error().code() != null ? shape.error().code() : shapeName;
    }

    /** Members that become fields: all but the message, which the base exception already carries. */
    List<MemberModel> fieldMembers(Shape shape) {
        return context.members(shape, true).stream().filter(m -> !m.javaName().equals("message")).toList();
    }

    /**
     * A builder that extends the AWS SDK's exception builder, so that {@code builder()} here may hide the inherited
     * one. The service's base builder narrows every inherited setter to return itself; a modeled error's builder gets
     * them narrowed to its own type from {@code ModeledBuilder}.
     */
    private TypeSpec.Builder builderType(ClassName owner, String code, List<MemberModel> members) {
        ClassName builder = owner.nestedClass("Builder");
        boolean base = code == null;
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Collects the parts of a {@link $T}.\n", owner)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(base ? Modifier.PROTECTED : Modifier.PRIVATE).build());
        if (!base) {
            type.addModifiers(Modifier.FINAL);
        }
        if (base) {
            type.addMethod(narrowed(builder, "awsErrorDetails", RuntimeTypes.AWS_ERROR_DETAILS,
                    "The error as received; when set, the message, status code and request id are taken from it.")
                    .addStatement("this.awsErrorDetails = awsErrorDetails")
                    .addStatement("return this")
                    .build());
            for (Map.Entry<String, TypeName> setter : SETTERS.entrySet()) {
                type.addMethod(inherited(builder, setter.getKey(), setter.getValue(), "this"));
            }
        }
        for (MemberModel member : members) {
            type.addField(member.storage(), member.javaName(), Modifier.PRIVATE);
            MethodSpec.Builder setter = MethodSpec.methodBuilder(member.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(member.storage(), member.javaName())
                    .addStatement("this.$N = $N", member.javaName(), member.javaName())
                    .addStatement("return this");
            if (!Docs.memberDoc(member).isEmpty()) {
                setter.addJavadoc(Docs.memberDoc(member));
            }
            type.addMethod(setter.build());
        }
        return type;
    }

    private static MethodSpec inherited(TypeName builder, String name, TypeName type, String self) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addStatement("super.$N($N)", name, name)
                .addStatement("return $L", self)
                .build();
    }

    private static MethodSpec.Builder narrowed(ClassName builder, String name, TypeName type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n", doc)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name);
    }

    private static Map<String, TypeName> setters() {
        Map<String, TypeName> setters = new LinkedHashMap<>();
        setters.put("message", ClassName.get(String.class));
        setters.put("cause", ClassName.get(Throwable.class));
        setters.put("requestId", ClassName.get(String.class));
        setters.put("extendedRequestId", ClassName.get(String.class));
        setters.put("statusCode", TypeName.INT);
        setters.put("writableStackTrace", ClassName.get(Boolean.class));
        setters.put("numAttempts", ClassName.get(Integer.class));
        return setters;
    }

    private static FieldSpec serialVersion() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }
}
