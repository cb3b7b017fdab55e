package dev.ecrgen.codegen.jmespath;

import dev.ecrgen.codegen.jmespath.JmesType.Category;
import dev.ecrgen.codegen.jmespath.JmesType.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The signatures of JMESPath's functions, checked against the types of the arguments of one call: what each takes
 * and what it gives. A value of unknown type ({@link JmesType#ANY}) is let through where the runtime can check it;
 * structures, timestamps, blobs and documents only where the function means something for them.
 */
final class FunctionTypes {
    private final Checker checker;
    private final Expr.FunctionCall call;
    private final JmesType input;
    private final List<JmesType> types = new ArrayList<>();

    FunctionTypes(Checker checker, Expr.FunctionCall call, JmesType input) {
        this.checker = checker;
        this.call = call;
        this.input = input;
    }

    JmesType check() {
        Builtin function = Builtin.named(call.name());
        if (function == null) {
            throw checker.error(call.at(), "unknown function " + call.name() + "(); JMESPath's functions are "
                    + Builtin.NAMES);
        }
        int count = call.arguments().size();
        if (count < function.minArguments || count > function.maxArguments) {
            throw checker.error(call.at(), call.name() + "() takes " + function.arity() + ", got " + count);
        }
        for (int i = 0; i < count; i++) {
            Expr argument = call.arguments().get(i);
            if (i == function.expressionArgument) {
                if (!(argument instanceof Expr.ExpressionRef)) {
                    throw checker.error(Checker.start(argument), "argument " + (i + 1) + " of " + call.name()
                            + "() must be an expression reference such as &Name");
                }
                types.add(null);
            } else {
                types.add(checker.checkNode(argument, input));
            }
        }
        return result(function);
    }

    private JmesType result(Builtin function) {
        return switch (function) {
            case ABS, CEIL, FLOOR -> require(0, isNumber(type(0)), "a number");
            case AVG -> {
                numbers(0);
                yield new Scalar(Scalar.Kind.DOUBLE);
            }
            case SUM -> new Scalar(sumKind(numbers(0)));
            case CONTAINS -> {
                require(0, type(0) instanceof JmesType.ListOf || is(0, Category.STRING, Category.UNKNOWN),
                        "a list or a string");
                yield JmesType.BOOLEAN;
            }
            case STARTS_WITH, ENDS_WITH -> {
                require(0, is(0, Category.STRING, Category.UNKNOWN), "a string");
                require(1, is(1, Category.STRING, Category.UNKNOWN), "a string");
                yield JmesType.BOOLEAN;
            }
            case JOIN -> {
                require(0, is(0, Category.STRING, Category.UNKNOWN), "a string");
                require(1, type(1) instanceof JmesType.ListOf list && list.element().category() == Category.STRING
                        || type(1) instanceof JmesType.ListOf any && any.element() instanceof JmesType.Any
                        || type(1) instanceof JmesType.Any, "a list of strings");
                yield JmesType.STRING;
            }
            case KEYS -> {
                require(0, type(0) instanceof JmesType.MapOf || type(0) instanceof JmesType.Any, "a map");
                yield new JmesType.ListOf(JmesType.STRING);
            }
            case VALUES -> {
                require(0, type(0) instanceof JmesType.MapOf || type(0) instanceof JmesType.Any, "a map");
                yield new JmesType.ListOf(type(0) instanceof JmesType.MapOf map ? map.value() : JmesType.ANY);
            }
            case LENGTH -> {
                require(0, type(0) instanceof JmesType.ListOf || type(0) instanceof JmesType.MapOf
                        || is(0, Category.STRING, Category.UNKNOWN), "a string, a list or a map");
                yield new Scalar(Scalar.Kind.INTEGER);
            }
            case MAP -> new JmesType.ListOf(expression(0, list(1)));
            case MAX, MIN -> orderable(0);
            case SORT -> new JmesType.ListOf(orderable(0));
            case MAX_BY, MIN_BY -> byKey();
            case SORT_BY -> new JmesType.ListOf(byKey());
            case MERGE -> merge();
            case NOT_NULL -> {
                JmesType joined = types.get(0);
                for (JmesType type : types) {
                    joined = JmesType.join(joined, type);
                }
                yield joined;
            }
            case REVERSE -> require(0, type(0) instanceof JmesType.ListOf || is(0, Category.STRING),
                    "a list or a string");
            case TO_ARRAY -> type(0) instanceof JmesType.ListOf ? type(0)
                    : new JmesType.ListOf(type(0));
            case TO_NUMBER -> isNumber(type(0)) ? type(0) : new Scalar(Scalar.Kind.BIG_DECIMAL);
            case TO_STRING -> {
                require(0, json(type(0)), "a value with a JSON form (not a structure, timestamp, blob or document)");
                yield JmesType.STRING;
            }
            case TYPE -> {
                require(0, !(type(0).category() == Category.OTHER), "a JSON value (not a timestamp, blob or document)");
                yield JmesType.STRING;
            }
        };
    }

    /** max_by, min_by, sort_by: a list and a key expression that gives numbers or strings; the element type. */
    private JmesType byKey() {
        JmesType element = list(0).element();
        JmesType key = expression(1, list(0));
        if (!(key.category() == Category.NUMBER || key.category() == Category.STRING || key instanceof JmesType.Any)) {
            throw checker.error(Checker.start(call.arguments().get(1)), "the expression of " + call.name()
                    + "() must give numbers or strings, but gives " + key.describe());
        }
        return element;
    }

    private JmesType merge() {
        JmesType value = null;
        for (int i = 0; i < types.size(); i++) {
            JmesType.MapOf map = (JmesType.MapOf) require(i, type(i) instanceof JmesType.MapOf, "a map");
            value = value == null ? map.value() : JmesType.join(value, map.value());
        }
        return new JmesType.MapOf(value);
    }

    /** The element type of a list of numbers or strings (or values of unknown type). */
    private JmesType orderable(int index) {
        JmesType element = list(index).element();
        Category category = element.category();
        if (category != Category.NUMBER && category != Category.STRING && category != Category.UNKNOWN) {
            throw argument(index, "a list of numbers or of strings");
        }
        return element;
    }

    /** The element type of a list of numbers (or values of unknown type). */
    private JmesType numbers(int index) {
        JmesType element = list(index).element();
        if (!isNumber(element) && !(element instanceof JmesType.Any)) {
            throw argument(index, "a list of numbers");
        }
        return element;
    }

    private static Scalar.Kind sumKind(JmesType element) {
        if (element instanceof Scalar scalar && scalar.kind() != Scalar.Kind.BIG_INTEGER) {
            if (scalar.kind().integral()) {
                return Scalar.Kind.LONG;
            }
            if (scalar.kind() == Scalar.Kind.FLOAT || scalar.kind() == Scalar.Kind.DOUBLE) {
                return Scalar.Kind.DOUBLE;
            }
        }
        return Scalar.Kind.BIG_DECIMAL;
    }

    private JmesType.ListOf list(int index) {
        if (!(type(index) instanceof JmesType.ListOf list)) {
            throw argument(index, "a list");
        }
        return list;
    }

    /** Checks the expression of an expression reference against the elements of a list; the type it gives. */
    private JmesType expression(int index, JmesType.ListOf list) {
        Expr.ExpressionRef reference = (Expr.ExpressionRef) call.arguments().get(index);
        JmesType type = checker.checkNode(reference.expression(), list.element());
        types.set(index, type);
        return type;
    }

    private JmesType type(int index) {
        return types.get(index);
    }

    private boolean is(int index, Category... categories) {
        for (Category category : categories) {
            if (type(index).category() == category) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(JmesType type) {
        return type.category() == Category.NUMBER;
    }

    /** Whether values of the type have a JSON form that to_string can write. */
    private static boolean json(JmesType type) {
        if (type instanceof JmesType.ListOf list) {
            return json(list.element());
        }
        if (type instanceof JmesType.MapOf map) {
            return json(map.value());
        }
        return !(type instanceof JmesType.Struct) && type.category() != Category.OTHER;
    }

    private JmesType require(int index, boolean ok, String expected) {
        if (!ok) {
            throw argument(index, expected);
        }
        return type(index);
    }

    private JmesPathException argument(int index, String expected) {
        Expr argument = call.arguments().get(index);
        return checker.error(Checker.start(argument), "argument " + (index + 1) + " of " + call.name() + "() must be "
                + expected + ", but " + Checker.subject(argument, "it") + " is " + type(index).describe());
    }
}
