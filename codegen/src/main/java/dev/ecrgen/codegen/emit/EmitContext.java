package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.resolve.StructureClass;
import dev.ecrgen.codegen.types.TypeMapper;
import java.util.List;
import java.util.TreeSet;

/** What every emitter shares: the index, names, type mapper, and how a type becomes a file. */
final class EmitContext {
    private final ServiceIndex index;
    private final TypeMapper types;
    private final String[] qualified;

    EmitContext(ServiceIndex index) {
        this.index = index;
        this.types = new TypeMapper(index);
        TreeSet<String> shadowing = new TreeSet<>();
        for (StructureClass structure : index.structures()) {
            addIfShadowing(structure.className(), shadowing);
        }
        for (String name : index.enumShapes()) {
            addIfShadowing(index.names().shapeClass(name), shadowing);
        }
        for (String name : index.errorShapes()) {
            addIfShadowing(index.names().shapeClass(name), shadowing);
        }
        this.qualified = shadowing.toArray(new String[0]);
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

    /** A file for the type, with names that shadow {@code java.lang} always written in full. */
    JavaFile file(String packageName, TypeSpec.Builder type) {
        return JavaFile.builder(packageName, type.alwaysQualify(qualified).build())
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }

    private static void addIfShadowing(ClassName name, TreeSet<String> into) {
        if (Names.shadowsJavaLang(name.simpleName())) {
            into.add(name.simpleName());
        }
    }
}
