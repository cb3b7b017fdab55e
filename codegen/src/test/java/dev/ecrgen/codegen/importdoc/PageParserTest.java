package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageParserTest {

    @Test
    void splitsSectionsAndFindsCodeBlocks() {
        Page page = PageParser.parse("p.md", String.join("\r\n",
                "# Title",
                "### Value:",
                "",
                "A list with the following syntax:",
                "",
                "    list(",
                "",
                "      a = 1",
                "    )",
                "",
                "### Request Syntax",
                "```r",
                "svc$x(",
                "## not a heading",
                ")",
                "```",
                "", ""));
        List<PageLine> value = page.section("Value").orElseThrow().codeBlock().orElseThrow();
        assertEquals(List.of("list(", "", "  a = 1", ")"), value.stream().map(PageLine::text).toList());
        assertEquals(6, value.get(0).number());
        assertEquals(List.of("A list with the following syntax:"), page.section("Value").orElseThrow().prose()
                .stream().filter(line -> !line.isBlank()).map(PageLine::text).toList());
        List<PageLine> request = page.section("request syntax").orElseThrow().codeBlock().orElseThrow();
        assertEquals(List.of("svc$x(", "## not a heading", ")"), request.stream().map(PageLine::text).toList());
        assertEquals(13, request.get(0).number());
        assertEquals(11, page.section("Request syntax").orElseThrow().headingLine());
        assertEquals(16, page.lastLine());
        assertTrue(page.section("Usage").isEmpty());
    }
}
