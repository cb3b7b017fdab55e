package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.resolve.StructureClass;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested mutable {@code Builder} of a structure class: one field per member, fluent setters (with
 * {@code Collection} and varargs forms for lists, enum and string forms for enums, and {@code Consumer<Builder>}
 * forms for nested structures), and {@code build()}. Every builder is a {@code CopyableBuilder}, as in the AWS SDK,
 * which gives it {@code applyMutation} and {@code copy()}; a request's builder also takes the override configuration,
 * and a response's the HTTP response and metadata.
 */
final class BuilderEmitter {
    /** The builder's fields for what the request and response bases hold, named apart from any member's field. */
    static final String OVERRIDE_FIELD = "awsRequestOverrideConfig";
    static final String HTTP_RESPONSE_FIELD = "sdkHttpResponse";
    static final String METADATA_FIELD = "awsResponseMetadata";

    private final EmitContext context;

    BuilderEmitter(EmitContext context) {
        this.context = context;
    }

    TypeSpec emit(ClassName owner, List<MemberModel> members, StructureClass.Kind kind) {
        ClassName builder = owner.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Collects the values of a {@link $T}; not thread-safe.\n", owner)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        switch (kind) {
            case REQUEST -> type.addSuperinterface(context.names().requestBase().nestedClass("Builder"));
            case RESPONSE -> type.addSuperinterface(context.names().responseBase().nestedClass("Builder"));
            default -> { }
        }
        type.addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.COPYABLE_BUILDER, builder, owner));
        for (MemberModel member : members) {
            type.addField(FieldSpec.builder(member.storage(), member.javaName(), Modifier.PRIVATE).build());
        }
        switch (kind) {
            case REQUEST -> type.addField(RuntimeTypes.AWS_REQUEST_OVERRIDE_CONFIGURATION, OVERRIDE_FIELD, Modifier.PRIVATE);
            case RESPONSE -> type.addField(RuntimeTypes.SDK_HTTP_RESPONSE, HTTP_RESPONSE_FIELD, Modifier.PRIVATE)
                    .addField(RuntimeTypes.AWS_RESPONSE_METADATA, METADATA_FIELD, Modifier.PRIVATE);
            default -> { }
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(owner, "model");
        for (MemberModel member : members) {
            copy.addStatement("this.$N = model.$N", member.javaName(), member.javaName());
        }
        switch (kind) {
            case REQUEST -> copy.addStatement("this.$N = model.overrideConfiguration().orElse(null)", OVERRIDE_FIELD);
            case RESPONSE -> copy.addStatement("this.$N = model.sdkHttpResponse()", HTTP_RESPONSE_FIELD)
                    .addStatement("this.$N = model.responseMetadata()", METADATA_FIELD);
            default -> { }
        }
        type.addMethod(copy.build());
        for (MemberModel member : members) {
            setters(type, builder, member);
        }
        switch (kind) {
            case REQUEST -> addOverrideConfiguration(type, builder);
            case RESPONSE -> addResponseParts(type, builder);
            default -> { }
        }
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Creates the immutable {@link $T}.\n", owner)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("return new $T(this)", owner)
                .build());
        return type.build();
    }

    private static void addOverrideConfiguration(TypeSpec.Builder type, ClassName builder) {
        ClassName configuration = RuntimeTypes.AWS_REQUEST_OVERRIDE_CONFIGURATION;
        type.addMethod(MethodSpec.methodBuilder("overrideConfiguration")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(configuration)
                .addStatement("return $N", OVERRIDE_FIELD)
                .build());
        type.addMethod(MethodSpec.methodBuilder("overrideConfiguration")
                .addJavadoc("Settings for this request's call only: time limits, extra headers and query parameters,"
                        + " and the credentials\nprovider that signs it.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(configuration, "overrideConfiguration")
                .addStatement("this.$N = overrideConfiguration", OVERRIDE_FIELD)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("overrideConfiguration")
                .addJavadoc("Settings for this request's call only, filled in on a new builder.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(consumerOf(configuration.nestedClass("Builder")), "builderConsumer")
                .addStatement("this.$N = $T.apply($T.builder(), builderConsumer).build()", OVERRIDE_FIELD,
                        RuntimeTypes.BUILDERS, configuration)
                .addStatement("return this")
                .build());
    }

    private void addResponseParts(TypeSpec.Builder type, ClassName builder) {
        ClassName metadata = context.names().responseMetadata();
        type.addMethod(MethodSpec.methodBuilder("sdkHttpResponse")
                .addJavadoc("The HTTP response, for a response built by hand.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(RuntimeTypes.SDK_HTTP_RESPONSE, "sdkHttpResponse")
                .addStatement("this.$N = sdkHttpResponse", HTTP_RESPONSE_FIELD)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("sdkHttpResponse")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.SDK_HTTP_RESPONSE)
                .addStatement("return $N", HTTP_RESPONSE_FIELD)
                .build());
        type.addMethod(MethodSpec.methodBuilder("responseMetadata")
                .addJavadoc("The request id and other metadata, for a response built by hand.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(RuntimeTypes.AWS_RESPONSE_METADATA, "responseMetadata")
                .addStatement("this.$N = responseMetadata", METADATA_FIELD)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("responseMetadata")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(metadata)
                .addStatement("return $T.create($N)", metadata, METADATA_FIELD)
                .build());
    }

    /** The setters of one member, with the forms its kind has. */
    void setters(TypeSpec.Builder type, ClassName builder, MemberModel member) {
        String name = member.javaName();
        CodeBlock doc = Docs.memberDoc(member);
        switch (member.kind()) {
            case ENUM -> {
                type.addMethod(setter(builder, member, name, member.storage(), doc)
                        .addStatement("this.$N = $N", name, name).addStatement("return this").build());
                type.addMethod(setter(builder, member, name, member.typed(), doc)
                        .addStatement("this.$N = $N == null ? null : $N.toString()", name, name, name)
                        .addStatement("return this").build());
            }
            case LIST_OF_ENUM -> {
                TypeName strings = EnumViews.element(member.storage(), 0);
                TypeName enums = EnumViews.element(member.typed(), 0);
                type.addMethod(collectionSetter(builder, member, name + "WithStrings", strings, doc));
                type.addMethod(varargsSetter(builder, member, name + "WithStrings", strings, doc));
                MethodSpec.Builder typed = setter(builder, member, name, collectionOf(enums), doc);
                EnumViews.convertToStored(typed, member, name);
                type.addMethod(typed.build());
                type.addMethod(varargsSetter(builder, member, name, enums, doc));
            }
            case MAP_OF_ENUM -> {
                type.addMethod(mapSetter(builder, member, name + "WithStrings", member.storage(), doc));
                MethodSpec.Builder typed = setter(builder, member, name, member.typed(), doc);
                EnumViews.convertToStored(typed, member, name);
                type.addMethod(typed.build());
            }
            case LIST, LIST_OF_STRUCTURE -> {
                TypeName element = EnumViews.element(member.storage(), 0);
                type.addMethod(collectionSetter(builder, member, name, element, doc));
                type.addMethod(varargsSetter(builder, member, name, element, doc));
                if (member.kind() == MemberModel.Kind.LIST_OF_STRUCTURE) {
                    type.addMethod(consumerListSetter(builder, member, (ClassName) element, doc));
                }
            }
            case MAP -> type.addMethod(mapSetter(builder, member, name, member.storage(), doc));
            case STRUCTURE -> {
                type.addMethod(setter(builder, member, name, member.storage(), doc)
                        .addStatement("this.$N = $N", name, name).addStatement("return this").build());
                ClassName nested = (ClassName) member.storage();
                ClassName nestedBuilder = nested.nestedClass("Builder");
                type.addMethod(setter(builder, member, name, consumerOf(nestedBuilder), doc)
                        .addStatement("return $N($T.apply($T.builder(), $N).build())", name, RuntimeTypes.BUILDERS,
                                nested, name)
                        .build());
            }
            default -> type.addMethod(setter(builder, member, name, member.storage(), doc)
                    .addStatement("this.$N = $N", name, name).addStatement("return this").build());
        }
    }

    private static MethodSpec.Builder setter(
            ClassName builder, MemberModel member, String name, TypeName parameter, CodeBlock doc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, member.javaName());
        if (!doc.isEmpty()) {
            method.addJavadoc(doc);
        }
        return StructureEmitter.deprecate(member, method);
    }

    private static MethodSpec collectionSetter(
            ClassName builder, MemberModel member, String name, TypeName element, CodeBlock doc) {
        String field = member.javaName();
        return setter(builder, member, name, collectionOf(element), doc)
                .addStatement("this.$N = $N == null ? null : new $T<>($N)", field, field, ArrayList.class, field)
                .addStatement("return this")
                .build();
    }

    private static MethodSpec mapSetter(ClassName builder, MemberModel member, String name, TypeName map, CodeBlock doc) {
        String field = member.javaName();
        return setter(builder, member, name, map, doc)
                .addStatement("this.$N = $N == null ? null : new $T<>($N)", field, field, LinkedHashMap.class, field)
                .addStatement("return this")
                .build();
    }

    private static MethodSpec varargsSetter(
            ClassName builder, MemberModel member, String name, TypeName element, CodeBlock doc) {
        String field = member.javaName();
        MethodSpec.Builder method = setter(builder, member, name, ArrayTypeName.of(element), doc).varargs(true);
        if (!(element instanceof ParameterizedTypeName)) {
            return method.addStatement("return $N($N == null ? null : $T.asList($N))", name, field, Arrays.class, field)
                    .build();
        }
        // a generic array must not escape into another varargs call, so it is copied element by element
        return method.addAnnotation(SafeVarargs.class)
                .addModifiers(Modifier.FINAL)
                .beginControlFlow("if ($N == null)", field)
                .addStatement("this.$N = null", member.javaName())
                .addStatement("return this")
                .endControlFlow()
                .addStatement("$T copy = new $T<>($N.length)", StructureEmitter.listOf(element), ArrayList.class, field)
                .beginControlFlow("for ($T one : $N)", element, field)
                .addStatement("copy.add(one)")
                .endControlFlow()
                .addStatement("return $N(copy)", name)
                .build();
    }

    private static MethodSpec consumerListSetter(ClassName builder, MemberModel member, ClassName element, CodeBlock doc) {
        String field = member.javaName();
        ClassName elementBuilder = element.nestedClass("Builder");
        return setter(builder, member, field, ArrayTypeName.of(consumerOf(elementBuilder)), doc)
                .varargs(true)
                .addAnnotation(SafeVarargs.class)
                .addModifiers(Modifier.FINAL)
                // the array is only read here: a generic varargs array must not escape into another call
                .beginControlFlow("if ($N == null)", field)
                .addStatement("this.$N = null", field)
                .addStatement("return this")
                .endControlFlow()
                .addStatement("$T built = new $T<>($N.length)", StructureEmitter.listOf(element), ArrayList.class, field)
                .beginControlFlow("for ($T mutation : $N)", consumerOf(elementBuilder), field)
                .addStatement("built.add($T.apply($T.builder(), mutation).build())", RuntimeTypes.BUILDERS, element)
                .endControlFlow()
                .addStatement("this.$N = built", field)
                .addStatement("return this")
                .build();
    }

    private static TypeName collectionOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), element);
    }

    private static TypeName consumerOf(TypeName type) {
        return ParameterizedTypeName.get(ClassName.get(Consumer.class), type);
    }
}
