package dev.ecrgen.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.jmespath.Expr;
import dev.ecrgen.codegen.jmespath.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a JMESPath expression into Java code over the accessors of the generated model classes, checking every
 * field against the model as it goes, so that waiters and paginators need no reflection or name lookup at run time.
 * The code calls {@code dev.ecrgen.runtime.jmespath.Jmes} for JMESPath's null handling and value semantics.
 */
final class WaiterPathCompiler {

    /** What the code of a (sub-)expression evaluates to, as far as the model tells. */
    sealed interface PathType {
        TypeName java();
    }

    /** A generated structure class; {@code shape} is null for a request or response without a model shape. */
    record StructType(String shape, ClassName java) implements PathType {}

    /** A list. */
    record ListType(PathType element, TypeName java) implements PathType {}

    /** A map with string keys. */
    record MapType(PathType value, TypeName java) implements PathType {}

    /** A string, number, boolean or other scalar. */
    record ScalarType(TypeName java) implements PathType {}

    /** A value whose type the model does not fix, such as the result of {@code &&}. */
    record UnknownType() implements PathType {
        @Override
        public TypeName java() {
            return ClassName.OBJECT;
        }
    }

    /**
     * Compiled code and what it yields.
     *
     * @param code a Java expression
     * @param type its type
     * @param nonNull whether the expression never yields null
     * @param lastMember the Java name of the member the expression ends on, or null
     */
    record Compiled(CodeBlock code, PathType type, boolean nonNull, String lastMember) {}

    private final EmitContext context;
    private int lambdas;
    private boolean deprecatedUsed;

    WaiterPathCompiler(EmitContext context) {
        this.context = context;
    }

    /**
     * Compiles an expression applied to a (non-null) value of a generated class.
     *
     * @param expression the JMESPath text
     * @param root the class of the value, e.g. a response class
     * @param rootShape the model shape of that class, or null when it has none
     * @param rootCode the Java expression holding the value, e.g. the lambda parameter {@code response}
     * @throws IllegalArgumentException saying what is wrong with the expression, against the model
     */
    Compiled compile(String expression, ClassName root, String rootShape, CodeBlock rootCode) {
        Expr tree = Parser.parse(expression);
        lambdas = 0;
        return compile(tree, new Compiled(rootCode, new StructType(rootShape, root), true, null));
    }

    /**
     * A method reference for an expression that is a single member of the root, e.g.
     * {@code DescribeImagesResponse::imageDetails}; null for any other expression.
     */
    CodeBlock reference(String expression, ClassName root, String rootShape) {
        Expr tree = Parser.parse(expression);
        if (!(tree instanceof Expr.Field)) {
            return null;
        }
        String name = ((Expr.Field) tree).name();
        for (MemberModel member : context.members(rootShape == null ? null : context.shape(rootShape), false)) {
            if (member.modelName().equals(name)) {
                return CodeBlock.of("$T::$N", root, member.rawAccessor());
            }
        }
        return null;
    }

    /** Whether any compiled code used a deprecated member or class; the file must then suppress the warning. */
    boolean deprecatedUsed() {
        return deprecatedUsed;
    }

    /** The type of the values of a shape, as the generated accessors return them. */
    PathType typeOf(String shapeName) {
        Shape shape = context.shape(shapeName);
        TypeName java = context.types().storage(shapeName);
        if (context.index().isEnum(shape)) {
            return new ScalarType(java);
        }
        switch (shape.type()) {
            case "structure":
                if (shape.deprecated()) {
                    deprecatedUsed = true;
                }
                return shape.document() ? new ScalarType(java)
                        : new StructType(shapeName, context.index().structureClass(shapeName));
            case "list":
                return new ListType(typeOf(shape.member().shape()), java);
            case "map":
                return new MapType(typeOf(shape.value().shape()), java);
            default:
                return new ScalarType(java);
        }
    }

