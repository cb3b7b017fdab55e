package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;

/**
 * Javadoc built from model documentation, always through {@link JavadocText} so it can never break a comment; a
 * fallback sentence, which may hold model names and codes, is escaped as plain text.
 */
final class Docs {
    private Docs() {}

    static void addTypeDoc(TypeSpec.Builder type, String html, String fallback) {
        String text = JavadocText.of(html);
        if (text.isEmpty()) {
            text = JavadocText.plain(fallback);
        }
        if (!text.isEmpty()) {
            type.addJavadoc("$L\n", text);
        }
    }

    static CodeBlock memberDoc(MemberModel member) {
        String text = JavadocText.of(member.ref().documentation());
        if (text.isEmpty()) {
            text = JavadocText.firstParagraph(member.shape().documentation());
        }
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!text.isEmpty()) {
            doc.add("$L\n", text);
        }
        if (member.ref().deprecated()) {
            String why = JavadocText.of(member.ref().deprecatedMessage());
            doc.add("\n@deprecated $L\n", why.isEmpty() ? "no longer used by the service." : why);
        }
        return doc.build();
    }

    static CodeBlock of(String html) {
        String text = JavadocText.of(html);
        return text.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$L\n", text);
    }
}
