package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecrgen.codegen.jmespath.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the whole JMESPath grammar into an {@link Expr} tree by precedence climbing with JMESPath's binding powers
 * (see {@link Kind}), so that a projection takes in the dots, indexes and filters after it, a {@code []} after a
 * projection flattens its result, and a pipe ends it.
 */
public final class Parser {
    /** Tokens whose binding power is below this end the right side of a projection. */
    private static final int PROJECTION_STOP = 10;

    private final String source;
    private final List<Token> tokens;
    private int position;

    private Parser(String source) {
        this.source = source;
        this.tokens = Lexer.tokens(source);
    }

    /**
     * Parses an expression.
     *
     * @param expression the JMESPath text
     * @return its tree
     * @throws JmesPathException naming the position and what was wrong
     */
    public static Expr parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new JmesPathException(expression == null ? "" : expression, 0, "the expression is empty");
        }
        Parser parser = new Parser(expression);
        Expr tree = parser.expression(0);
        if (parser.peek().kind() != Kind.EOF) {
            throw parser.unexpected(parser.peek());
        }
        return tree;
    }

    private Expr expression(int bindingPower) {
        Expr left = prefix(next());
        while (bindingPower < peek().kind().bindingPower) {
            left = infix(next(), left);
        }
        return left;
    }

    private Expr prefix(Token token) {
        int at = token.at();
        return switch (token.kind()) {
            case IDENTIFIER -> peek().kind() == Kind.LPAREN ? function(token) : new Expr.Field(token.value(), at);
            case QUOTED_IDENTIFIER -> {
                if (peek().kind() == Kind.LPAREN) {
                    throw error(at, "a function name cannot be quoted");
                }
                yield new Expr.Field(token.value(), at);
            }
            case LITERAL -> new Expr.Literal(token.json(), at);
            case RAW_STRING -> new Expr.Literal(TextNode.valueOf(token.value()), at);
            case CURRENT -> new Expr.Current(at);
            case NOT -> new Expr.Not(expression(Kind.NOT.bindingPower), at);
            case EXPREF -> new Expr.ExpressionRef(expression(Kind.EXPREF.bindingPower), at);
            case STAR -> new Expr.ValueProjection(new Expr.Current(at), projectionRight(Kind.STAR.bindingPower), at);
            case FLATTEN -> new Expr.Projection(new Expr.Flatten(new Expr.Current(at), at),
                    projectionRight(Kind.FLATTEN.bindingPower), at);
            case FILTER -> filter(new Expr.Current(at), at);
            case LBRACE -> multiSelectHash(at);
            case LPAREN -> {
                Expr inner = expression(0);
                expect(Kind.RPAREN);
                yield inner;
            }
            case LBRACKET -> {
                Kind next = peek().kind();
                if (next == Kind.NUMBER || next == Kind.COLON) {
                    yield indexOrSlice(new Expr.Current(at), at);
                }
                if (next == Kind.STAR && tokens.get(position + 1).kind() == Kind.RBRACKET) {
                    position += 2;
                    yield new Expr.Projection(new Expr.Current(at), projectionRight(Kind.STAR.bindingPower), at);
                }
                yield multiSelectList(at);
            }
            default -> throw unexpected(token);
        };
    }

    private Expr infix(Token token, Expr left) {
        int at = token.at();
        return switch (token.kind()) {
            case DOT -> {
                if (peek().kind() == Kind.STAR) {
                    next();
                    yield new Expr.ValueProjection(left, projectionRight(Kind.DOT.bindingPower), at);
                }
                yield new Expr.Sub(left, dotRight(Kind.DOT.bindingPower), at);
            }
            case PIPE -> new Expr.Pipe(left, expression(Kind.PIPE.bindingPower), at);
            case OR -> new Expr.Or(left, expression(Kind.OR.bindingPower), at);
            case AND -> new Expr.And(left, expression(Kind.AND.bindingPower), at);
            case COMPARATOR -> new Expr.Compare(token.text(), left, expression(Kind.COMPARATOR.bindingPower), at);
            case FLATTEN -> new Expr.Projection(new Expr.Flatten(left, at), projectionRight(Kind.FLATTEN.bindingPower),
                    at);
            case FILTER -> filter(left, at);
            case LBRACKET -> {
                Kind next = peek().kind();
                if (next == Kind.NUMBER || next == Kind.COLON) {
                    yield indexOrSlice(left, at);
                }
                if (next != Kind.STAR) {
                    throw error(peek().at(), "expected a number, a slice or '*' after '[' but found "
                            + peek().describe() + "; a multi-select list after a field is written a.[b, c]");
                }
                next();
                expect(Kind.RBRACKET);
                yield new Expr.Projection(left, projectionRight(Kind.STAR.bindingPower), at);
            }
            case LPAREN -> throw error(at, "'(' must follow a function name");
            default -> throw unexpected(token);
        };
    }

    /** After {@code [} and before a number or a colon: {@code [n]}, or a slice, which starts a projection. */
    private Expr indexOrSlice(Expr left, int at) {
        Integer[] parts = new Integer[3];
        int part = 0;
        boolean numberLast = false;
        while (peek().kind() != Kind.RBRACKET) {
            Token token = next();
            if (token.kind() == Kind.COLON) {
                if (++part > 2) {
                    throw error(token.at(), "a slice has at most three parts, start:stop:step");
                }
                numberLast = false;
            } else if (token.kind() == Kind.NUMBER && !numberLast) {
                parts[part] = Integer.valueOf(token.value());
                numberLast = true;
            } else {
                throw error(token.at(), "expected " + (numberLast ? "':' or ']'" : "a number, ':' or ']'")
                        + " but found " + token.describe());
            }
        }
        next();
        if (part == 0) {
            return new Expr.Index(left, parts[0], at);
        }
        if (parts[2] != null && parts[2] == 0) {
            throw error(at, "a slice step cannot be 0");
        }
        return new Expr.Projection(new Expr.Slice(left, parts[0], parts[1], parts[2], at),
                projectionRight(Kind.STAR.bindingPower), at);
    }

    private Expr filter(Expr left, int at) {
        Expr condition = expression(0);
        expect(Kind.RBRACKET);
        return new Expr.FilterProjection(left, condition, projectionRight(Kind.FILTER.bindingPower), at);
    }

    private Expr function(Token name) {
        next();
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            arguments.add(expression(0));
            while (peek().kind() == Kind.COMMA) {
                next();
                arguments.add(expression(0));
            }
        }
        expect(Kind.RPAREN);
        return new Expr.FunctionCall(name.value(), List.copyOf(arguments), name.at());
    }

    private Expr multiSelectList(int at) {
        List<Expr> items = new ArrayList<>();
        items.add(expression(0));
        while (peek().kind() == Kind.COMMA) {
            next();
            items.add(expression(0));
        }
        expect(Kind.RBRACKET);
        return new Expr.MultiSelectList(List.copyOf(items), at);
    }

    private Expr multiSelectHash(int at) {
        List<Expr.KeyValue> entries = new ArrayList<>();
        entries.add(keyValue());
        while (peek().kind() == Kind.COMMA) {
            next();
            entries.add(keyValue());
        }
        expect(Kind.RBRACE);
        return new Expr.MultiSelectHash(List.copyOf(entries), at);
    }

    private Expr.KeyValue keyValue() {
        Token key = next();
        if (key.kind() != Kind.IDENTIFIER && key.kind() != Kind.QUOTED_IDENTIFIER) {
            throw error(key.at(), "expected a key but found " + key.describe());
        }
        expect(Kind.COLON);
        return new Expr.KeyValue(key.value(), expression(0));
    }

    /** The right side of a projection: nothing (the element itself), or the dots, brackets and filters that follow. */
    private Expr projectionRight(int bindingPower) {
        Token token = peek();
        if (token.kind().bindingPower < PROJECTION_STOP) {
            return new Expr.Current(token.at());
        }
        return switch (token.kind()) {
            case LBRACKET, FILTER -> expression(bindingPower);
            case DOT -> {
                next();
                yield dotRight(bindingPower);
            }
            default -> throw unexpected(token);
        };
    }

    /** What may follow a dot: an identifier, a function call, {@code *}, or a multi-select list or hash. */
    private Expr dotRight(int bindingPower) {
        Token token = peek();
        return switch (token.kind()) {
            case IDENTIFIER, QUOTED_IDENTIFIER, STAR -> expression(bindingPower);
            case LBRACKET -> multiSelectList(next().at());
            case LBRACE -> multiSelectHash(next().at());
            default -> throw unexpected(token);
        };
    }

    private Token next() {
        return tokens.get(position++);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private void expect(Kind kind) {
        Token token = next();
        if (token.kind() != kind) {
            throw error(token.at(), "expected " + describe(kind) + " but found " + token.describe());
        }
    }

    private JmesPathException unexpected(Token token) {
        return error(token.at(), token.kind() == Kind.EOF ? "unexpected end of the expression"
                : "unexpected " + token.describe());
    }

    private JmesPathException error(int at, String message) {
        return new JmesPathException(source, at, message);
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case RBRACKET -> "']'";
            case RPAREN -> "')'";
            case RBRACE -> "'}'";
            case COLON -> "':'";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