    private Compiled compile(Expr node, Compiled at) {
        if (node instanceof Expr.Current) {
            return at;
        }
        if (node instanceof Expr.Field) {
            return field(((Expr.Field) node).name(), at);
        }
        if (node instanceof Expr.Sub) {
            Expr.Sub sub = (Expr.Sub) node;
            return compile(sub.right(), compile(sub.left(), at));
        }
        if (node instanceof Expr.Pipe) {
            Expr.Pipe pipe = (Expr.Pipe) node;
            return compile(pipe.right(), compile(pipe.left(), at));
        }
        if (node instanceof Expr.Index) {
            Expr.Index index = (Expr.Index) node;
            Compiled list = compile(index.target(), at);
            ListType type = list(list, "[" + index.index() + "]");
            return new Compiled(CodeBlock.of("$T.index($L, $L)", WaiterTypes.JMES, list.code(), index.index()),
                    type.element(), false, list.lastMember());
        }
        if (node instanceof Expr.Flatten) {
            Compiled list = compile(((Expr.Flatten) node).target(), at);
            ListType type = list(list, "[]");
            if (type.element() instanceof ListType) {
                return new Compiled(CodeBlock.of("$T.flatten($L)", WaiterTypes.JMES, list.code()), type.element(),
                        false, list.lastMember());
            }
            return list;
        }
        if (node instanceof Expr.Projection) {
            Expr.Projection projection = (Expr.Projection) node;
            return project(compile(projection.source(), at), projection.right());
        }
        if (node instanceof Expr.FilterProjection) {
            return filter((Expr.FilterProjection) node, at);
        }
        if (node instanceof Expr.Compare) {
            return compare((Expr.Compare) node, at);
        }
        if (node instanceof Expr.And) {
            Expr.And and = (Expr.And) node;
            return unknown(CodeBlock.of("$T.and($L, $L)", WaiterTypes.JMES, compile(and.left(), at).code(),
                    compile(and.right(), at).code()));
        }
        if (node instanceof Expr.Or) {
            Expr.Or or = (Expr.Or) node;
            return unknown(CodeBlock.of("$T.or($L, $L)", WaiterTypes.JMES, compile(or.left(), at).code(),
                    compile(or.right(), at).code()));
        }
        if (node instanceof Expr.Not) {
            return bool(CodeBlock.of("$T.not($L)", WaiterTypes.JMES,
                    compile(((Expr.Not) node).expression(), at).code()));
        }
        if (node instanceof Expr.Literal) {
            return literal(((Expr.Literal) node).value());
        }
        if (node instanceof Expr.FunctionCall) {
            return function((Expr.FunctionCall) node, at);
        }
        throw new IllegalStateException("unhandled expression node " + node);
    }

    private Compiled field(String name, Compiled at) {
        PathType type = at.type();
        if (type instanceof MapType) {
            return new Compiled(CodeBlock.of("$T.key($L, $S)", WaiterTypes.JMES, at.code(), name),
                    ((MapType) type).value(), false, null);
        }
        if (!(type instanceof StructType)) {
            throw new IllegalArgumentException("'" + name + "' is applied to " + describe(type)
                    + ", which has no members");
        }
        StructType struct = (StructType) type;
        Shape shape = struct.shape() == null ? null : context.shape(struct.shape());
        List<MemberModel> members = context.members(shape, false);
        for (MemberModel member : members) {
            if (member.modelName().equals(name)) {
                if (member.ref().deprecated()) {
                    deprecatedUsed = true;
                }
                CodeBlock code = at.nonNull()
                        ? CodeBlock.of("$L.$N()", at.code(), member.rawAccessor())
                        : CodeBlock.of("$T.get($L, $T::$N)", WaiterTypes.JMES, at.code(), struct.java(),
                                member.rawAccessor());
                return new Compiled(code, typeOf(member.shapeName()), false, member.javaName());
            }
        }
        List<String> known = new ArrayList<>();
        members.forEach(m -> known.add(m.modelName()));
        throw new IllegalArgumentException("'" + name + "' is not a member of " + struct.java().simpleName()
                + "; its members are " + known);
    }

