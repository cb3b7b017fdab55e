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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the service's base exception ({@code EcrException}) and one subclass per modeled error. Each has a builder so
 * that tests and mocks can create one, and {@code toBuilder()}; the client creates them from the error response. The
 * builders take what the AWS SDK's exception builders take, {@code clockSkew(Duration)} included, and a modeled
 * error's members have the accessors and setters of a structure's (with {@code hasXxx()} for collections).
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
        ClassName builderName = name.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Base class of every error the $L service returns; unmodeled error codes arrive as this class.\n",
                        context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeTypes.AWS_SERVICE_EXCEPTION)
                .addField(serialVersion());
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Creates the exception from its builder; the message, status code and request id come from"
                        + " the error details.\n")
                .addModifiers(Modifier.PROTECTED)
                .addParameter(builderName, "builder")
                .addStatement("super(builder.details(), builder, builder.clockSkew())")
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder, for an error whose code the model does not list.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new Builder()")
                .build());
        type.addMethod(toBuilder(builderName));
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addJavadoc("Collects the parts of a {@link $T}.\n", name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .superclass(RuntimeTypes.SDK_SERVICE_EXCEPTION_BUILDER)
                .addField(FieldSpec.builder(String.class, "errorCode", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(RuntimeTypes.AWS_ERROR_DETAILS, "awsErrorDetails", Modifier.PRIVATE)
                .addField(Duration.class, "clockSkew", Modifier.PRIVATE);
        builder.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PROTECTED)
                .addStatement("this.errorCode = null")
                .build());
        builder.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("For the builders of the modeled errors: the code of their error.\n")
                .addModifiers(Modifier.PROTECTED)
                .addParameter(String.class, "errorCode")
                .addStatement("this.errorCode = errorCode")
                .build());
        builder.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("A builder that holds the parts of the exception.\n")
                .addModifiers(Modifier.PROTECTED)
                .addParameter(name, "exception")
                .addStatement("this.errorCode = exception.awsErrorDetails().errorCode()")
                .addStatement("this.awsErrorDetails = exception.awsErrorDetails()")
                .addStatement("this.clockSkew = exception.requestClockSkew()")
                .addStatement("this.cause = exception.getCause()")
                .addStatement("this.numAttempts = exception.numAttempts()")
                .addStatement("this.extendedRequestId = exception.extendedRequestId()")
                .build());
        builder.addMethod(narrowed(builderName, "awsErrorDetails", RuntimeTypes.AWS_ERROR_DETAILS,
                "The error as received; when set, the message, status code and request id are taken from it.")
                .addStatement("this.awsErrorDetails = awsErrorDetails")
                .addStatement("return this")
                .build());
        builder.addMethod(getter("awsErrorDetails", RuntimeTypes.AWS_ERROR_DETAILS, "The error details set so far."));
        builder.addMethod(narrowed(builderName, "clockSkew", ClassName.get(Duration.class),
                "How far the client's clock was ahead of the service's when the request was signed (negative when"
                        + " behind);\n{@code isClockSkewException()} judges a signature error's response date against"
                        + " the client's clock corrected by it.")
                .addStatement("this.clockSkew = clockSkew")
                .addStatement("return this")
                .build());
        builder.addMethod(getter("clockSkew", ClassName.get(Duration.class), "The clock skew set so far."));
        for (Map.Entry<String, TypeName> setter : SETTERS.entrySet()) {
            builder.addMethod(inherited(builderName, setter.getKey(), setter.getValue(), "this"));
        }
        builder.addMethod(MethodSpec.methodBuilder("details")
                .addJavadoc("The details given, or details made of the message, status code and request id set here.\n")
                .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                .returns(RuntimeTypes.AWS_ERROR_DETAILS)
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
                .addStatement("return new $T(this)", name)
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
                        .addJavadoc("For the builder of the modeled error with this code.\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(String.class, "errorCode")
                        .addStatement("super(errorCode)")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For a modeled error's {@code toBuilder()}: the parts of the exception.\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(e, "exception")
                        .addStatement("super(exception)")
                        .build());
        type.addMethod(inherited(b, "awsErrorDetails", RuntimeTypes.AWS_ERROR_DETAILS, "self()"));
        type.addMethod(inherited(b, "clockSkew", ClassName.get(Duration.class), "self()"));
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
        ClassName builderName = name.nestedClass("Builder");
        List<MemberModel> members = fieldMembers(shape).stream().map(MemberModel::withoutCollectionEnumView).toList();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.names().serviceException())
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.TO_COPYABLE_BUILDER, builderName, name))
                .addField(serialVersion());
        Docs.addTypeDoc(type, shape.documentation(), "The service returned the " + errorCode(shapeName) + " error.");
        for (MemberModel member : members) {
            type.addField(FieldSpec.builder(member.storage(), member.javaName(),
                    Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build());
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builderName, "builder")
                .addStatement("super(builder)");
        for (MemberModel member : members) {
            StructureEmitter.assignFromBuilder(ctor, member);
        }
        type.addMethod(ctor.build());
        StructureEmitter accessors = new StructureEmitter(context);
        for (MemberModel member : members) {
            accessors.accessors(type, member);
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a builder for this error.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new Builder()")
                .build());
        type.addMethod(toBuilder(builderName));
        type.addType(modeledErrorBuilder(name, errorCode(shapeName), members));
        return context.file(name.packageName(), type);
    }

    /** A modeled error's builder: its members' fields and setters, on top of {@code ModeledBuilder}. */
    private TypeSpec modeledErrorBuilder(ClassName owner, String code, List<MemberModel> members) {
        ClassName builder = owner.nestedClass("Builder");
        ClassName modeledBuilder = context.names().serviceException().nestedClass("ModeledBuilder");
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Collects the parts of a {@link $T}.\n", owner)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(modeledBuilder, builder, owner))
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.COPYABLE_BUILDER, builder, owner));
        for (MemberModel member : members) {
            type.addField(member.storage(), member.javaName(), Modifier.PRIVATE);
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("super($S)", code)
                .build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(owner, "exception")
                .addStatement("super(exception)");
        for (MemberModel member : members) {
            copy.addStatement("this.$N = exception.$N", member.javaName(), member.javaName());
        }
        type.addMethod(copy.build());
        BuilderEmitter setters = new BuilderEmitter(context);
        for (MemberModel member : members) {
            setters.setters(type, builder, member);
        }
        type.addMethod(MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("return new $T(this)", owner)
                .build());
        return type.build();
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

    private static MethodSpec toBuilder(ClassName builder) {
        return MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Starts a builder that holds this exception's parts.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new Builder(this)")
                .build();
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

    private static MethodSpec getter(String name, TypeName type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n", doc)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $N", name)
                .build();
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
