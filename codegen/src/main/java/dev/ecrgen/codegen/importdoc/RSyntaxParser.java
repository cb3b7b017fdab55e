package dev.ecrgen.codegen.importdoc;

import dev.ecrgen.codegen.importdoc.RLexer.Kind;
import dev.ecrgen.codegen.importdoc.RLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the R code blocks of a reference page: the Usage call, the Request syntax call ({@code svc$op(...)}) and
 * the Value expression ({@code list(...)}).
 */
final class RSyntaxParser {

    /** The Usage block: {@code ecr_batch_check_layer_availability(registryId, repositoryName, layerDigests)}. */
    record Usage(String function, List<String> arguments, int line) {
        Usage {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Token> tokens;
    private int position;

    private RSyntaxParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Usage parseUsage(List<PageLine> lines) throws RSyntaxException {
        RSyntaxParser parser = new RSyntaxParser(RLexer.tokenize(lines));
        Token function = parser.expect(Kind.NAME, "the function name");
        parser.expect(Kind.LPAREN, "'('");
        List<String> arguments = new ArrayList<>();
        if (!parser.peek().is(Kind.RPAREN)) {
            do {
                arguments.add(parser.expect(Kind.NAME, "an argument name").text());
            } while (parser.accept(Kind.COMMA));
        }
        parser.expect(Kind.RPAREN, "',' or ')'");
        parser.expect(Kind.END, "the end of the usage");
        return new Usage(function.text(), arguments, function.line());
    }

    static RNode.Call parseCall(List<PageLine> lines) throws RSyntaxException {
        RSyntaxParser parser = new RSyntaxParser(RLexer.tokenize(lines));
        Token first = parser.expect(Kind.NAME, "a call such as svc$operation_name(...)");
        String receiver = null;
        String function = first.text();
        if (parser.accept(Kind.DOLLAR)) {
            receiver = first.text();
            function = parser.expect(Kind.NAME, "the operation name after '$'").text();
        }
        Token open = parser.expect(Kind.LPAREN, "'(' after " + function);
        RNode.ListNode arguments = new RNode.ListNode(parser.entries(), open.line());
        parser.expect(Kind.END, "the end of the call");
        return new RNode.Call(receiver, function, arguments, first.line());
    }

    static RNode parseValue(List<PageLine> lines) throws RSyntaxException {
        RSyntaxParser parser = new RSyntaxParser(RLexer.tokenize(lines));
        RNode value = parser.value();
        parser.expect(Kind.END, "the end of the value");
        return value;
    }

    private List<RNode.Entry> entries() throws RSyntaxException {
        List<RNode.Entry> entries = new ArrayList<>();
        while (!accept(Kind.RPAREN)) {
            Token start = peek();
            String name = null;
            if ((start.is(Kind.NAME) || start.is(Kind.STRING)) && peekAhead().is(Kind.EQUALS)) {
                name = start.text();
                position += 2;
            }
            entries.add(new RNode.Entry(name, value(), start.line()));
            if (!accept(Kind.COMMA) && !peek().is(Kind.RPAREN)) {
                throw unexpected("',' or ')'");
            }
        }
        return entries;
    }

    private RNode value() throws RSyntaxException {
        Token token = peek();
        return switch (token.kind()) {
            case STRING -> strings();
            case NUMBER -> {
                position++;
                yield new RNode.Number(token.text(), token.line());
            }
            case NAME -> named(token);
            default -> throw unexpected("a value");
        };
    }

    private RNode named(Token token) throws RSyntaxException {
        String name = token.text();
        position++;
        if (name.equals("list") && peek().is(Kind.LPAREN)) {
            position++;
            return new RNode.ListNode(entries(), token.line());
        }
        if (name.equals("TRUE") || name.equals("FALSE")) {
            while (accept(Kind.PIPE)) {
                Token next = expect(Kind.NAME, "TRUE or FALSE after '|'");
                if (!next.text().equals("TRUE") && !next.text().equals("FALSE")) {
                    throw new RSyntaxException(next.line(), "expected TRUE or FALSE after '|', found "
                            + next.describe());
                }
            }
            return new RNode.Bool(token.line());
        }
        if (name.equals("as.POSIXct") && peek().is(Kind.LPAREN)) {
            position++;
            expect(Kind.STRING, "a quoted date in as.POSIXct(...)");
            expect(Kind.RPAREN, "')' after the date");
            return new RNode.Timestamp(token.line());
        }
        if (name.equals("raw")) {
            return new RNode.Raw(token.line());
        }
        throw new RSyntaxException(token.line(), "unknown value '" + name + "': expected \"string\", \"A\"|\"B\", "
                + "123, 123.0, TRUE|FALSE, as.POSIXct(\"...\"), raw or list(...)");
    }

    private RNode strings() throws RSyntaxException {
        Token first = peek();
        List<String> values = new ArrayList<>();
        do {
            values.add(expect(Kind.STRING, "a quoted value after '|'").text());
        } while (accept(Kind.PIPE));
        return new RNode.Strings(values, first.line());
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token peekAhead() {
        return tokens.get(Math.min(position + 1, tokens.size() - 1));
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            position++;
            return true;
        }
        return false;
    }

    private Token expect(Kind kind, String what) throws RSyntaxException {
        Token token = peek();
        if (!token.is(kind)) {
            throw unexpected(what);
        }
        position++;
        return token;
    }

    private RSyntaxException unexpected(String what) {
        Token token = peek();
        return new RSyntaxException(token.line(), "expected " + what + ", found " + token.describe());
    }
}
