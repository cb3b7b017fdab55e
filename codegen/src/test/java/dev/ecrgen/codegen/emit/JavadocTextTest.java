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

    @Test
    void noDisguiseOfACommentEndSurvives() {
        assertEquals("*&#47; *&#47; *&#47; *&#47; *&#47; *&#47;",
                JavadocText.of("*&#47; *&#x2F; *&sol; &ast;/ &#42;&#47; *&SOL;".replace("&SOL;", "&#X2f;")));
        assertEquals("a *&#47; b", JavadocText.of("a *<span>/</span> b"));
        assertEquals("a *&#47; b", JavadocText.of("a *<br/>/ b"));
    }

    @Test
    void backslashesCannotFormUnicodeEscapes() {
        assertEquals("&#92;u002A&#92;u002F", JavadocText.of("\\u002A\\u002F"));
        assertEquals("&#92;u002A&#92;u002F", JavadocText.of("&#92;u002A&bsol;u002F"));
    }

    @Test
    void linksKeepOnlyAddressesThatAreUris() {
        assertEquals("a link", JavadocText.of("<a href=\"https://x.example/\\u002A\\u002F\">a link</a>"));
        assertEquals("<a href=\"https://x.example/*&#47;y?a=1&amp;b=&#64;\">end</a>",
                JavadocText.of("<a href=\"https://x.example/*/y?a=1&amp;b=@\">end</a>"));
        assertEquals("<a href=\"https://a.example\">one</a><a href=\"https://b.example\">two</a>",
                JavadocText.of("<a href=\"https://a.example\">one<a href=\"https://b.example\">two</a></a>"));
    }

    @Test
    void listsNeverSitInInlineMarkupAndTextInAListIsAnItem() {
        assertEquals("<b>bold </b><ul><li>item</li></ul>", JavadocText.of("<b>bold <ul><li>item</li></ul></b>"));
        assertEquals("<ul><li>loose</li><li>item</li></ul>", JavadocText.of("<ul>loose<li>item</li></ul>"));
        assertEquals("- outside a list", JavadocText.of("<li>outside a list</li>"));
    }

    @Test
    void entitiesAreDecodedAndReEscapedOrShownAsWritten() {
        assertEquals("&lt;&gt;&amp; \u00a0\u2014 &amp;bogus; &amp;#0; &amp;#xD800; &amp;#99999999999;",
                JavadocText.of("&lt;&gt;&amp; &nbsp;&mdash; &bogus; &#0; &#xD800; &#99999999999;"));
        assertEquals("&#64;param &#123;&#64;code x&#125;", JavadocText.of("&commat;param &lbrace;&#64;code x&rbrace;"));
    }

    @Test
    void plainTextIsEscapedOnOneLine() {
        assertEquals("Refused*&#47;&#92;u002A&#64;x &lt;b&gt; &amp;amp; &#123;", JavadocText.plain("Refused*/\\u002A@x\n<b> &amp; {"));
        assertEquals("", JavadocText.plain(null));
    }
}
