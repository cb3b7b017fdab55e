package dev.ecrgen.codegen.jmespath;

import java.util.stream.Collectors;

/** Prints a tree as an s-expression without positions, so tests can state a whole tree on one line. */
final class Trees {
    private Trees() {}

    static String print(Expr node) {
        if (node instanceof Expr.Current) {
            return "@";
        }
        if (node instanceof Expr.Field f) {
            return f.name();
        }
        if (node instanceof Expr.Sub s) {
            return "(sub " + print(s.left()) + " " + print(s.right()) + ")";
        }
        if (node instanceof Expr.Pipe p) {
            return "(pipe " + print(p.left()) + " " + print(p.right()) + ")";
        }
        if (node instanceof Expr.Index i) {
            return "(index " + print(i.target()) + " " + i.index() + ")";
        }
        if (node instanceof Expr.Slice s) {
            return "(slice " + print(s.target()) + " " + part(s.start()) + " " + part(s.stop()) + " "
                    + part(s.step()) + ")";
        }
        if (node instanceof Expr.Flatten f) {
            return "(flatten " + print(f.target()) + ")";
        }
        if (node instanceof Expr.Projection p) {
            return "(project " + print(p.source()) + " " + print(p.right()) + ")";
        }
        if (node instanceof Expr.ValueProjection p) {
            return "(values " + print(p.source()) + " " + print(p.right()) + ")";
        }
        if (node instanceof Expr.FilterProjection f) {
            return "(filter " + print(f.source()) + " " + print(f.condition()) + " " + print(f.right()) + ")";
        }
        if (node instanceof Expr.Compare c) {
            return "(" + c.operator() + " " + print(c.left()) + " " + print(c.right()) + ")";
        }
        if (node instanceof Expr.And a) {
            return "(and " + print(a.left()) + " " + print(a.right()) + ")";
        }
        if (node instanceof Expr.Or o) {
            return "(or " + print(o.left()) + " " + print(o.right()) + ")";
        }
        if (node instanceof Expr.Not n) {
            return "(not " + print(n.expression()) + ")";
        }
        if (node instanceof Expr.Literal l) {
            return "`" + l.value() + "`";
        }
        if (node instanceof Expr.MultiSelectList l) {
            return "(list " + l.items().stream().map(Trees::print).collect(Collectors.joining(" ")) + ")";
        }
        if (node instanceof Expr.MultiSelectHash h) {
            return "(hash " + h.entries().stream().map(e -> e.key() + "=" + print(e.value()))
                    .collect(Collectors.joining(" ")) + ")";
        }
        if (node instanceof Expr.FunctionCall f) {
            return "(" + f.name() + f.arguments().stream().map(a -> " " + print(a)).collect(Collectors.joining())
                    + ")";
        }
        if (node instanceof Expr.ExpressionRef r) {
            return "(& " + print(r.expression()) + ")";
        }
        throw new AssertionError("unknown node " + node);
    }

    private static String part(Integer value) {
        return value == null ? "_" : value.toString();
    }
}
