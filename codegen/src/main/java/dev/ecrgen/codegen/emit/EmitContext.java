package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.types.TypeMapper;
import java.util.List;

/**
 * What every emitter shares: the index, names, type mapper, and how a type becomes a file. What depends on the whole
 * set of generated files (which JDK names a generated class shadows, which types use a deprecated one) is decided when
 * the files are rendered, by {@link FileSet}.
 */
final class EmitContext {
    private final ServiceIndex index;
    private final TypeMapper types;

    EmitContext(ServiceIndex index) {
        this.index = index;
        this.types = new TypeMapper(index);
    }

    ServiceIndex index() {
        return index;
    }

    Names names() {
        return index.names();
    }

    TypeMapper types() {
        return types;
    }

    Shape shape(String name) {
        return index.shape(name);
    }

    List<MemberModel> members(Shape structure, boolean exception) {
        return MemberModel.of(index, types, structure, exception);
    }

    /** A file for the type; {@link FileSet#render} qualifies the names it must and renders it. */
    JavaFile file(String packageName, TypeSpec.Builder type) {
        return file(packageName, type.build());
    }

    /** A file for a built type, laid out as every generated file is. */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }
}
