package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: one constant per model value plus {@code UNKNOWN_TO_SDK_VERSION}, which {@code fromValue} returns
 * for values this version of the model does not list (the original string stays available through the member's
 * {@code xxxAsString()} accessor).
 */
final class EnumEmitter {
    private final EmitContext context;

    EnumEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(String shapeName) {
        Shape shape = context.shape(shapeName);
        ClassName name = context.names().shapeClass(shapeName);
        TypeSpec.Builder type = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
        Docs.addTypeDoc(type, shape.documentation(), "");
        for (Map.Entry<String, String> constant : context.names().enumConstants(shape.enumValues()).entrySet()) {
            type.addEnumConstant(constant.getValue(), TypeSpec.anonymousClassBuilder("$S", constant.getKey()).build());
        }
        type.addEnumConstant("UNKNOWN_TO_SDK_VERSION", TypeSpec.anonymousClassBuilder("null").build());
        TypeName lookup = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name);
        type.addField(FieldSpec.builder(lookup, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.byValue(values(), UNKNOWN_TO_SDK_VERSION)", RuntimeTypes.ENUM_VALUES)
                .build());
        type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("The value as the service spells it.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $T.valueOf(value)", String.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant for {@code value}: null if null, "
                        + "{@link #UNKNOWN_TO_SDK_VERSION} if unlisted.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .addStatement("return value == null ? null : BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION)")
                .build());
        TypeName set = ParameterizedTypeName.get(ClassName.get(Set.class), name);
        type.addMethod(MethodSpec.methodBuilder("knownValues")
                .addJavadoc("Every constant this model lists, without {@link #UNKNOWN_TO_SDK_VERSION}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(set)
                .addStatement("return $T.complementOf($T.of(UNKNOWN_TO_SDK_VERSION))", EnumSet.class, EnumSet.class)
                .build());
        return context.file(name.packageName(), type);
    }
}
