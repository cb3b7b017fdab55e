package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RSyntaxParserTest {

    @Test
    void parsesACallWithNamedArgumentsAndLines() throws Exception {
        RNode.Call call = RSyntaxParser.parseCall(lines(10,
                "svc$put_thing(",
                "  name = \"string\",",
                "  `odd-name` = 123,",
                "  \"quoted\" = 'it\\'s'|\"B\",",
                ")"));
        assertEquals("svc", call.receiver());
        assertEquals("put_thing", call.function());
        assertEquals(10, call.line());
        List<RNode.Entry> entries = call.arguments().entries();
        assertEquals(List.of("name", "odd-name", "quoted"), entries.stream().map(RNode.Entry::name).toList());
        assertEquals(List.of(11, 12, 13), entries.stream().map(RNode.Entry::line).toList());
        assertEquals(new RNode.Number("123", 12), entries.get(1).value());
        assertEquals(List.of("it's", "B"), ((RNode.Strings) entries.get(2).value()).values());
    }

    @Test
    void parsesEveryKindOfValue() throws Exception {
        RNode value = RSyntaxParser.parseValue(lines(1,
                "list(a = TRUE|FALSE, b = as.POSIXct(\"2015-01-01\"), c = raw, d = 123.0, e = list(), # comment",
                "  f = list(list(x = \"A\"|\"B\")), g = FALSE, h = -5L)"));
        List<RNode.Entry> entries = ((RNode.ListNode) value).entries();
        assertInstanceOf(RNode.Bool.class, entries.get(0).value());
        assertInstanceOf(RNode.Timestamp.class, entries.get(1).value());
        assertInstanceOf(RNode.Raw.class, entries.get(2).value());
        assertEquals(false, ((RNode.Number) entries.get(3).value()).isWhole());
        assertTrue(((RNode.ListNode) entries.get(4).value()).entries().isEmpty());
        RNode.ListNode list = (RNode.ListNode) entries.get(5).value();
        assertNull(list.entries().get(0).name());
        assertEquals(2, list.entries().get(0).line());
        assertInstanceOf(RNode.Bool.class, entries.get(6).value());
        assertTrue(((RNode.Number) entries.get(7).value()).isWhole());
    }

    @Test
    void parsesTheUsage() throws Exception {
        RSyntaxParser.Usage usage = RSyntaxParser.parseUsage(lines(7, "ecr_do_it(a, b,", "  c)"));
        assertEquals("ecr_do_it", usage.function());
        assertEquals(List.of("a", "b", "c"), usage.arguments());
        assertEquals(7, usage.line());
    }

    @Test
    void reportsTheLineOfEachSyntaxError() {
        assertSyntaxError(1, "unbalanced parentheses: '(' on this line is never closed",
                "list(", "  a = list(", "    b = list(", "  )", ")");
        assertSyntaxError(2, "unbalanced parentheses: ')' has no matching '('", "list(a = 1)", ")");
        assertSyntaxError(2, "unterminated string: the closing \" is missing", "list(", "  a = \"x)");
        assertSyntaxError(1, "expected ',' or ')', found 'b'", "list(a = 1 b = 2)");
        assertSyntaxError(2, "expected TRUE or FALSE after '|', found 'MAYBE'", "list(", "  a = TRUE|MAYBE)");
        assertSyntaxError(1, "unexpected character '@'", "list(a = @)");
        assertSyntaxError(1, "expected the end of the value, found 'list'", "list() list()");
    }

    private static void assertSyntaxError(int line, String message, String... code) {
        RSyntaxException e = assertThrows(RSyntaxException.class, () -> RSyntaxParser.parseValue(lines(1, code)));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
    }

    private static List<PageLine> lines(int first, String... texts) {
        List<PageLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new PageLine(first + i, texts[i]));
        }
        return lines;
    }
}
