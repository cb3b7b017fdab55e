package dev.ecrgen.codegen.emit;

import java.util.Map;

/**
 * Decodes the HTML character references that model documentation uses: numeric ({@code &#47;}, {@code &#x2F;}) and
 * the named ones of HTML 4 that documentation writers reach for, plus the few HTML 5 names for ASCII punctuation
 * ({@code &sol;}, {@code &ast;}, {@code &commat;}, ...) that could otherwise smuggle a character past an escaper.
 * An unknown name is not decoded, so the text shows it as written.
 */
final class HtmlEntities {
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
            Map.entry("sol", (int) '/'), Map.entry("ast", (int) '*'), Map.entry("midast", (int) '*'),
            Map.entry("commat", (int) '@'), Map.entry("bsol", (int) '\\'), Map.entry("lbrace", (int) '{'),
            Map.entry("lcub", (int) '{'), Map.entry("rbrace", (int) '}'), Map.entry("rcub", (int) '}'),
            Map.entry("lsqb", (int) '['), Map.entry("rsqb", (int) ']'), Map.entry("num", (int) '#'),
            Map.entry("excl", (int) '!'), Map.entry("dollar", (int) '$'), Map.entry("percnt", (int) '%'),
            Map.entry("lpar", (int) '('), Map.entry("rpar", (int) ')'), Map.entry("plus", (int) '+'),
            Map.entry("comma", (int) ','), Map.entry("period", (int) '.'), Map.entry("colon", (int) ':'),
            Map.entry("semi", (int) ';'), Map.entry("equals", (int) '='), Map.entry("quest", (int) '?'),
            Map.entry("lowbar", (int) '_'), Map.entry("grave", (int) '`'), Map.entry("verbar", (int) '|'),
            Map.entry("hellip", 0x2026), Map.entry("mdash", 0x2014), Map.entry("ndash", 0x2013),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C),
            Map.entry("rdquo", 0x201D), Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB),
            Map.entry("copy", 0xA9), Map.entry("reg", 0xAE), Map.entry("trade", 0x2122), Map.entry("deg", 0xB0),
            Map.entry("plusmn", 0xB1), Map.entry("times", 0xD7), Map.entry("divide", 0xF7), Map.entry("middot", 0xB7),
            Map.entry("bull", 0x2022), Map.entry("para", 0xB6), Map.entry("sect", 0xA7), Map.entry("euro", 0x20AC),
            Map.entry("pound", 0xA3), Map.entry("yen", 0xA5), Map.entry("cent", 0xA2), Map.entry("micro", 0xB5),
            Map.entry("larr", 0x2190), Map.entry("rarr", 0x2192), Map.entry("uarr", 0x2191), Map.entry("darr", 0x2193),
            Map.entry("harr", 0x2194), Map.entry("le", 0x2264), Map.entry("ge", 0x2265), Map.entry("ne", 0x2260),
            Map.entry("asymp", 0x2248), Map.entry("infin", 0x221E), Map.entry("shy", 0xAD), Map.entry("zwsp", 0x200B),
            Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003), Map.entry("thinsp", 0x2009));

    private HtmlEntities() {}

    /**
     * The code point of the reference between {@code &} and {@code ;}, that is {@code text[from, to)}, or -1 when it
     * is not one: an unknown name, a number that is not a Unicode scalar value, NUL, or anything malformed.
     */
    static int decode(String text, int from, int to) {
        if (to <= from || to - from > 10) {
            return -1;
        }
        if (text.charAt(from) != '#') {
            Integer named = NAMED.get(text.substring(from, to));
            return named == null ? -1 : named;
        }
        boolean hex = to - from > 1 && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
        int start = from + (hex ? 2 : 1);
        if (start == to) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? Character.digit(c, hex ? 16 : 10) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
        return value == 0 || surrogate ? -1 : value;
    }
}
