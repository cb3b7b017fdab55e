package dev.ecrgen.codegen.jmespath;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.validate.Problem;
import java.util.List;

/**
 * Compiles the {@code path} of an operation's {@code operationContextParams} (a JMESPath expression over the
 * operation's input, e.g. DynamoDB's {@code keys(RequestItems)} or {@code TransactItems[*].Get.TableName}) into the
 * Java expression that gives the endpoint parameter's value from a request, as the endpoint wiring sets it before
 * resolving the endpoint.
 *
 * <p>The values are those the AWS SDK for Java v2 gives the same parameter (it evaluates these paths with its
 * generated {@code JmesPathRuntime} and converts the result with {@code stringValue()} or {@code stringValues()}):
 * <ul>
 * <li>a {@code string} parameter is the string the path yields, or null when the path yields nothing (a missing
 *     member anywhere along it);</li>
 * <li>a {@code stringArray} parameter is the list of the strings the path yields, in order, with null elements left
 *     out; when the path yields nothing it is an empty list, never null. A path that yields one string gives a list
 *     of it alone. {@code keys()} gives a map's keys in the SDK's order (that of a {@code HashMap} copy), so a
 *     rule that reads the first element sees the same key with either client.</li>
 * </ul>
 * A path that does not parse, does not fit the input shape, or does not yield the parameter's type is a problem
 * {@value #CODE} naming the place the caller gives and the position in the path.
 */
public final class OperationContextParams {
    /** The problem code of a path that cannot be compiled. */
    public static final String CODE = "E173";

    private final JmesPathCompiler compiler;

    /** The parameter types of the rule set ({@code parameters.*.type}) that a path can give. */
    public enum Type {
        /** {@code string}: the code is a {@code String}, null when the path yields nothing. */
        STRING,
        /** {@code stringArray}: the code is a {@code List<String>}, never null. */
        STRING_ARRAY;

        /**
         * The type of a rule-set parameter type name.
         *
         * @param ruleSetType {@code string} or {@code stringArray}
         * @return the type, or null for a type a path cannot give
         */
        public static Type of(String ruleSetType) {
            return switch (ruleSetType == null ? "" : ruleSetType) {
                case "string" -> STRING;
                case "stringArray" -> STRING_ARRAY;
                default -> null;
            };
        }

        TypeName javaType() {
            return this == STRING ? ClassName.get(String.class)
                    : ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
        }
    }

    /**
     * Paths over the classes generated from this index.
     *
     * @param index the resolved model
     */
    public OperationContextParams(ServiceIndex index) {
        this.compiler = new JmesPathCompiler(index);
    }

    /**
     * Compiles one parameter's path.
     *
     * @param where the place in the model, for problems, e.g.
     *     {@code operations.BatchGetItem.operationContextParams.ResourceArnList.path}
     * @param path the JMESPath expression
     * @param inputShape the operation's input shape, e.g. {@code BatchGetItemInput}; null when it has none
     * @param requestClass the generated request class, e.g. {@code BatchGetItemRequest}
     * @param request the Java expression holding the (non-null) request, e.g. {@code CodeBlock.of("request")};
     *     the code may declare lambda parameters named {@code e1}, {@code e2}, ..., so it must not be used where
     *     locals of those names are in scope
     * @param type the parameter's type
     * @return the code, of Java type {@code String} or {@code List<String>}; its {@code deprecated()} says whether
     *     the code around it must suppress deprecation warnings
     * @throws CodegenException with one problem {@value #CODE} when the path cannot give the parameter
     */
    public CompiledPath compile(String where, String path, String inputShape, ClassName requestClass, CodeBlock request,
            Type type) {
        CompiledPath compiled;
        try {
            compiled = compiler.compile(path, inputShape, requestClass, request);
        } catch (JmesPathException e) {
            throw problem(where, e.getMessage());
        }
        JmesType yields = compiled.type();
        boolean string = yields.equals(JmesType.STRING);
        if (type == Type.STRING && string) {
            return compiled;
        }
        if (type == Type.STRING_ARRAY && (string || yields.equals(new JmesType.ListOf(JmesType.STRING)))) {
            return new CompiledPath(CodeBlock.of("$T.stringList($L)", Compiler.JMES, compiled.code()),
                    new JmesType.ListOf(JmesType.STRING), type.javaType(), true, compiled.deprecated());
        }
        throw problem(where, "'" + path + "' yields " + yields.describe() + ", but the parameter is "
                + (type == Type.STRING ? "a string" : "a list of strings (stringArray)"));
    }

    private static CodegenException problem(String where, String message) {
        return CodegenException.of(new Problem(CODE, where, message));
    }
}
