package dev.ecrgen.codegen.importdoc;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Splits R code into tokens with line numbers and checks that parentheses balance. */
final class RLexer {

    enum Kind { NAME, STRING, NUMBER, LPAREN, RPAREN, COMMA, EQUALS, PIPE, DOLLAR, END }

    /** One token; {@code text} is the name, the unquoted string, or the number as written. */
    record Token(Kind kind, String text, int line) {
        boolean is(Kind wanted) {
            return kind == wanted;
        }

        String describe() {
            return switch (kind) {
                case STRING -> "\"" + text + "\"";
                case NUMBER -> text;
                case END -> "the end of the code";
                default -> "'" + text + "'";
            };
        }
    }

    private RLexer() {
    }

    static List<Token> tokenize(List<PageLine> lines) throws RSyntaxException {
        List<Token> tokens = new ArrayList<>();
        for (PageLine line : lines) {
            tokenizeLine(line.text(), line.number(), tokens);
        }
        int endLine = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
        tokens.add(new Token(Kind.END, "", endLine));
        checkBalance(tokens);
        return tokens;
    }

    private static void tokenizeLine(String text, int line, List<Token> out) throws RSyntaxException {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                return;
            } else if (c == '"' || c == '\'') {
                i = readString(text, i, line, out);
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0) {
                    throw new RSyntaxException(line, "unterminated `name`: the closing backquote is missing");
                }
                out.add(new Token(Kind.NAME, text.substring(i + 1, end), line));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1)))) {
                int end = i + 1;
                while (end < text.length() && isNumberChar(text.charAt(end))) {
                    end++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(i, end), line));
                i = end;
            } else if (Character.isLetter(c) || c == '.' || c == '_') {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                out.add(new Token(Kind.NAME, text.substring(i, end), line));
                i = end;
            } else {
                out.add(new Token(punctuation(c, line), String.valueOf(c), line));
                i++;
            }
        }
    }

    private static Kind punctuation(char c, int line) throws RSyntaxException {
        return switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '=' -> Kind.EQUALS;
            case '|' -> Kind.PIPE;
            case '$' -> Kind.DOLLAR;
            default -> throw new RSyntaxException(line, "unexpected character '" + c + "'");
        };
    }

    private static int readString(String text, int start, int line, List<Token> out) throws RSyntaxException {
        char quote = text.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(i + 1));
                i += 2;
            } else if (c == quote) {
                out.add(new Token(Kind.STRING, value.toString(), line));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new RSyntaxException(line, "unterminated string: the closing " + quote + " is missing");
    }

    private static void checkBalance(List<Token> tokens) throws RSyntaxException {
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token.is(Kind.LPAREN)) {
                open.push(token);
            } else if (token.is(Kind.RPAREN)) {
                if (open.isEmpty()) {
                    throw new RSyntaxException(token.line(), "unbalanced parentheses: ')' has no matching '('");
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            throw new RSyntaxException(open.peek().line(), "unbalanced parentheses: '(' on this line is never closed");
        }
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == 'L';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }
}
