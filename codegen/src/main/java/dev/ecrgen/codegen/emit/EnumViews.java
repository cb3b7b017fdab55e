package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between the stored string form of enum members and their enum view, for lists and maps of enums:
 * written as plain loops so the generated code needs no lambdas.
 */
final class EnumViews {
    private EnumViews() {}

    /** Body of the typed getter: the stored strings converted to enum constants. */
    static void convertToTyped(MethodSpec.Builder method, MemberModel member, EmitContext context) {
        String field = member.javaName();
        method.beginControlFlow("if ($N == null)", field)
                .addStatement("return $L", StructureEmitter.emptyOf(member))
                .endControlFlow();
        if (member.kind() == MemberModel.Kind.LIST_OF_ENUM) {
            TypeName element = element(member.typed(), 0);
            method.addStatement("$T result = new $T<>($N.size())", member.typed(), ArrayList.class, field)
                    .beginControlFlow("for ($T value : $N)", String.class, field)
                    .addStatement("result.add($T.fromValue(value))", element)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(result)", Collections.class);
            return;
        }
        TypeName key = element(member.typed(), 0);
        TypeName value = element(member.typed(), 1);
        TypeName storedKey = element(member.storage(), 0);
        TypeName storedValue = element(member.storage(), 1);
        method.addStatement("$T result = new $T<>()", member.typed(), LinkedHashMap.class)
                .beginControlFlow("for ($T<$T, $T> entry : $N.entrySet())", Map.Entry.class, storedKey, storedValue, field)
                .addStatement("result.put($L, $L)", convert(key, storedKey, "entry.getKey()"),
                        convert(value, storedValue, "entry.getValue()"))
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(result)", Collections.class);
    }

    /** Converts a typed collection parameter into its stored string form, in a builder setter. */
    static void convertToStored(MethodSpec.Builder method, MemberModel member, String parameter) {
        String field = member.javaName();
        method.beginControlFlow("if ($N == null)", parameter)
                .addStatement("this.$N = null", field)
                .addStatement("return this")
                .endControlFlow();
        if (member.kind() == MemberModel.Kind.LIST_OF_ENUM) {
            TypeName element = element(member.typed(), 0);
            method.addStatement("$T converted = new $T<>($N.size())",
                            StructureEmitter.listOf(ClassName.get(String.class)), ArrayList.class, parameter)
                    .beginControlFlow("for ($T value : $N)", element, parameter)
                    .addStatement("converted.add(value == null ? null : value.toString())")
                    .endControlFlow()
                    .addStatement("this.$N = converted", field)
                    .addStatement("return this");
            return;
        }
        TypeName key = element(member.typed(), 0);
        TypeName value = element(member.typed(), 1);
        TypeName storedKey = element(member.storage(), 0);
        TypeName storedValue = element(member.storage(), 1);
        method.addStatement("$T converted = new $T<>()", member.storage(), LinkedHashMap.class)
                .beginControlFlow("for ($T<$T, $T> entry : $N.entrySet())", Map.Entry.class, key, value, parameter)
                .addStatement("converted.put($L, $L)", toStored(key, storedKey, "entry.getKey()"),
                        toStored(value, storedValue, "entry.getValue()"))
                .endControlFlow()
                .addStatement("this.$N = converted", field)
                .addStatement("return this");
    }

    private static CodeBlock convert(TypeName typed, TypeName stored, String expression) {
        return typed.equals(stored) ? CodeBlock.of("$L", expression) : CodeBlock.of("$T.fromValue($L)", typed, expression);
    }

    private static CodeBlock toStored(TypeName typed, TypeName stored, String expression) {
        return typed.equals(stored)
                ? CodeBlock.of("$L", expression)
                : CodeBlock.of("$L == null ? null : $L.toString()", expression, expression);
    }

    static TypeName element(TypeName collection, int index) {
        return ((ParameterizedTypeName) collection).typeArguments().get(index);
    }

    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }
}
