package dev.ecrgen.codegen.importdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page text into model documentation: HTML in paragraphs ({@code <p>...</p>}) on one line, the form the
 * reference models use.
 */
final class DocumentationHtml {

    /** A description cell: its documentation and whether it was marked {@code [required]}. */
    record Described(String html, boolean required) {
    }

    private static final Pattern REQUIRED =
            Pattern.compile("^((?:<p>)?)\\s*(?:\\[required]|&#91;required&#93;|\\\\\\[required\\\\])\\s*",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_START = Pattern.compile("^<(p|ul|ol|div|note|important|pre|dl|table)\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("(?<!\\\\)\\*\\*(.+?)(?<!\\\\)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\\\*])\\*([^*]+?)(?<!\\\\)\\*");
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?![#a-zA-Z0-9]+;)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~\"'$])");

    private DocumentationHtml() {
    }

    /** The text of an HTML fragment: tags removed, common entities decoded, whitespace collapsed. */
    static String text(String html) {
        String text = TAG.matcher(html).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#91;", "[").replace("&#93;", "]").replace("&amp;", "&");
        return collapse(text);
    }

    /** An Arguments description cell as documentation, without its {@code [required]} marker. */
    static Described fromCell(String cellHtml) {
        String html = collapse(cellHtml);
        Matcher marker = REQUIRED.matcher(html);
        boolean required = marker.find();
        if (required) {
            html = marker.group(1) + html.substring(marker.end());
        }
        html = html.replace("<p> ", "<p>").replace(" </p>", "</p>").replace("<p></p>", "").strip();
        if (html.isEmpty()) {
            return new Described(null, required);
        }
        if (!BLOCK_START.matcher(html).find()) {
            html = "<p>" + html + "</p>";
        }
        return new Described(html, required);
    }

    /**
     * Markdown prose (paragraphs, bullet lists, code spans, links, bold and italics) as documentation HTML, or null
     * when there is no text.
     */
    static String fromMarkdown(List<PageLine> lines) {
        List<String> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (PageLine line : lines) {
            Matcher item = LIST_ITEM.matcher(line.text());
            if (line.isBlank()) {
                flushParagraph(paragraph, blocks);
            } else if (item.matches()) {
                flushParagraph(paragraph, blocks);
                items.add(item.group(1));
                continue;
            } else if (!items.isEmpty() && Character.isWhitespace(line.text().charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.text().strip());
                continue;
            } else {
                paragraph.add(line.text().strip());
            }
            flushItems(items, blocks);
        }
        flushParagraph(paragraph, blocks);
        flushItems(items, blocks);
        return blocks.isEmpty() ? null : String.join(" ", blocks);
    }

    private static void flushParagraph(List<String> paragraph, List<String> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add("<p>" + inline(String.join(" ", paragraph)) + "</p>");
            paragraph.clear();
        }
    }

    private static void flushItems(List<String> items, List<String> blocks) {
        if (!items.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>");
            for (String item : items) {
                list.append(" <li> <p>").append(inline(item)).append("</p> </li>");
            }
            blocks.add(list.append(" </ul>").toString());
            items.clear();
        }
    }

    private static String inline(String markdown) {
        StringBuilder html = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(markdown);
        int last = 0;
        while (code.find()) {
            html.append(formatted(markdown.substring(last, code.start())));
            html.append("<code>").append(escape(code.group(1))).append("</code>");
            last = code.end();
        }
        html.append(formatted(markdown.substring(last)));
        return collapse(html.toString());
    }

    private static String formatted(String markdown) {
        String html = escape(markdown);
        html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
        html = STRONG.matcher(html).replaceAll("<b>$1</b>");
        html = EMPHASIS.matcher(html).replaceAll("<i>$1</i>");
        return ESCAPE.matcher(html).replaceAll("$1");
    }

    private static String escape(String text) {
        return BARE_AMPERSAND.matcher(text).replaceAll("&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
