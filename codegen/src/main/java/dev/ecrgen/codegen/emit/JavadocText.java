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
 */
final class JavadocText {
    private static final Set<String> KEPT = Set.of("p", "code", "ul", "ol", "li", "b", "i", "em", "strong", "a");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern SPACES = Pattern.compile("[ ]+");
    private static final Pattern SPACED_NEWLINE = Pattern.compile(" *\n *");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");

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
            text(html.substring(at, tag.start()), out, open);
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
                    while (!open.isEmpty()) {
                        String top = open.pop();
                        out.append("</").append(top).append('>');
                        if (top.equals(name)) {
                            break;
                        }
                    }
                }
            } else if (name.equals("li") && !(open.contains("ul") || open.contains("ol"))) {
                out.append("- ");
            } else if (name.equals("li") || !tag.group(3).trim().endsWith("/")) {
                if (name.equals("li") && "li".equals(open.peek())) {
                    out.append("</li>");
                    open.pop();
                }
                if (name.equals("a")) {
                    Matcher href = HREF.matcher(tag.group(3));
                    if (!href.find() || !href.group(1).startsWith("http")) {
                        continue;
                    }
                    out.append("<a href=\"").append(escapeAttribute(href.group(1))).append("\">");
                } else {
                    out.append('<').append(name).append('>');
                }
                open.push(name);
            }
        }
        text(html.substring(at), out, open);
        closeAll(out, open);
        return tidy(out.toString());
    }

    /** The first sentence-like part, for short summaries. */
    static String firstParagraph(String html) {
        String text = of(html);
        int split = text.indexOf("\n\n");
        return split < 0 ? text : text.substring(0, split);
    }

    private static void text(String raw, StringBuilder out, Deque<String> open) {
        if (raw.isEmpty()) {
            return;
        }
        StringBuilder escaped = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '&') {
                Matcher entity = ENTITY.matcher(raw).region(i, raw.length());
                if (entity.lookingAt()) {
                    escaped.append(entity.group());
                    i = entity.end();
                    continue;
                }
                escaped.append("&amp;");
            } else if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '>') {
                escaped.append("&gt;");
            } else if (c == '@') {
                escaped.append("&#64;");
            } else if (c == '*' && i + 1 < raw.length() && raw.charAt(i + 1) == '/') {
                escaped.append("*&#47;");
                i++;
            } else if (c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                escaped.append("&#47;*");
                i++;
            } else if (c == '\\') {
                escaped.append("&#92;");
            } else if (c == '{' ) {
                escaped.append("&#123;");
            } else if (c == '}') {
                escaped.append("&#125;");
            } else if (c == '\r' || c == '\t') {
                escaped.append(' ');
            } else if (c == '\n') {
                escaped.append(open.isEmpty() ? '\n' : ' ');
            } else if (c < 0x20) {
                escaped.append(' ');
            } else {
                escaped.append(c);
            }
            i++;
        }
        out.append(escaped);
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

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "&#64;").replace("*/", "*&#47;");
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
