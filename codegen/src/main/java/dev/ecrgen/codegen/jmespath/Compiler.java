package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a checked expression into one Java expression over the accessors of the generated classes, with
 * {@code dev.ecrgen.runtime.jmespath.Jmes} for JMESPath's null handling and value semantics. Projections, filters and
 * expression references become lambdas whose parameters are named {@code e1}, {@code e2}, ... (so the code they are
 * put into must not have locals of those names). Every Java expression has exactly the static type
 * {@link JavaTypes#of} gives for its node's type; generic calls whose result could be inferred otherwise name their
 * type arguments.
 */
final class Compiler {
    static final ClassName JMES = ClassName.get("dev.ecrgen.runtime.jmespath", "Jmes");
    static final ClassName FUNCTIONS = ClassName.get("dev.ecrgen.runtime.jmespath", "JmesFunctions");

    private final Checked checked;
    private final JavaTypes java;
    private int lambdas;

    /**
     * A compiled (sub-)expression.
     *
     * @param code the Java expression
     * @param type what it yields
     * @param nonNull whether it never yields null
     */
    record Value(CodeBlock code, JmesType type, boolean nonNull) {
        Value withType(JmesType other) {
            return new Value(code, other, nonNull);
        }
    }

    Compiler(Checked checked, JavaTypes java) {
        this.checked = checked;
        this.java = java;
    }

    /** The code of the whole expression applied to {@code input}. */
    Value compile(Value input) {
        return compile(checked.tree(), input);
    }

    Value compile(Expr node, Value input) {
        if (node instanceof Expr.Current) {
            return input;
        }
        if (node instanceof Expr.Field field) {
            return field(field, input);
        }
        if (node instanceof Expr.Sub sub) {
            return then(sub.left(), sub.right(), input);
        }
        if (node instanceof Expr.Pipe pipe) {
            return then(pipe.left(), pipe.right(), input);
        }
        if (node instanceof Expr.Index index) {
            return nullable(node, "$T.index($L, $L)", JMES, compile(index.target(), input).code(), index.index());
        }
        if (node instanceof Expr.Slice slice) {
            return nullable(node, "$T.slice($L, $L, $L, $L)", JMES, compile(slice.target(), input).code(),
                    slice.start(), slice.stop(), slice.step());
        }
        if (node instanceof Expr.Flatten flatten) {
            return flatten(flatten, input);
        }
        if (node instanceof Expr.Projection projection) {
            return project(compile(projection.source(), input), projection.right(), node,
                    projection.source() instanceof Expr.Flatten);
        }
        if (node instanceof Expr.ValueProjection projection) {
            Value map = compile(projection.source(), input);
            return project(nullable(projection.source(), "$T.values($L)", JMES, map.code())
                    .withType(new JmesType.ListOf(((JmesType.MapOf) map.type()).value())), projection.right(), node,
                    false);
        }
        if (node instanceof Expr.FilterProjection filter) {
            return filter(filter, input);
        }
        if (node instanceof Expr.Compare compare) {
            return compare(compare, input);
        }
        if (node instanceof Expr.And and) {
            return generic(node, "and", compile(and.left(), input).code(), compile(and.right(), input).code());
        }
        if (node instanceof Expr.Or or) {
            return generic(node, "or", compile(or.left(), input).code(), compile(or.right(), input).code());
        }
        if (node instanceof Expr.Not not) {
            return new Value(CodeBlock.of("$T.not($L)", JMES, compile(not.expression(), input).code()),
                    JmesType.BOOLEAN, true);
        }
        if (node instanceof Expr.Literal literal) {
            return literal(literal.value());
        }
        if (node instanceof Expr.MultiSelectList list) {
            return select(node, input, "listOf", list.items(), null);
        }
        if (node instanceof Expr.MultiSelectHash hash) {
            List<Expr> values = new ArrayList<>();
            List<CodeBlock> keys = new ArrayList<>();
            for (Expr.KeyValue entry : hash.entries()) {
                values.add(entry.value());
                keys.add(CodeBlock.of("$S", entry.key()));
            }
            return select(node, input, "hashOf", values, CodeBlock.of("$T.of($L)", List.class,
                    CodeBlock.join(keys, ", ")));
        }
        if (node instanceof Expr.FunctionCall call) {
            return new FunctionCode(this, call, input).compile();
        }
        throw new IllegalStateException("the checker let through " + node);
    }

    /**
     * The right side applied to the left side's value. When the right side reads its input more than once and the left
     * side is more than a chain of accessors, the left value is computed once and passed to a lambda.
     */
    private Value then(Expr left, Expr right, Value input) {
        Value value = compile(left, input);
        if (accessorChain(left) || !readsInputTwice(right)) {
            return compile(right, value);
        }
        String name = "e" + (++lambdas);
        Value result = compile(right, new Value(CodeBlock.of("$N", name), value.type(), value.nonNull()));
        return new Value(CodeBlock.of("$T.with($L, ($T $N) -> $L)", JMES, value.code(), java.of(value.type()), name,
                result.code()), result.type(), result.nonNull());
    }

    private static boolean accessorChain(Expr node) {
        if (node instanceof Expr.Sub sub) {
            return accessorChain(sub.left()) && accessorChain(sub.right());
        }
        return node instanceof Expr.Current || node instanceof Expr.Field || node instanceof Expr.Literal;
    }

    private static boolean readsInputTwice(Expr node) {
        return node instanceof Expr.MultiSelectList list && list.items().size() > 1
                || node instanceof Expr.MultiSelectHash hash && hash.entries().size() > 1
                || node instanceof Expr.FunctionCall call && call.arguments().size() > 1
                || node instanceof Expr.Compare || node instanceof Expr.And || node instanceof Expr.Or;
    }

    private Value field(Expr.Field field, Value input) {
        if (input.type() instanceof JmesType.MapOf) {
            return nullable(field, "$T.key($L, $S)", JMES, input.code(), field.name());
        }
        JmesType.Struct struct = (JmesType.Struct) input.type();
        JavaTypes.Accessor accessor = java.member(struct, field.name());
        JmesType type = checked.typeOf(field);
        if (input.nonNull()) {
            return new Value(CodeBlock.of("$L.$N()", input.code(), accessor.method()), type, accessor.neverNull());
        }
        return new Value(CodeBlock.of("$T.get($L, $T::$N)", JMES, input.code(), java.of(struct), accessor.method()),
                type, false);
    }

    private Value flatten(Expr.Flatten flatten, Value input) {
        Value list = compile(flatten.target(), input);
        JmesType element = ((JmesType.ListOf) list.type()).element();
        String method = element instanceof JmesType.ListOf ? "flatten"
                : element instanceof JmesType.Any ? "flattenAny" : "compact";
        return nullable(flatten, "$T.$N($L)", JMES, method, list.code());
    }

    /**
     * A projection of {@code right} over the list {@code source}; JMESPath leaves out null results, so a projection
     * that keeps the elements as they are still drops nulls (a flatten already has).
     */
    private Value project(Value source, Expr right, Expr node, boolean compacted) {
        JmesType type = checked.typeOf(node);
        if (right instanceof Expr.Current) {
            return compacted ? source.withType(type)
                    : new Value(CodeBlock.of("$T.compact($L)", JMES, source.code()), type, source.nonNull());
        }
        CodeBlock lambda = lambda(((JmesType.ListOf) source.type()).element(), right);
        return new Value(CodeBlock.of("$T.project($L, $L)", JMES, source.code(), lambda), type, source.nonNull());
    }

    private Value filter(Expr.FilterProjection filter, Value input) {
        Value source = compile(filter.source(), input);
        JmesType element = ((JmesType.ListOf) source.type()).element();
        Value kept = new Value(CodeBlock.of("$T.filter($L, $L)", JMES, source.code(),
                lambda(element, filter.condition())), source.type(), source.nonNull());
        return project(kept, filter.right(), filter, false);
    }

    /**
     * A lambda applying an expression to one value of a type: {@code (Shard e1) -> e1.shardId()}. Its parameter may be
     * null (an element of a list may be).
     */
    CodeBlock lambda(JmesType parameter, Expr body) {
        String name = "e" + (++lambdas);
        Value result = compile(body, new Value(CodeBlock.of("$N", name), parameter, false));
        return CodeBlock.of("($T $N) -> $L", java.of(parameter), name, result.code());
    }

    private Value compare(Expr.Compare compare, Value input) {
        CodeBlock left = compile(compare.left(), input).code();
        CodeBlock right = compile(compare.right(), input).code();
        return switch (compare.operator()) {
            case "==" -> new Value(CodeBlock.of("$T.equal($L, $L)", JMES, left, right), JmesType.BOOLEAN, true);
            case "!=" -> new Value(CodeBlock.of("!$T.equal($L, $L)", JMES, left, right), JmesType.BOOLEAN, true);
            default -> new Value(CodeBlock.of("$T.compare($L, $S, $L)", JMES, left, compare.operator(), right),
                    JmesType.BOOLEAN, false);
        };
    }

    /**
     * A multi-select list or hash: the values of the items, each applied to the current value; null when the current
     * value is null.
     */
    private Value select(Expr node, Value input, String method, List<Expr> items, CodeBlock keys) {
        JmesType type = checked.typeOf(node);
        JmesType itemType = type instanceof JmesType.ListOf list ? list.element() : ((JmesType.MapOf) type).value();
        Value current = input;
        String name = null;
        if (!input.nonNull()) {
            name = "e" + (++lambdas);
            current = new Value(CodeBlock.of("$N", name), input.type(), true);
        }
        List<CodeBlock> codes = new ArrayList<>();
        if (keys != null) {
            codes.add(keys);
        }
        for (Expr item : items) {
            codes.add(compile(item, current).code());
        }
        CodeBlock made = CodeBlock.of("$T.<$T>$N($L)", JMES, java.of(itemType).box(), method,
                CodeBlock.join(codes, ", "));
        if (name == null) {
            return new Value(made, type, true);
        }
        return new Value(CodeBlock.of("$T.select($L, ($T $N) -> $L)", JMES, input.code(), java.of(input.type()), name,
                made), type, false);
    }

    /** A call of a generic runtime method that returns one of its arguments, typed as the node says. */
    Value generic(Expr node, String method, CodeBlock... arguments) {
        return generic(node, checked.typeOf(node), method, arguments);
    }

    /**
     * A call of a generic runtime method whose one type argument is {@code typeArgument}, named in the call when the
     * arguments alone would let Java infer another type.
     */
    Value generic(Expr node, JmesType typeArgument, String method, CodeBlock... arguments) {
        ClassName owner = method.equals("and") || method.equals("or") ? JMES : FUNCTIONS;
        CodeBlock joined = CodeBlock.join(List.of(arguments), ", ");
        CodeBlock code = typeArgument instanceof JmesType.Any || mentionsAny(typeArgument)
                ? CodeBlock.of("$T.<$T>$N($L)", owner, java.of(typeArgument).box(), method, joined)
                : CodeBlock.of("$T.$N($L)", owner, method, joined);
        return new Value(code, checked.typeOf(node), false);
    }

    /** A JSON literal as Java: strings, numbers and booleans as Java literals; arrays and objects read on each call. */
    static Value literal(JsonNode value) {
        JmesType type = Checker.literal(value);
        if (value.isTextual()) {
            return new Value(CodeBlock.of("$S", value.asText()), type, true);
        }
        if (value.isBoolean()) {
            return new Value(CodeBlock.of("$L", value.asBoolean()), type, true);
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return new Value(CodeBlock.of("$L", value.asInt()), type, true);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return new Value(CodeBlock.of("$LL", value.asLong()), type, true);
        }
        if (value.isIntegralNumber()) {
            return new Value(CodeBlock.of("new $T($S)", BigInteger.class, value.asText()), type, true);
        }
        if (value.isNumber()) {
            return new Value(CodeBlock.of("new $T($S)", BigDecimal.class, value.decimalValue().toString()), type,
                    true);
        }
        if (value.isArray()) {
            return new Value(CodeBlock.of("$T.literalList($S)", JMES, value.toString()), type, true);
        }
        if (value.isObject()) {
            return new Value(CodeBlock.of("$T.literalMap($S)", JMES, value.toString()), type, true);
        }
        return new Value(CodeBlock.of("($T) null", Object.class), type, false);
    }

    /** The node's type, for {@link FunctionCode}. */
    JmesType typeOf(Expr node) {
        return checked.typeOf(node);
    }

    private Value nullable(Expr node, String format, Object... arguments) {
        return new Value(CodeBlock.of(format, arguments), checked.typeOf(node), false);
    }

    private static boolean mentionsAny(JmesType type) {
        if (type instanceof JmesType.ListOf list) {
            return list.element() instanceof JmesType.Any || mentionsAny(list.element());
        }
        if (type instanceof JmesType.MapOf map) {
            return map.value() instanceof JmesType.Any || mentionsAny(map.value());
        }
        return false;
    }
}
