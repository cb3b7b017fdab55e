package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The extra API of a union structure: a {@code Type} enum, {@code type()}, and one {@code fromXxx} factory per member
 * (two for a structure member: the value, or a {@code Consumer} of its builder, as the AWS SDK has).
 */
final class UnionSupport {
    private UnionSupport() {}

    static void add(TypeSpec.Builder type, ClassName union, List<MemberModel> members, EmitContext context) {
        ClassName kind = union.nestedClass("Type");
        TypeSpec.Builder kinds = TypeSpec.enumBuilder(kind)
                .addJavadoc("Which member of the union is set.\n")
                .addModifiers(Modifier.PUBLIC);
        for (MemberModel member : members) {
            kinds.addEnumConstant(constant(member, context));
        }
        kinds.addEnumConstant("UNKNOWN_TO_SDK_VERSION");
        type.addType(kinds.build());

        MethodSpec.Builder which = MethodSpec.methodBuilder("type")
                .addJavadoc("The member that is set, or {@code null} when none is.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(kind);
        for (MemberModel member : members) {
            which.beginControlFlow("if ($N != null)", member.javaName())
                    .addStatement("return $T.$L", kind, constant(member, context))
                    .endControlFlow();
        }
        type.addMethod(which.addStatement("return null").build());

        for (MemberModel member : members) {
            String factory = "from" + context.names().capitalized(member.javaName());
            boolean enumCollection = member.kind() == MemberModel.Kind.LIST_OF_ENUM
                    || member.kind() == MemberModel.Kind.MAP_OF_ENUM;
            // a list or map of enums is set in its string form by xxxWithStrings, as the builder has it
            String suffix = enumCollection ? "WithStrings" : "";
            type.addMethod(factory(union, member, factory + suffix, member.storage(), member.javaName() + suffix));
            if (enumCollection) {
                type.addMethod(factory(union, member, factory, member.typed(), member.javaName()));
            }
            if (member.kind() == MemberModel.Kind.STRUCTURE) {
                ClassName nested = (ClassName) member.storage();
                ClassName nestedBuilder = nested.nestedClass("Builder");
                type.addMethod(StructureEmitter.deprecate(member, MethodSpec.methodBuilder(factory))
                        .addJavadoc("A union with only {@code $L} set, built by the mutation.\n", member.javaName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(union)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), nestedBuilder),
                                member.javaName())
                        .addStatement("return $N($T.apply($T.builder(), $N).build())", factory, RuntimeTypes.BUILDERS,
                                nested, member.javaName())
                        .build());
            }
        }
    }

    private static MethodSpec factory(ClassName union, MemberModel member, String name, TypeName parameter,
            String setter) {
        return StructureEmitter.deprecate(member, MethodSpec.methodBuilder(name))
                .addJavadoc("A union with only {@code $L} set.\n", member.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(union)
                .addParameter(parameter, member.javaName())
                .addStatement("return builder().$N($N).build()", setter, member.javaName())
                .build();
    }

    /** Rejects a union value with more than one member set, naming the members. */
    static void addSingleMemberCheck(MethodSpec.Builder ctor, ClassName union, List<MemberModel> members) {
        ctor.addStatement("$T set = new $T()", StringBuilder.class, StringBuilder.class);
        for (MemberModel member : members) {
            ctor.beginControlFlow("if ($N != null)", member.javaName())
                    .addStatement("set.append(set.length() == 0 ? $S : $S)", member.modelName(), ", " + member.modelName())
                    .endControlFlow();
        }
        ctor.beginControlFlow("if (set.indexOf($S) >= 0)", ",")
                .addStatement("throw new $T($S + set)", IllegalArgumentException.class,
                        union.simpleName() + " is a union: set at most one member, but these are set: ")
                .endControlFlow();
    }

    private static String constant(MemberModel member, EmitContext context) {
        return context.names().enumConstant(member.modelName());
    }
}
