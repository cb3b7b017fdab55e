package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void keepsSimpleMarkupAndParagraphs() {
        assertEquals("Checks <code>layers</code>.\n\n<p>Second part.",
                JavadocText.of("<p>Checks <code>layers</code>.</p> <p>Second part.</p>"));
    }

    @Test
    void neutralisesCommentEndsTagsAndBraces() {
        assertEquals("a *&#47; b &#64;param &#123;&#64;link x&#125;", JavadocText.of("a */ b @param {@link x}"));
    }

    @Test
    void dropsUnknownTagsAndBalancesKnownOnes() {
        assertEquals("<b>bold</b> and <i>open</i>", JavadocText.of("<note><b>bold</b></note> and <i>open"));
    }

    @Test
    void escapesStrayAngleBracketsAndAmpersands() {
        assertEquals("1 &lt; 2 &amp;&amp; 3 &gt; 2 &amp; &lt;ok&gt;", JavadocText.of("1 < 2 && 3 > 2 & &lt;ok&gt;"));
    }

    @Test
    void keepsOnlyWebLinks() {
        assertEquals("see <a href=\"https://docs.aws.amazon.com/x\">docs</a> and Foo",
                JavadocText.of("see <a href=\"https://docs.aws.amazon.com/x\">docs</a> and <a>Foo</a>"));
    }

    @Test
    void emptyDocumentationStaysEmpty() {
        assertEquals("", JavadocText.of(null));
        assertEquals("", JavadocText.of("<p></p>"));
    }
}
