package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Emits the abstract bases every request ({@code EcrRequest}) and response ({@code EcrResponse}) class extends. */
final class BaseTypesEmitter {
    private final EmitContext context;

    BaseTypesEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile requestBase() {
        return base(context.names().requestBase(), "Base class of every request to the $L service.\n");
    }

    JavaFile responseBase() {
        return base(context.names().responseBase(), "Base class of every response from the $L service.\n");
    }

    private JavaFile base(ClassName name, String doc) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc(doc, context.names().serviceBase())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For the generated subclasses.\n")
                        .addModifiers(Modifier.PROTECTED)
                        .build());
        return context.file(name.packageName(), type);
    }
}