    private Compiled project(Compiled source, Expr right) {
        ListType type = list(source, "a projection");
        if (right instanceof Expr.Current) {
            return source;
        }
        String element = "e" + (++lambdas);
        Compiled each = compile(right, new Compiled(CodeBlock.of("$N", element), type.element(), false, null));
        TypeName java = com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class),
                each.type().java().box());
        return new Compiled(CodeBlock.of("$T.project($L, ($T $N) -> $L)", WaiterTypes.JMES, source.code(),
                type.element().java(), element, each.code()), new ListType(each.type(), java), false,
                each.lastMember());
    }

    private Compiled filter(Expr.FilterProjection node, Compiled at) {
        Compiled source = compile(node.source(), at);
        ListType type = list(source, "a filter");
        String element = "e" + (++lambdas);
        Compiled condition = compile(node.condition(), new Compiled(CodeBlock.of("$N", element), type.element(),
                false, null));
        Compiled kept = new Compiled(CodeBlock.of("$T.filter($L, ($T $N) -> $L)", WaiterTypes.JMES, source.code(),
                type.element().java(), element, condition.code()), type, false, source.lastMember());
        return project(kept, node.right());
    }

    private Compiled compare(Expr.Compare node, Compiled at) {
        CodeBlock left = compile(node.left(), at).code();
        CodeBlock right = compile(node.right(), at).code();
        switch (node.operator()) {
            case "==":
                return bool(CodeBlock.of("$T.equal($L, $L)", WaiterTypes.JMES, left, right));
            case "!=":
                return bool(CodeBlock.of("!$T.equal($L, $L)", WaiterTypes.JMES, left, right));
            default:
                return bool(CodeBlock.of("$T.compare($L, $S, $L)", WaiterTypes.JMES, left, node.operator(), right));
        }
    }

    private Compiled function(Expr.FunctionCall node, Compiled at) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Expr argument : node.arguments()) {
            arguments.add(compile(argument, at).code());
        }
        switch (node.name()) {
            case "length":
                arity(node, 1);
                return new Compiled(CodeBlock.of("$T.length($L)", WaiterTypes.JMES, arguments.get(0)),
                        new ScalarType(ClassName.get(Integer.class)), false, null);
            case "contains":
                arity(node, 2);
                return new Compiled(CodeBlock.of("$T.contains($L, $L)", WaiterTypes.JMES, arguments.get(0),
                        arguments.get(1)), new ScalarType(ClassName.get(Boolean.class)), false, null);
            default:
                throw new IllegalArgumentException("the function '" + node.name()
                        + "' is not supported; supported are length() and contains()");
        }
    }

    private static void arity(Expr.FunctionCall node, int count) {
        if (node.arguments().size() != count) {
            throw new IllegalArgumentException(node.name() + "() takes " + count
                    + (count == 1 ? " argument" : " arguments") + ", got " + node.arguments().size());
        }
    }

    /** A JSON value as a Java expression. */
    static Compiled literal(JsonNode value) {
        if (value.isTextual()) {
            return new Compiled(CodeBlock.of("$S", value.asText()), new ScalarType(ClassName.get(String.class)),
                    true, null);
        }
        if (value.isBoolean()) {
            return new Compiled(CodeBlock.of("$L", value.asBoolean()), new ScalarType(ClassName.get(Boolean.class)),
                    true, null);
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return new Compiled(CodeBlock.of("$L", value.asInt()), new ScalarType(ClassName.get(Integer.class)),
                    true, null);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return new Compiled(CodeBlock.of("$LL", value.asLong()), new ScalarType(ClassName.get(Long.class)),
                    true, null);
        }
        if (value.isNull()) {
            return new Compiled(CodeBlock.of("($T) null", Object.class), new UnknownType(), false, null);
        }
        if (value.isNumber()) {
            return new Compiled(CodeBlock.of("new $T($S)", java.math.BigDecimal.class, value.asText()),
                    new ScalarType(ClassName.get(java.math.BigDecimal.class)), true, null);
        }
        return new Compiled(CodeBlock.of("$T.literal($S)", WaiterTypes.JMES, value.toString()), new UnknownType(),
                false, null);
    }

    private static ListType list(Compiled value, String what) {
        if (!(value.type() instanceof ListType)) {
            throw new IllegalArgumentException(what + " needs a list, but " + describeTarget(value) + " is "
                    + describe(value.type()));
        }
        return (ListType) value.type();
    }

    private static Compiled unknown(CodeBlock code) {
        return new Compiled(code, new UnknownType(), false, null);
    }

    private static Compiled bool(CodeBlock code) {
        return new Compiled(code, new ScalarType(ClassName.get(Boolean.class)), true, null);
    }

    private static String describeTarget(Compiled value) {
        return value.lastMember() == null ? "its input" : "'" + value.lastMember() + "'";
    }

    private static String describe(PathType type) {
        if (type instanceof StructType) {
            return "a " + ((StructType) type).java().simpleName() + " structure";
        }
        if (type instanceof ListType) {
            return "a list";
        }
        if (type instanceof MapType) {
            return "a map";
        }
        if (type instanceof ScalarType) {
            TypeName java = type.java();
            return "a value of type " + (java instanceof ClassName ? ((ClassName) java).simpleName() : java.toString());
        }
        return "a value of unknown type";
    }
}
