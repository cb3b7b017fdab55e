package dev.ecrgen.codegen.jmespath;

import java.util.Map;

/**
 * An expression that fits the model: its tree, and the type every node of it yields.
 *
 * @param source the expression text
 * @param tree its tree
 * @param input the type of the value it is applied to
 * @param types the type each node yields, by node identity
 * @param deprecated whether it reads a member or structure the model marks deprecated
 */
public record Checked(String source, Expr tree, JmesType input, Map<Expr, JmesType> types, boolean deprecated) {

    /** The type the whole expression yields. */
    public JmesType type() {
        return typeOf(tree);
    }

    /** The type a node of the tree yields. */
    JmesType typeOf(Expr node) {
        JmesType type = types.get(node);
        if (type == null) {
            throw new IllegalStateException("unchecked node " + node + " of '" + source + "'");
        }
        return type;
    }
}
