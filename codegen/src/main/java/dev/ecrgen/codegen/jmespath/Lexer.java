package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.jmespath.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Identifiers are ASCII ({@code [A-Za-z_][A-Za-z0-9_]*}) or JSON strings in double
 * quotes; literals are JSON between backticks ({@code \`} for a backtick); raw strings are between single quotes
 * ({@code \'} for a quote, {@code \\} for a backslash); numbers are integers, optionally negative, and only mean
 * something inside brackets.
 */
final class Lexer {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private Lexer(String source) {
        this.source = source;
    }

    /** The tokens of the expression, ending with {@link Kind#EOF}. */
    static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (identifierStart(c)) {
                int start = i;
                while (i < source.length() && identifierPart(source.charAt(i))) {
                    i++;
                }
                add(Kind.IDENTIFIER, start, source.substring(start, i), null);
            } else if (digit(c) || (c == '-' && i + 1 < source.length() && digit(source.charAt(i + 1)))) {
                number();
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '\'') {
                rawString();
            } else if (c == '`') {
                literal();
            } else {
                operator(c);
            }
        }
        tokens.add(new Token(Kind.EOF, source.length(), "", null, null));
    }

    private void number() {
        int start = i++;
        while (i < source.length() && digit(source.charAt(i))) {
            i++;
        }
        String text = source.substring(start, i);
        try {
            Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new JmesPathException(source, start, "the number " + text + " is too large");
        }
        add(Kind.NUMBER, start, text, null);
    }

    private void quotedIdentifier() {
        int start = i;
        i = closing('"');
        String text = source.substring(start, i);
        JsonNode name;
        try {
            name = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JmesPathException(source, start, "the quoted identifier " + text + " is not a JSON string");
        }
        tokens.add(new Token(Kind.QUOTED_IDENTIFIER, start, text, name.asText(), null));
    }

    private void rawString() {
        int start = i;
        i = closing('\'');
        StringBuilder value = new StringBuilder();
        for (int k = start + 1; k < i - 1; k++) {
            char c = source.charAt(k);
            if (c == '\\' && (source.charAt(k + 1) == '\'' || source.charAt(k + 1) == '\\')) {
                c = source.charAt(++k);
            }
            value.append(c);
        }
        tokens.add(new Token(Kind.RAW_STRING, start, source.substring(start, i), value.toString(), null));
    }

    private void literal() {
        int start = i;
        i = closing('`');
        String text = source.substring(start + 1, i - 1).replace("\\`", "`");
        JsonNode value;
        try {
            value = text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            value = null;
        }
        if (value == null) {
            throw new JmesPathException(source, start, "the literal `" + text + "` is not JSON");
        }
        tokens.add(new Token(Kind.LITERAL, start, source.substring(start, i), null, value));
    }

    private void operator(char c) {
        int start = i;
        char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
        switch (c) {
            case '[' -> {
                if (next == ']') {
                    add2(Kind.FLATTEN, start);
                } else if (next == '?') {
                    add2(Kind.FILTER, start);
                } else {
                    add1(Kind.LBRACKET, start);
                }
            }
            case '|' -> {
                if (next == '|') {
                    add2(Kind.OR, start);
                } else {
                    add1(Kind.PIPE, start);
                }
            }
            case '&' -> {
                if (next == '&') {
                    add2(Kind.AND, start);
                } else {
                    add1(Kind.EXPREF, start);
                }
            }
            case '!' -> {
                if (next == '=') {
                    add2(Kind.COMPARATOR, start);
                } else {
                    add1(Kind.NOT, start);
                }
            }
            case '<', '>' -> {
                if (next == '=') {
                    add2(Kind.COMPARATOR, start);
                } else {
                    add1(Kind.COMPARATOR, start);
                }
            }
            case '=' -> {
                if (next != '=') {
                    throw new JmesPathException(source, start, "unexpected character '='; compare with ==");
                }
                add2(Kind.COMPARATOR, start);
            }
            case '.' -> add1(Kind.DOT, start);
            case '*' -> add1(Kind.STAR, start);
            case '@' -> add1(Kind.CURRENT, start);
            case ']' -> add1(Kind.RBRACKET, start);
            case '{' -> add1(Kind.LBRACE, start);
            case '}' -> add1(Kind.RBRACE, start);
            case '(' -> add1(Kind.LPAREN, start);
            case ')' -> add1(Kind.RPAREN, start);
            case ',' -> add1(Kind.COMMA, start);
            case ':' -> add1(Kind.COLON, start);
            default -> throw new JmesPathException(source, start, "unexpected character '" + c + "'");
        }
    }

    private void add1(Kind kind, int start) {
        i = start + 1;
        add(kind, start, source.substring(start, i), null);
    }

    private void add2(Kind kind, int start) {
        i = start + 2;
        add(kind, start, source.substring(start, i), null);
    }

    private void add(Kind kind, int start, String text, JsonNode json) {
        String value = kind == Kind.IDENTIFIER || kind == Kind.NUMBER ? text : null;
        tokens.add(new Token(kind, start, text, value, json));
    }

    /** The index just past the quote that closes the one at {@code i}; a backslash escapes the next character. */
    private int closing(char quote) {
        for (int k = i + 1; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == quote) {
                return k + 1;
            }
        }
        throw new JmesPathException(source, i, "unclosed " + quote);
    }

    private static boolean identifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean identifierPart(char c) {
        return identifierStart(c) || digit(c);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
