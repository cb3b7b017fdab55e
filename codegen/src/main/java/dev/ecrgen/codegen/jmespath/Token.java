package dev.ecrgen.codegen.jmespath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One token of an expression.
 *
 * @param kind what it is
 * @param at where it starts (0-based)
 * @param text the source text, as written (for messages)
 * @param value the identifier, the raw string's text or the number, unescaped; null for other kinds
 * @param json the literal's value; null for other kinds
 */
record Token(Kind kind, int at, String text, String value, JsonNode json) {

    /** The kinds of token, with JMESPath's binding powers: the higher, the tighter a token binds to its left. */
    enum Kind {
        IDENTIFIER(0), QUOTED_IDENTIFIER(0), NUMBER(0), LITERAL(0), RAW_STRING(0), CURRENT(0), EXPREF(0), COMMA(0),
        COLON(0), RBRACKET(0), RPAREN(0), RBRACE(0), EOF(0),
        PIPE(1), OR(2), AND(3), COMPARATOR(5), FLATTEN(9), STAR(20), FILTER(21), DOT(40), NOT(45), LBRACE(50),
        LBRACKET(55), LPAREN(60);

        final int bindingPower;

        Kind(int bindingPower) {
            this.bindingPower = bindingPower;
        }
    }

    /** How a message names the token: its text in quotes, or "the end of the expression". */
    String describe() {
        return kind == Kind.EOF ? "the end of the expression" : "'" + text + "'";
    }
}
