package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ecrgen.codegen.resolve.ServiceIndex;

/**
 * The pipeline for one service: parse, check against the model, compile to Java over the generated classes. Waiters,
 * paginators and operation context parameters call it; nothing is left to look up by name at run time.
 */
public final class JmesPathCompiler {
    /** The runtime class the compiled code calls. */
    public static final ClassName RUNTIME = Compiler.JMES;

    private final ServiceIndex index;
    private final ModelTypes model;

    /**
     * A compiler for the classes generated from this index.
     *
     * @param index the resolved model
     */
    public JmesPathCompiler(ServiceIndex index) {
        this.index = index;
        this.model = new ModelTypes(index.bundle().service().shapes());
    }

    /**
     * Compiles an expression applied to a (non-null) value of a generated class.
     *
     * @param expression the JMESPath text
     * @param rootShape the model shape of the value, or null for a request or response without one
     * @param rootClass the class of the value, e.g. a response class
     * @param root the Java expression holding the value, e.g. the lambda parameter {@code response}
     * @return the code and what it yields
     * @throws JmesPathException when the expression does not parse or does not fit the model
     */
    public CompiledPath compile(String expression, String rootShape, ClassName rootClass, CodeBlock root) {
        Checked checked = Checker.check(expression, model.root(rootShape), model);
        JavaTypes java = new JavaTypes(index, rootClass);
        Compiler.Value value = new Compiler(checked, java).compile(new Compiler.Value(root, checked.input(), true));
        return new CompiledPath(value.code(), value.type(), java.of(value.type()), value.nonNull(),
                checked.deprecated() || java.deprecatedUsed());
    }

    /**
     * A method reference for an expression that is a single member of the root, e.g.
     * {@code DescribeImagesResponse::imageDetails}; null for any other expression.
     *
     * @param expression the JMESPath text
     * @param rootShape the model shape of the root, or null
     * @param rootClass the class of the root
     * @return the reference, or null
     * @throws JmesPathException when the expression does not parse or does not fit the model
     */
    public CodeBlock reference(String expression, String rootShape, ClassName rootClass) {
        Checked checked = Checker.check(expression, model.root(rootShape), model);
        if (!(checked.tree() instanceof Expr.Field field) || !(checked.input() instanceof JmesType.Struct struct)) {
            return null;
        }
        JavaTypes java = new JavaTypes(index, rootClass);
        return CodeBlock.of("$T::$N", rootClass, java.member(struct, field.name()).method());
    }

    /**
     * A JSON value (a waiter's expected value, say) as a Java expression of the type JMESPath values of it have at run
     * time: strings, numbers and booleans as Java literals, arrays and objects as lists and maps.
     *
     * @param value the value
     * @return the expression
     */
    public static CodeBlock literal(JsonNode value) {
        return Compiler.literal(value).code();
    }

    /** The model's types, as the checker sees them. */
    public ModelTypes model() {
        return model;
    }
}
