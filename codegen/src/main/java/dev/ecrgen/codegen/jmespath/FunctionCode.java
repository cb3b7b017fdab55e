package dev.ecrgen.codegen.jmespath;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of a call of one of JMESPath's functions, once {@link FunctionTypes} has accepted it: a call of the
 * runtime's method of the same meaning, or nothing at all where the argument already is what the function gives
 * ({@code to_string} of a string, {@code to_array} of a list, {@code to_number} of a number).
 */
final class FunctionCode {
    private final Compiler compiler;
    private final Expr.FunctionCall call;
    private final Compiler.Value input;

    FunctionCode(Compiler compiler, Expr.FunctionCall call, Compiler.Value input) {
        this.compiler = compiler;
        this.call = call;
        this.input = input;
    }

    Compiler.Value compile() {
        Builtin function = Builtin.named(call.name());
        List<Compiler.Value> values = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            values.add(i == function.expressionArgument ? null : compiler.compile(call.arguments().get(i), input));
        }
        JmesType type = compiler.typeOf(call);
        return switch (function) {
            case ABS -> runtime("abs", values.get(0));
            case CEIL -> runtime("ceil", values.get(0));
            case FLOOR -> runtime("floor", values.get(0));
            case AVG -> runtime("avg", values.get(0));
            case SUM -> runtime(switch (((JmesType.Scalar) type).kind()) {
                case LONG -> "sumLong";
                case DOUBLE -> "sumDouble";
                default -> "sumDecimal";
            }, values.get(0));
            case CONTAINS -> runtime("contains", values.get(0), values.get(1));
            case STARTS_WITH -> runtime("startsWith", values.get(0), values.get(1));
            case ENDS_WITH -> runtime("endsWith", values.get(0), values.get(1));
            case JOIN -> runtime("join", values.get(0), values.get(1));
            case KEYS -> runtime("keys", values.get(0));
            case VALUES -> runtime(values.get(0).type() instanceof JmesType.MapOf ? "values" : "valuesOf",
                    values.get(0));
            case LENGTH -> runtime("length", values.get(0));
            case MAP -> withExpression("map", values.get(1), 0);
            case MAX -> runtime("max", values.get(0));
            case MIN -> runtime("min", values.get(0));
            case SORT -> runtime("sort", values.get(0));
            case MAX_BY -> withExpression("maxBy", values.get(0), 1);
            case MIN_BY -> withExpression("minBy", values.get(0), 1);
            case SORT_BY -> withExpression("sortBy", values.get(0), 1);
            case MERGE -> compiler.generic(call, ((JmesType.MapOf) type).value(), "merge", codes(values));
            case NOT_NULL -> compiler.generic(call, "notNull", codes(values));
            case REVERSE -> runtime("reverse", values.get(0));
            case TO_ARRAY -> values.get(0).type() instanceof JmesType.ListOf ? values.get(0).withType(type)
                    : runtime(values.get(0).type() instanceof JmesType.Any ? "toArray" : "arrayOf", values.get(0));
            case TO_NUMBER -> values.get(0).type().category() == JmesType.Category.NUMBER ? values.get(0)
                    : runtime("toNumber", values.get(0));
            case TO_STRING -> values.get(0).type().category() == JmesType.Category.STRING ? values.get(0)
                    : nonNull(runtime("toJson", values.get(0)));
            case TYPE -> nonNull(runtime("type", values.get(0)));
        };
    }

    private Compiler.Value runtime(String method, Compiler.Value... arguments) {
        List<CodeBlock> codes = new ArrayList<>();
        for (Compiler.Value argument : arguments) {
            codes.add(argument.code());
        }
        return new Compiler.Value(CodeBlock.of("$T.$N($L)", Compiler.FUNCTIONS, method, CodeBlock.join(codes, ", ")),
                compiler.typeOf(call), false);
    }

    /** A runtime method taking a list and a lambda made of the expression reference at {@code index}. */
    private Compiler.Value withExpression(String method, Compiler.Value list, int index) {
        Expr.ExpressionRef reference = (Expr.ExpressionRef) call.arguments().get(index);
        CodeBlock lambda = compiler.lambda(((JmesType.ListOf) list.type()).element(), reference.expression());
        return new Compiler.Value(CodeBlock.of("$T.$N($L, $L)", Compiler.FUNCTIONS, method, list.code(), lambda),
                compiler.typeOf(call), false);
    }

    private static CodeBlock[] codes(List<Compiler.Value> values) {
        CodeBlock[] codes = new CodeBlock[values.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = values.get(i).code();
        }
        return codes;
    }

    private static Compiler.Value nonNull(Compiler.Value value) {
        return new Compiler.Value(value.code(), value.type(), true);
    }
}
