package dev.ecrgen.codegen.write;

import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;

/** One generated file: its path relative to the output root, and its exact bytes. */
public record GeneratedSource(String relativePath, byte[] content) {

    public static GeneratedSource of(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        String text = SourceLayout.tighten(file.toString().replace("\r\n", "\n"));
        return new GeneratedSource(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
