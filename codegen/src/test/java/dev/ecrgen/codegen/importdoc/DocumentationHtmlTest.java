package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentationHtmlTest {

    @Test
    void cellsBecomeParagraphsWithoutTheRequiredMark() {
        DocumentationHtml.Described described = DocumentationHtml.fromCell(
                "<p>[required] The name of\nthe repository.</p>\n<p>See <code>x</code>.</p>");
        assertTrue(described.required());
        assertEquals("<p>The name of the repository.</p> <p>See <code>x</code>.</p>", described.html());

        DocumentationHtml.Described escaped = DocumentationHtml.fromCell("&#91;required&#93; Plain text");
        assertTrue(escaped.required());
        assertEquals("<p>Plain text</p>", escaped.html());

        DocumentationHtml.Described optional = DocumentationHtml.fromCell("<p>Optional [required] later.</p>");
        assertFalse(optional.required());
        assertEquals("<p>Optional [required] later.</p>", optional.html());

        assertNull(DocumentationHtml.fromCell("  ").html());
    }

    @Test
    void textOfACell() {
        assertEquals("a<b & c", DocumentationHtml.text("<code\nid=\"x\">a&lt;b &amp; c</code>"));
    }

    @Test
    void markdownBecomesHtml() {
        String html = DocumentationHtml.fromMarkdown(List.of(
                new PageLine(1, "Uses **bold**, *italic*, `a<b` and"),
                new PageLine(2, "[a link](https://example.com/?a=1&b=2) \\*not italic\\*."),
                new PageLine(3, ""),
                new PageLine(4, "-   one"),
                new PageLine(5, "    continued"),
                new PageLine(6, "-   two")));
        assertEquals("<p>Uses <b>bold</b>, <i>italic</i>, <code>a&lt;b</code> and "
                + "<a href=\"https://example.com/?a=1&amp;b=2\">a link</a> *not italic*.</p> "
                + "<ul> <li> <p>one continued</p> </li> <li> <p>two</p> </li> </ul>", html);
        assertNull(DocumentationHtml.fromMarkdown(List.of(new PageLine(1, " "))));
    }
}
