package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.resolve.StructureClass;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the JSON codec of one structure class: a stateless singleton that is a {@code Marshaller}, an
 * {@code Unmarshaller}, or both, written against the runtime's streaming {@code JsonReader} and {@code JsonWriter}
 * with no reflection, and one that turns an error response into a modeled exception.
 */
final class CodecEmitter {
    private static final ClassName JSON_FIELDS = RuntimeTypes.JSON.peerClass("JsonFields");

    private final EmitContext context;

    CodecEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(StructureClass structure, boolean writes, boolean reads) {
        ClassName model = structure.className();
        ClassName name = context.names().codecClass(model);
        Shape shape = structure.shapeName() == null ? null : context.shape(structure.shapeName());
        List<MemberModel> members = context.members(shape, false);
        JsonValueCode values = new JsonValueCode(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("$L the JSON form of {@link $T}.\n", writes && reads ? "Reads and writes" : writes ? "Writes" : "Reads", model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        suppressDeprecation(type, members);
        if (writes) {
            type.addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.MARSHALLER, model));
            type.addMethod(marshall(model, members, values));
        }
        if (reads) {
            if (!members.isEmpty()) {
                type.addField(fieldNames(members));
            }
            type.addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.UNMARSHALLER, model));
            type.addMethod(unmarshall(model, members, values));
        }
        type.addMethods(values.helpers());
        return context.file(name.packageName(), type);
    }

    /** The codec of a modeled error: builds the exception from the error details and the members in the body. */
    JavaFile emitException(String shapeName, List<MemberModel> members) {
        ClassName model = context.names().shapeClass(shapeName);
        ClassName name = context.names().codecClass(model);
        JsonValueCode values = new JsonValueCode(context);
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addJavadoc("Creates the exception for an error response; a body that cannot be read leaves the members unset.\n")
                // declared as the base type, so verifying the error factory loads no exception class it may never throw
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(context.names().serviceException())
                .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details")
                .addStatement("$T.Builder builder = $T.builder().awsErrorDetails(details)", model, model);
        if (!members.isEmpty()) {
            create.addStatement("byte[] body = details.rawBody()")
                    .beginControlFlow("if (body.length > 0)")
                    .beginControlFlow("try")
                    .addStatement("$T p = new $T(body)", RuntimeTypes.JSON_READER, RuntimeTypes.JSON_READER)
                    .beginControlFlow("if (p.nextToken() == $T.START_OBJECT)", RuntimeTypes.JSON_TOKEN)
                    .addCode(fieldLoop(members, values, true))
                    .endControlFlow()
                    .nextControlFlow("catch ($T unreadable)", IOException.class)
                    .addComment("the error itself is still reported; only its extra members are lost")
                    .endControlFlow()
                    .endControlFlow();
        }
        create.addStatement("return builder.build()");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Creates {@link $T} from an error response.\n", model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (!members.isEmpty()) {
            type.addField(fieldNames(members));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(create.build());
        suppressDeprecation(type, members);
        type.addMethods(values.helpers());
        return context.file(name.packageName(), type);
    }

    private MethodSpec marshall(ClassName model, List<MemberModel> members, JsonValueCode values) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("marshall")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addException(IOException.class)
                .addParameter(model, "value")
                .addParameter(RuntimeTypes.JSON_WRITER, "w")
                .addStatement("w.writeStartObject()");
        for (MemberModel member : members) {
            CodeBlock present = member.isCollection()
                    ? CodeBlock.of("value.has$L()", context.names().capitalized(member.javaName()))
                    : CodeBlock.of("value.$N() != null", member.rawAccessor());
            method.beginControlFlow("if ($L)", present)
                    .addStatement("w.writeFieldName($S)", member.wireName())
                    .addStatement(values.write(member.shapeName(), member.ref(),
                            CodeBlock.of("value.$N()", member.rawAccessor())));
            if (member.ref().idempotencyToken() && member.shape().type().equals("string")) {
                method.nextControlFlow("else")
                        .addStatement("w.writeFieldName($S)", member.wireName())
                        .addStatement("w.writeString($T.next())", RuntimeTypes.IDEMPOTENCY_TOKENS);
            }
            method.endControlFlow();
        }
        return method.addStatement("w.writeEndObject()").build();
    }

    private MethodSpec unmarshall(ClassName model, List<MemberModel> members, JsonValueCode values) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("unmarshall")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addException(IOException.class)
                .returns(model)
                .addParameter(RuntimeTypes.JSON_READER, "p")
                .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (p.currentToken() != $T.START_OBJECT)", RuntimeTypes.JSON_TOKEN)
                .addStatement("throw p.error($S + p.currentToken())",
                        "expected a JSON object for " + model.simpleName() + " but found ")
                .endControlFlow()
                .addStatement("$T.Builder builder = $T.builder()", model, model);
        if (members.isEmpty()) {
            method.addStatement("p.skipChildren()");
        } else {
            method.addCode(fieldLoop(members, values, false));
        }
        return method.addStatement("return builder.build()").build();
    }

    /**
     * The loop over an object's fields that hands each known member to the builder and skips the rest; fields are
     * numbered by {@code FIELDS}, the members' wire names in order.
     */
    private CodeBlock fieldLoop(List<MemberModel> members, JsonValueCode values, boolean exception) {
        CodeBlock.Builder loop = CodeBlock.builder()
                .beginControlFlow("for (int field = FIELDS.next(p, -1); field >= 0; field = FIELDS.next(p, field))")
                .beginControlFlow("switch (field)");
        for (int i = 0; i < members.size(); i++) {
            MemberModel member = members.get(i);
            loop.addStatement("case $L -> builder.$N($L)", i, exception ? member.javaName() : setterFor(member),
                    values.read(member.shapeName(), member.ref()));
        }
        return loop.addStatement("default -> p.skipChildren()")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** The wire names of the members, numbered as {@link #fieldLoop} reads them. */
    private static FieldSpec fieldNames(List<MemberModel> members) {
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", JSON_FIELDS);
        for (int i = 0; i < members.size(); i++) {
            names.add(i == 0 ? "$S" : ", $S", members.get(i).wireName());
        }
        return FieldSpec.builder(JSON_FIELDS, "FIELDS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(names.add(")").build())
                .build();
    }

    private static String setterFor(MemberModel member) {
        return switch (member.kind()) {
            case LIST_OF_ENUM, MAP_OF_ENUM -> member.javaName() + "WithStrings";
            default -> member.javaName();
        };
    }

    private static void suppressDeprecation(TypeSpec.Builder type, List<MemberModel> members) {
        for (MemberModel member : members) {
            if (member.ref().deprecated()) {
                type.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "deprecation")
                        .build());
                return;
            }
        }
    }
}
