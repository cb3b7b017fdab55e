package dev.ecrgen.codegen.jmespath;

/**
 * A JMESPath expression that cannot be parsed, does not fit the model, or cannot be compiled. The message names the
 * expression and the position (0-based) in it, then what is wrong:
 * {@code 'Shards[-1].Id' at position 11: 'Id' is not a member of structure Shard; its members are [ShardId]}.
 */
public final class JmesPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int position;
    private final String detail;

    JmesPathException(String expression, int position, String detail) {
        super("'" + expression + "' at position " + position + ": " + detail, null, false, false);
        this.expression = expression;
        this.position = position;
        this.detail = detail;
    }

    /** The expression as written. */
    public String expression() {
        return expression;
    }

    /** Where in the expression the problem is, from 0. */
    public int position() {
        return position;
    }

    /** What is wrong, without the expression and position. */
    public String detail() {
        return detail;
    }
}
