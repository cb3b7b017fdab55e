package dev.ecrgen.codegen.rules;

import java.util.List;
import java.util.Map;

/** An expression of the rules language. {@code where} names its place in the file. */
public sealed interface Expr {

    /** The place in the file, e.g. {@code rules[0].conditions[1].argv[0]}. */
    String where();

    /** A string, with {@code {Name}} and {@code {Name#path}} parts filled in when it is evaluated. */
    record Template(List<Part> parts, String text, String where) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }

        /** Whether the string has no dynamic parts. */
        public boolean isStatic() {
            return parts.stream().allMatch(part -> part instanceof Text);
        }
    }

    /** A part of a template. */
    sealed interface Part {}

    /** Literal text of a template, with doubled braces already turned into single ones. */
    record Text(String value) implements Part {}

    /** A {@code {...}} part of a template: a reference, or a {@code getAttr} in short form. */
    record Dynamic(Expr expression) implements Part {}

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value, String where) implements Expr {}

    /** A whole number. */
    record IntLiteral(int value, String where) implements Expr {}

    /** A JSON array of literals, as endpoint properties use. */
    record TupleLiteral(List<Expr> elements, String where) implements Expr {
        public TupleLiteral {
            elements = List.copyOf(elements);
        }
    }

    /** A JSON object of literals, as endpoint properties use; keys in file order. */
    record RecordLiteral(Map<String, Expr> members, String where) implements Expr {}

    /** {@code {"ref": name}}: a parameter or a name bound by an earlier condition. */
    record Ref(String name, String where) implements Expr {}

    /** {@code {"fn": name, "argv": [...]}}, other than {@code getAttr}. */
    record Call(RuleFunction function, List<Expr> arguments, String where) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code getAttr(target, "a.b[2]")}: a field or element of a record or array value. */
    record GetAttr(Expr target, List<PathPart> path, String text, String where) implements Expr {
        public GetAttr {
            path = List.copyOf(path);
        }
    }

    /** One step of a {@code getAttr} path. */
    sealed interface PathPart {}

    /** A field of a record. */
    record Field(String name) implements PathPart {}

    /** An element of an array; unset when out of range. */
    record Index(int index) implements PathPart {}
}
