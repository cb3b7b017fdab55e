package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits the service's {@code ErrorFactory}: it maps the error code of a failed call to the modeled exception, or to
 * the service's base exception for a code the model does not list.
 */
final class ErrorFactoryEmitter {
    private final EmitContext context;
    private final ExceptionEmitter exceptions;

    ErrorFactoryEmitter(EmitContext context, ExceptionEmitter exceptions) {
        this.context = context;
        this.exceptions = exceptions;
    }

    JavaFile emit() {
        ClassName name = context.names().errorFactory();
        Map<String, String> byCode = new TreeMap<>();
        for (String shape : context.index().errorShapes()) {
            byCode.putIfAbsent(shape, shape);
        }
        for (String shape : context.index().errorShapes()) {
            byCode.putIfAbsent(exceptions.errorCode(shape), shape);
        }
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.AWS_SERVICE_EXCEPTION)
                .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details");
        CodeBlock unmodeled = CodeBlock.of("$T.builder().awsErrorDetails(details).build()",
                context.names().serviceException());
        if (byCode.isEmpty()) {
            create.addStatement("return $L", unmodeled);
        } else {
            create.addStatement("$T code = details.errorCode()", String.class)
                    .beginControlFlow("if (code == null)")
                    .addStatement("return $L", unmodeled)
                    .endControlFlow()
                    .addCode("return switch (code) {\n$>");
            for (Map.Entry<String, String> entry : byCode.entrySet()) {
                ClassName codec = context.names().codecClass(context.names().shapeClass(entry.getValue()));
                create.addCode("case $S -> $T.create(details);\n", entry.getKey(), codec);
            }
            create.addCode("default -> $L;\n$<};\n", unmodeled);
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Turns the $L service's error responses into exceptions.\n", context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.ERROR_FACTORY)
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(create.build());
        return context.file(name.packageName(), type);
    }
}
