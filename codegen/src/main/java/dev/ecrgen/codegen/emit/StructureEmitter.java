package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.resolve.StructureClass;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an immutable structure class (a request, a response or a nested structure) with fluent accessors, a nested
 * {@code Builder}, {@code toBuilder()}, {@code equals}, {@code hashCode} and a {@code toString} that redacts sensitive
 * members. Unions also get {@code type()} and static {@code fromXxx} factories. Every class is a
 * {@code ToCopyableBuilder}, as in the AWS SDK, which gives it {@code copy(Consumer<Builder>)}; requests and responses
 * extend the service's bases, whose state (override configuration; HTTP response and metadata) their {@code equals}
 * and {@code hashCode} include.
 */
final class StructureEmitter {
    private final EmitContext context;

    StructureEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(StructureClass structure) {
        Shape shape = structure.shapeName() == null ? null : context.shape(structure.shapeName());
        List<MemberModel> members = context.members(shape, false);
        ClassName name = structure.className();
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Docs.addTypeDoc(type, shape == null ? null : shape.documentation(), defaultDoc(structure));
        boolean based = structure.kind() != StructureClass.Kind.STRUCTURE;
        switch (structure.kind()) {
            case REQUEST -> type.superclass(context.names().requestBase());
            case RESPONSE -> type.superclass(context.names().responseBase());
            default -> { }
        }
        type.addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.TO_COPYABLE_BUILDER, name.nestedClass("Builder"), name));
        if (shape != null && shape.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        boolean union = shape != null && shape.union();
        for (MemberModel member : members) {
            type.addField(FieldSpec.builder(member.storage(), member.javaName(), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        type.addMethod(constructor(name, members, union, structure.kind()));
        for (MemberModel member : members) {
            accessors(type, member);
        }
        if (union) {
            UnionSupport.add(type, name, members, context);
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a new, empty builder.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Starts a builder that holds this object's values.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder(this)")
                .build());
        type.addMethod(equalsMethod(name, members, based));
        type.addMethod(hashCodeMethod(members, based));
        type.addMethod(toStringMethod(name, members));
        type.addType(new BuilderEmitter(context).emit(name, members, structure.kind()));
        return context.file(name.packageName(), type);
    }

    private static String defaultDoc(StructureClass structure) {
        return switch (structure.kind()) {
            case REQUEST -> "The input of the " + structure.operation() + " operation.";
            case RESPONSE -> "The output of the " + structure.operation() + " operation.";
            default -> "";
        };
    }

    /** Takes the values from the builder; a request or response hands its base the builder's fields directly. */
    private MethodSpec constructor(ClassName name, List<MemberModel> members, boolean union, StructureClass.Kind kind) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(name.nestedClass("Builder"), "builder");
        switch (kind) {
            case REQUEST -> ctor.addStatement("super(builder.$N)", BuilderEmitter.OVERRIDE_FIELD);
            case RESPONSE -> ctor.addStatement("super(builder.$N, builder.$N)", BuilderEmitter.HTTP_RESPONSE_FIELD,
                    BuilderEmitter.METADATA_FIELD);
            default -> { }
        }
        for (MemberModel member : members) {
            assignFromBuilder(ctor, member);
        }
        if (union) {
            UnionSupport.addSingleMemberCheck(ctor, name, members);
        }
        return ctor.build();
    }

    /** Takes a member's value from the builder; lists and maps are kept read-only. */
    static void assignFromBuilder(MethodSpec.Builder ctor, MemberModel member) {
        String field = member.javaName();
        if (member.shape().type().equals("list")) {
            ctor.addStatement("this.$N = builder.$N == null ? null : $T.unmodifiableList(builder.$N)",
                    field, field, Collections.class, field);
        } else if (member.shape().type().equals("map")) {
            ctor.addStatement("this.$N = builder.$N == null ? null : $T.unmodifiableMap(builder.$N)",
                    field, field, Collections.class, field);
        } else {
            ctor.addStatement("this.$N = builder.$N", field, field);
        }
    }

    /** The accessors of a member: {@code hasXxx()} for collections, the value, and the string form of enums. */
    void accessors(TypeSpec.Builder type, MemberModel member) {
        String field = member.javaName();
        CodeBlock doc = Docs.memberDoc(member);
        if (member.isCollection()) {
            type.addMethod(deprecate(member, MethodSpec.methodBuilder("has" + context.names().capitalized(field)))
                    .addJavadoc("Whether {@code $L} was set, even to an empty collection.\n", field)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(TypeName.BOOLEAN)
                    .addStatement("return $N != null", field)
                    .build());
        }
        switch (member.kind()) {
            case ENUM -> {
                type.addMethod(getter(member, field, member.typed(), doc)
                        .addStatement("return $T.fromValue($N)", member.typed(), field).build());
                type.addMethod(getter(member, member.rawAccessor(), member.storage(), doc)
                        .addStatement("return $N", field).build());
            }
            case LIST_OF_ENUM, MAP_OF_ENUM -> {
                MethodSpec.Builder typed = getter(member, field, member.typed(), doc);
                EnumViews.convertToTyped(typed, member, context);
                type.addMethod(typed.build());
                type.addMethod(getter(member, member.rawAccessor(), member.storage(), doc)
                        .addStatement("return $N == null ? $L : $N", field, emptyOf(member), field).build());
            }
            case LIST, MAP, LIST_OF_STRUCTURE -> type.addMethod(getter(member, field, member.storage(), doc)
                    .addStatement("return $N == null ? $L : $N", field, emptyOf(member), field).build());
            default -> type.addMethod(getter(member, field, member.storage(), doc)
                    .addStatement("return $N", field).build());
        }
    }

    static CodeBlock emptyOf(MemberModel member) {
        return member.shape().type().equals("map")
                ? CodeBlock.of("$T.of()", Map.class)
                : CodeBlock.of("$T.of()", List.class);
    }

    private static MethodSpec.Builder getter(MemberModel member, String name, TypeName returns, CodeBlock doc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
        if (!doc.isEmpty()) {
            method.addJavadoc(doc);
        }
        return deprecate(member, method);
    }

    static MethodSpec.Builder deprecate(MemberModel member, MethodSpec.Builder method) {
        if (member.ref().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** Member by member; requests and responses first compare what their base holds. */
    private static MethodSpec equalsMethod(ClassName name, List<MemberModel> members, boolean based) {
        String other = "other";
        for (int n = 2; isMember(other, members); n++) {
            other = "other" + n;
        }
        CodeBlock.Builder all = CodeBlock.builder().add(based ? "return super.equals(obj) && " : "return ");
        if (members.isEmpty()) {
            all.add("obj instanceof $T", name);
        } else {
            all.add("obj instanceof $T $N", name, other);
        }
        for (MemberModel member : members) {
            String field = member.javaName();
            all.add("\n&& $T.equals($N, $N.$N)", Objects.class, field, other, field);
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "obj")
                .addStatement(all.build())
                .build();
    }

    private static boolean isMember(String javaName, List<MemberModel> members) {
        return members.stream().anyMatch(member -> member.javaName().equals(javaName));
    }

    private static MethodSpec hashCodeMethod(List<MemberModel> members, boolean based) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT);
        if (members.isEmpty()) {
            return method.addStatement(based ? "return super.hashCode()" : "return 1").build();
        }
        CodeBlock fields = CodeBlock.join(members.stream().map(m -> CodeBlock.of("$N", m.javaName())).toList(), ",$W");
        return based
                ? method.addStatement("return 31 * super.hashCode() + $T.hash($L)", Objects.class, fields).build()
                : method.addStatement("return $T.hash($L)", Objects.class, fields).build();
    }

    private static MethodSpec toStringMethod(ClassName name, List<MemberModel> members) {
        CodeBlock.Builder text = CodeBlock.builder().add("return $T.of($S)", RuntimeTypes.TO_STRING, name.simpleName());
        for (MemberModel member : members) {
            text.add("\n.$L($S, $N)", member.sensitive() ? "addSensitive" : "add",
                    member.modelNameForDisplay(), member.javaName());
        }
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(text.add("\n.build()").build())
                .build();
    }

    /** Element types used by builders and enum views, kept here so both agree. */
    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    static TypeName arrayListOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(ArrayList.class), element);
    }

    static TypeName linkedHashMapOf(TypeName key, TypeName value) {
        return ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), key, value);
    }
}
