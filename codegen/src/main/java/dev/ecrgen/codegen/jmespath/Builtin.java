package dev.ecrgen.codegen.jmespath;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JMESPath's built-in functions: their names, how many arguments they take, and which is an expression reference. */
enum Builtin {
    ABS("abs", 1, 1, -1),
    AVG("avg", 1, 1, -1),
    CEIL("ceil", 1, 1, -1),
    CONTAINS("contains", 2, 2, -1),
    ENDS_WITH("ends_with", 2, 2, -1),
    FLOOR("floor", 1, 1, -1),
    JOIN("join", 2, 2, -1),
    KEYS("keys", 1, 1, -1),
    LENGTH("length", 1, 1, -1),
    MAP("map", 2, 2, 0),
    MAX("max", 1, 1, -1),
    MAX_BY("max_by", 2, 2, 1),
    MERGE("merge", 1, Integer.MAX_VALUE, -1),
    MIN("min", 1, 1, -1),
    MIN_BY("min_by", 2, 2, 1),
    NOT_NULL("not_null", 1, Integer.MAX_VALUE, -1),
    REVERSE("reverse", 1, 1, -1),
    SORT("sort", 1, 1, -1),
    SORT_BY("sort_by", 2, 2, 1),
    STARTS_WITH("starts_with", 2, 2, -1),
    SUM("sum", 1, 1, -1),
    TO_ARRAY("to_array", 1, 1, -1),
    TO_NUMBER("to_number", 1, 1, -1),
    TO_STRING("to_string", 1, 1, -1),
    TYPE("type", 1, 1, -1),
    VALUES("values", 1, 1, -1);

    /** The function names, for messages. */
    static final String NAMES = Arrays.stream(values()).map(b -> b.functionName).collect(Collectors.joining(", "));

    final String functionName;
    final int minArguments;
    final int maxArguments;
    /** The argument that must be an expression reference ({@code &expr}), or -1. */
    final int expressionArgument;

    Builtin(String functionName, int minArguments, int maxArguments, int expressionArgument) {
        this.functionName = functionName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.expressionArgument = expressionArgument;
    }

    /** The function of a name, or null when JMESPath has none. */
    static Builtin named(String name) {
        for (Builtin builtin : values()) {
            if (builtin.functionName.equals(name)) {
                return builtin;
            }
        }
        return null;
    }

    /** How many arguments it takes, for messages: {@code 1 argument}, {@code at least 1 argument}. */
    String arity() {
        String count = maxArguments == Integer.MAX_VALUE ? "at least " + minArguments : String.valueOf(minArguments);
        return count + (minArguments == 1 ? " argument" : " arguments");
    }
}
