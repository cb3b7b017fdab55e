package dev.ecrgen.codegen.emit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns model documentation, which is loose HTML, into text that is safe inside a Javadoc comment: only a small set
 * of tags is kept and always balanced, other tags are dropped, stray {@code <}, {@code >} and {@code &} are escaped,
 * and anything Javadoc would read as a tag or as the end of the comment is neutralised.
 *
 * <p>Entities are decoded and the text re-escaped, so the result holds only entities this class writes, whatever the
 * model wrote ({@code &#47;}, {@code &sol;}, {@code &bogus;}). A last pass over the finished text guarantees what no
 * model text may produce: no <code>*&#47;</code> (it would end the comment, also when it forms across a dropped tag),
 * no backslash (javac turns <code>&#92;u002A&#92;u002F</code> into <code>*&#47;</code> before it reads comments), and no
 * {@code @} (a block or inline tag).
 */
final class JavadocText {
    private static final Set<String> KEPT = Set.of("p", "code", "ul", "ol", "li", "b", "i", "em", "strong", "a");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern SPACES = Pattern.compile("[ ]+");
    private static final Pattern SPACED_NEWLINE = Pattern.compile(" *\n *");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    /** What RFC 3986 allows in a URI: unreserved and reserved characters and percent escapes. */
    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

    private JavadocText() {}

    /** The sanitised text, or an empty string when the documentation is missing or only markup. */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            segment(html.substring(at, tag.start()), out, open);
            at = tag.end();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!KEPT.contains(name)) {
                continue;
            }
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("p")) {
                closeAll(out, open);
                if (!closing) {
                    paragraph(out);
                }
            } else if (closing) {
                if (open.contains(name)) {
                    closeThrough(name, out, open);
                }
            } else if (name.equals("li") || !tag.group(3).trim().endsWith("/")) {
                openTag(name, tag.group(3), out, open);
            }
        }
        segment(html.substring(at), out, open);
        closeAll(out, open);
        return guard(tidy(out.toString()));
    }

    /** The first sentence-like part, for short summaries. */
    static String firstParagraph(String html) {
        String text = of(html);
        int split = text.indexOf("\n\n");
        return split < 0 ? text : text.substring(0, split);
    }

    /** Text that is not HTML (a name, a code from the model) escaped for a Javadoc comment, on one line. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            character(c == '\n' ? ' ' : c, out, false);
            i += Character.charCount(c);
        }
        return guard(out.toString().trim());
    }

    /** Text between tags; text directly in a list goes into an item of its own, as HTML wants it. */
    private static void segment(String raw, StringBuilder out, Deque<String> open) {
        if (isList(open.peek()) && !raw.isBlank()) {
            out.append("<li>");
            open.push("li");
        }
        text(raw, out, open);
    }

    /**
     * Opens a kept tag so that the markup stays valid HTML: an item outside a list is a dash, an item or a list never
     * sits inside inline markup, a link never inside another, and a link without a web address is no link.
     */
    private static void openTag(String name, String attributes, StringBuilder out, Deque<String> open) {
        boolean inList = open.contains("ul") || open.contains("ol");
        if (name.equals("li") && !inList) {
            out.append("- ");
            return;
        }
        String start = "<" + name + ">";
        if (name.equals("a")) {
            String href = href(attributes);
            if (href == null) {
                return;
            }
            if (open.contains("a")) {
                closeThrough("a", out, open);
            }
            start = "<a href=\"" + href + "\">";
        } else if (name.equals("li")) {
            while (!isList(open.peek())) {
                out.append("</").append(open.pop()).append('>');
            }
        } else if (name.equals("ul") || name.equals("ol")) {
            while (!open.isEmpty() && !open.peek().equals("li")) {
                out.append("</").append(open.pop()).append('>');
            }
        }
        out.append(start);
        open.push(name);
    }

    private static void closeThrough(String name, StringBuilder out, Deque<String> open) {
        while (!open.isEmpty()) {
            String top = open.pop();
            out.append("</").append(top).append('>');
            if (top.equals(name)) {
                return;
            }
        }
    }

    private static boolean isList(String tag) {
        return "ul".equals(tag) || "ol".equals(tag);
    }

    /**
     * The escaped web address of an {@code <a>} tag's {@code href}, entities decoded; null when there is none or it
     * holds a character a URI may not (javadoc checks the address).
     */
    private static String href(String attributes) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return null;
        }
        String raw = href.group(1);
        StringBuilder address = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int end = c == '&' ? raw.indexOf(';', i) : -1;
            int decoded = end < 0 ? -1 : HtmlEntities.decode(raw, i + 1, end);
            if (decoded >= 0) {
                address.appendCodePoint(decoded);
                i = end;
            } else {
                address.append(c);
            }
        }
        String url = address.toString();
        if (!(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            if (URI_CHARACTERS.indexOf(url.charAt(i)) < 0) {
                return null;
            }
        }
        return url.replace("&", "&amp;");
    }

    private static void text(String raw, StringBuilder out, Deque<String> open) {
        int i = 0;
        while (i < raw.length()) {
            int c = raw.codePointAt(i);
            if (c == '&') {
                int end = raw.indexOf(';', i);
                int decoded = end < 0 ? -1 : HtmlEntities.decode(raw, i + 1, end);
                if (decoded >= 0) {
                    character(decoded, out, !open.isEmpty());
                    i = end + 1;
                    continue;
                }
            }
            character(c, out, !open.isEmpty());
            i += Character.charCount(c);
        }
    }

    /** Appends one character of text, escaped; inside an open tag a line break becomes a space. */
    private static void character(int c, StringBuilder out, boolean inTag) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '@' -> out.append("&#64;");
            case '\\' -> out.append("&#92;");
            case '{' -> out.append("&#123;");
            case '}' -> out.append("&#125;");
            case '\n' -> out.append(inTag ? ' ' : '\n');
            default -> {
                if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                    out.append(' ');
                } else if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
                    out.append('\uFFFD');
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    /**
     * The last word on what the finished text may hold, whatever the steps before let through: no end of comment, no
     * backslash and no {@code @}. Markup this class writes never needs any of them, so nothing legitimate changes.
     */
    private static String guard(String text) {
        if (text.indexOf("*/") < 0 && text.indexOf('\\') < 0 && text.indexOf('@') < 0) {
            return text;
        }
        return text.replace("*/", "*&#47;").replace("\\", "&#92;").replace("@", "&#64;");
    }

    private static void paragraph(StringBuilder out) {
        if (out.toString().isBlank()) {
            out.setLength(0);
            return;
        }
        out.append("\n\n<p>");
    }

    private static void closeAll(StringBuilder out, Deque<String> open) {
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
    }

    /** Collapses runs of spaces, trims lines and drops paragraphs left empty by removed markup. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String clean = SPACED_NEWLINE.matcher(SPACES.matcher(paragraph).replaceAll(" ")).replaceAll("\n").trim();
            String bare = ANY_TAG.matcher(clean).replaceAll("").trim();
            if (bare.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
                if (!clean.startsWith("<p>")) {
                    out.append("<p>");
                }
            } else if (clean.startsWith("<p>")) {
                clean = clean.substring(3).trim();
            }
            out.append(clean);
        }
        return out.toString();
    }
}
