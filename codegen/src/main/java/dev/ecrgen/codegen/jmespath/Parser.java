package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JMESPath subset of {@link Expr} by precedence climbing, with JMESPath's binding powers, so that a
 * projection takes in the dots, indexes and filters after it and a {@code []} after a projection flattens its result.
 * Multi-select lists and hashes, slices, object wildcards ({@code foo.*}) and expression references are not part of
 * the subset and are rejected with the position.
 */
public final class Parser {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens whose binding power is below this end the right side of a projection. */
    private static final int PROJECTION_STOP = 10;

    private enum Kind {
        IDENTIFIER(0), QUOTED(0), NUMBER(0), LITERAL(0), RAW_STRING(0), CURRENT(0), COMMA(0), RBRACKET(0),
        RPAREN(0), RBRACE(0), COLON(0), EOF(0), PIPE(1), OR(2), AND(3), COMPARATOR(5), FLATTEN(9), STAR(20), FILTER(21), DOT(40),
        NOT(45), LBRACE(50), LBRACKET(55), LPAREN(60);

        final int bindingPower;

        Kind(int bindingPower) {
            this.bindingPower = bindingPower;
        }
    }

    private record Token(Kind kind, String text, int at) {}

    private final String source;
    private final List<Token> tokens;
    private int position;

