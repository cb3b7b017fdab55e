package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds whether rendered Java source uses one of a set of top-level classes, the way javac sees a use: the class named
 * in code (never in a comment or a literal) either in full, or by its simple name where that name means it (the file is
 * in the class's package, or imports it). An import alone is not a use, as javac does not warn about one. A same simple
 * name that means something else (a nested class of the file, say) counts too; that can only add a suppression that
 * was not needed, never miss one.
 */
final class DeprecatedUse {
    private final Set<String> qualified = new HashSet<>();
    private final Set<String> simple = new HashSet<>();
    private final Set<String> imports = new HashSet<>();

    private DeprecatedUse() {}

    /**
     * Whether the source uses any of the classes.
     *
     * @param source the rendered file
     * @param packageName the file's package
     * @param self the file's top-level class; uses inside it never warn
     * @param classes the top-level classes to look for
     */
    static boolean uses(String source, String packageName, ClassName self, List<ClassName> classes) {
        DeprecatedUse names = new DeprecatedUse();
        names.scan(codeOnly(source));
        for (ClassName type : classes) {
            if (type.equals(self)) {
                continue;
            }
            String canonical = type.canonicalName();
            if (names.qualified.contains(canonical)) {
                return true;
            }
            if (names.simple.contains(type.simpleName())
                    && (type.packageName().equals(packageName) || names.imports.contains(canonical))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects dotted names: each with every prefix into {@link #qualified}, its first identifier into {@link #simple},
     * and the names after {@code import} (and {@code package}) into {@link #imports} only.
     */
    private void scan(char[] code) {
        int i = 0;
        boolean afterImport = false;
        while (i < code.length) {
            char c = code[i];
            if (!Character.isJavaIdentifierStart(c)) {
                if (c == ';') {
                    afterImport = false;
                }
                i++;
                continue;
            }
            boolean afterDot = previousNonSpace(code, i) == '.';
            StringBuilder chain = new StringBuilder();
            int end = identifierEnd(code, i);
            String first = new String(code, i, end - i);
            chain.append(first);
            List<String> prefixes = new ArrayList<>();
            prefixes.add(chain.toString());
            i = end;
            int next = skipSpaces(code, i);
            while (next < code.length && code[next] == '.') {
                int start = skipSpaces(code, next + 1);
                if (start >= code.length || !Character.isJavaIdentifierStart(code[start])) {
                    break;
                }
                end = identifierEnd(code, start);
                chain.append('.').append(code, start, end - start);
                prefixes.add(chain.toString());
                i = end;
                next = skipSpaces(code, i);
            }
            if (first.equals("import") || first.equals("package")) {
                afterImport = true;
                continue;
            }
            if (afterImport) {
                imports.add(chain.toString());
                continue;
            }
            if (!afterDot) {
                simple.add(first);
                qualified.addAll(prefixes);
            }
        }
    }

    private static int identifierEnd(char[] code, int start) {
        int end = start + 1;
        while (end < code.length && Character.isJavaIdentifierPart(code[end])) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(char[] code, int at) {
        while (at < code.length && Character.isWhitespace(code[at])) {
            at++;
        }
        return at;
    }

    private static char previousNonSpace(char[] code, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(code[i])) {
                return code[i];
            }
        }
        return ' ';
    }

    /** The source with comments and the contents of string and character literals blanked out. */
    static char[] codeOnly(String source) {
        char[] code = source.toCharArray();
        int i = 0;
        while (i < code.length) {
            char c = code[i];
            if (c == '/' && i + 1 < code.length && code[i + 1] == '/') {
                while (i < code.length && code[i] != '\n') {
                    code[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < code.length && code[i + 1] == '*') {
                int close = source.indexOf("*/", i + 2);
                int end = close < 0 ? code.length : close + 2;
                while (i < end) {
                    code[i++] = ' ';
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < code.length && code[i] != c && code[i] != '\n') {
                    if (code[i] == '\\' && i + 1 < code.length) {
                        code[i++] = ' ';
                    }
                    code[i++] = ' ';
                }
                i++;
            } else {
                i++;
            }
        }
        return code;
    }
}