    private Parser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException naming the position and what was wrong
     */
    public static Expr parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
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
        switch (token.kind()) {
            case IDENTIFIER:
            case QUOTED:
                return new Expr.Field(token.text());
            case LITERAL:
                return new Expr.Literal(json(token));
            case RAW_STRING:
                return new Expr.Literal(TextNode.valueOf(token.text()));
            case CURRENT:
                return new Expr.Current();
            case NOT:
                return new Expr.Not(expression(Kind.NOT.bindingPower));
            case LPAREN: {
                Expr inner = expression(0);
                expect(Kind.RPAREN);
                return inner;
            }
            case FLATTEN:
                return new Expr.Projection(new Expr.Flatten(new Expr.Current()),
                        projectionRight(Kind.FLATTEN.bindingPower));
            case FILTER:
                return filter(new Expr.Current());
            case LBRACKET:
                return bracket(new Expr.Current(), token);
            default:
                throw unexpected(token);
        }
    }

    private Expr infix(Token token, Expr left) {
        switch (token.kind()) {
            case DOT:
                return new Expr.Sub(left, dotRight(Kind.DOT.bindingPower));
            case PIPE:
                return new Expr.Sub(left, expression(Kind.PIPE.bindingPower));
            case OR:
                return new Expr.Or(left, expression(Kind.OR.bindingPower));
            case AND:
                return new Expr.And(left, expression(Kind.AND.bindingPower));
            case COMPARATOR:
                return new Expr.Compare(token.text(), left, expression(Kind.COMPARATOR.bindingPower));
            case FLATTEN:
                return new Expr.Projection(new Expr.Flatten(left), projectionRight(Kind.FLATTEN.bindingPower));
            case FILTER:
                return filter(left);
            case LBRACKET:
                return bracket(left, token);
            case LPAREN:
                return function(left, token);
            default:
                throw unexpected(token);
        }
    }

    /** After {@code [}: an index, or {@code *]} for a list projection. */
    private Expr bracket(Expr left, Token open) {
        Token inside = next();
        if (inside.kind() == Kind.NUMBER) {
            expect(Kind.RBRACKET);
            return new Expr.Index(left, Integer.parseInt(inside.text()));
        }
        if (inside.kind() == Kind.STAR) {
            expect(Kind.RBRACKET);
            return new Expr.Projection(left, projectionRight(Kind.STAR.bindingPower));
        }
        throw error(open.at(), "only [number], [*], [] and [?...] are supported after '['");
    }

    private Expr filter(Expr left) {
        Expr condition = expression(0);
        expect(Kind.RBRACKET);
        return new Expr.FilterProjection(left, condition, projectionRight(Kind.FILTER.bindingPower));
    }

    private Expr function(Expr left, Token open) {
        if (!(left instanceof Expr.Field)) {
            throw error(open.at(), "'(' must follow a function name");
        }
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            arguments.add(expression(0));
            while (peek().kind() == Kind.COMMA) {
                next();
                arguments.add(expression(0));
            }
        }
        expect(Kind.RPAREN);
        return new Expr.Function(((Expr.Field) left).name(), List.copyOf(arguments));
    }

    /** The right side of a projection: nothing (the element itself), or the dots, brackets and filters that follow. */
    private Expr projectionRight(int bindingPower) {
        Token token = peek();
        if (token.kind().bindingPower < PROJECTION_STOP) {
            return new Expr.Current();
        }
        switch (token.kind()) {
            case LBRACKET:
            case FILTER:
                return expression(bindingPower);
            case DOT:
                next();
                return dotRight(bindingPower);
            default:
                throw unexpected(token);
        }
    }

    private Expr dotRight(int bindingPower) {
        Token token = peek();
        switch (token.kind()) {
            case IDENTIFIER:
            case QUOTED:
                return expression(bindingPower);
            case STAR:
                throw error(token.at(), "object wildcards ('.*') are not supported");
            case LBRACKET:
            case LBRACE:
                throw error(token.at(), "multi-select expressions are not supported");
            default:
                throw unexpected(token);
        }
    }

    private JsonNode json(Token token) {
        try {
            return JSON.readTree(token.text());
        } catch (JsonProcessingException e) {
            throw error(token.at(), "the literal `" + token.text() + "` is not JSON");
        }
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
            throw error(token.at(), "expected " + describe(kind) + " but found " + describe(token));
        }
    }

    private IllegalArgumentException unexpected(Token token) {
        return error(token.at(), token.kind() == Kind.EOF ? "unexpected end of the expression"
                : "unexpected " + describe(token));
    }

    private IllegalArgumentException error(int at, String message) {
        return new IllegalArgumentException(message + " at position " + at + " of '" + source + "'");
    }

    private static String describe(Token token) {
        return token.kind() == Kind.EOF ? "the end of the expression" : "'" + token.text() + "'";
    }

    private static String describe(Kind kind) {
        switch (kind) {
            case RBRACKET:
                return "']'";
            case RPAREN:
                return "')'";
            default:
                return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.IDENTIFIER, text.substring(start, i), start));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                i++;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), start));
            } else if (c == '"') {
                i = closing(text, i, '"');
                JsonNode name = jsonAt(text.substring(start, i), start);
                out.add(new Token(Kind.QUOTED, name.asText(), start));
            } else if (c == '\'') {
                i = closing(text, i, '\'');
                out.add(new Token(Kind.RAW_STRING, text.substring(start + 1, i - 1).replace("\\'", "'"), start));
            } else if (c == '`') {
                i = closing(text, i, '`');
                out.add(new Token(Kind.LITERAL, text.substring(start + 1, i - 1).replace("\\`", "`"), start));
            } else if (c == '[') {
                if (text.startsWith("[]", i)) {
                    out.add(new Token(Kind.FLATTEN, "[]", start));
                    i += 2;
                } else if (text.startsWith("[?", i)) {
                    out.add(new Token(Kind.FILTER, "[?", start));
                    i += 2;
                } else {
                    out.add(new Token(Kind.LBRACKET, "[", start));
                    i++;
                }
            } else if (text.startsWith("==", i) || text.startsWith("!=", i) || text.startsWith("<=", i)
                    || text.startsWith(">=", i)) {
                out.add(new Token(Kind.COMPARATOR, text.substring(i, i + 2), start));
                i += 2;
            } else if (text.startsWith("&&", i)) {
                out.add(new Token(Kind.AND, "&&", start));
                i += 2;
            } else if (text.startsWith("||", i)) {
                out.add(new Token(Kind.OR, "||", start));
                i += 2;
            } else {
                Kind kind = single(c);
                if (kind == null) {
                    throw error(start, "unexpected character '" + c + "'");
                }
                out.add(new Token(kind, String.valueOf(c), start));
                i++;
            }
        }
        out.add(new Token(Kind.EOF, "", text.length()));
        return out;
    }

    private static Kind single(char c) {
        switch (c) {
            case '.':
                return Kind.DOT;
            case '*':
                return Kind.STAR;
            case '@':
                return Kind.CURRENT;
            case ']':
                return Kind.RBRACKET;
            case '(':
                return Kind.LPAREN;
            case ')':
                return Kind.RPAREN;
            case ',':
                return Kind.COMMA;
            case '|':
                return Kind.PIPE;
            case '!':
                return Kind.NOT;
            case '<':
            case '>':
                return Kind.COMPARATOR;
            case '{':
                return Kind.LBRACE;
            case '}':
                return Kind.RBRACE;
            case ':':
                return Kind.COLON;
            default:
                return null;
        }
    }

    /** The index just past the quote that closes the one at {@code open}; a backslash escapes the next character. */
    private int closing(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        throw error(open, "unclosed " + quote);
    }

    private JsonNode jsonAt(String quoted, int at) {
        try {
            return JSON.readTree(quoted);
        } catch (JsonProcessingException e) {
            throw error(at, "the quoted name " + quoted + " is not a JSON string");
        }
    }
}
