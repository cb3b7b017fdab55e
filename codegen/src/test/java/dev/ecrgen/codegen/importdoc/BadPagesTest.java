package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed pages get every problem reported as {@code page:line: what is wrong}. */
class BadPagesTest {

    /** A small valid page; the tests break one thing at a time. Line numbers are noted where tests use them. */
    private static final String PAGE = String.join("\n",
            "## Renames a gizmo",                                               // 1
            "",
            "### Usage",                                                        // 3
            "",
            "    gizmos_rename_gizmo(gizmoId, newName)",                        // 5
            "",
            "### Arguments",                                                    // 7
            "",
            "<table>",
            "<tbody>",
            "<tr>",
            "<td><code id=\"gizmos_rename_gizmo_:_gizmoId\">gizmoId</code></td>", // 12
            "<td><p>[required] The gizmo to rename.</p></td>",
            "</tr>",
            "<tr>",
            "<td><code id=\"gizmos_rename_gizmo_:_newName\">newName</code></td>", // 16
            "<td><p>The new name.</p></td>",
            "</tr>",
            "</tbody>",
            "</table>",
            "",
            "### Value",                                                        // 22
            "",
            "A list with the following syntax:",
            "",
            "    list(",                                                        // 26
            "      gizmo = list(",                                              // 27
            "        gizmoId = \"string\",",                                    // 28
            "        name = \"string\"",                                        // 29
            "      )",                                                          // 30
            "    )",                                                            // 31
            "",
            "### Request syntax",                                               // 33
            "",
            "    svc$rename_gizmo(",                                            // 35
            "      gizmoId = \"string\",",                                      // 36
            "      newName = \"string\"",                                       // 37
            "    )",                                                            // 38
            "");

    @TempDir
    Path folder;

    @Test
    void theTemplatePageImports() throws Exception {
        ImportResult result = new DocImporter().importPages(List.of(write("good.md", PAGE)), ImportOptions.defaults());
        assertEquals(List.of("RenameGizmo"), result.operations());
    }

    @Test
    void missingSection() throws Exception {
        Path page = write("no-request.md", PAGE.substring(0, PAGE.indexOf("### Request syntax")));
        assertEquals(List.of(page + ":31: missing section \"Request syntax\": the page has no \"### Request syntax\" "
                + "heading"), problems(page));
    }

    @Test
    void everyMissingSectionIsReported() throws Exception {
        Path page = write("no-usage-value.md", PAGE.replace("### Usage", "### Use").replace("### Value", "### Result"));
        assertEquals(List.of(page + ":38: missing section \"Usage\": the page has no \"### Usage\" heading",
                page + ":38: missing section \"Value\": the page has no \"### Value\" heading"), problems(page));
    }

    @Test
    void unclosedParenthesis() throws Exception {
        Path page = write("unclosed.md", PAGE.replace("      )\n    )", "\n    )"));
        assertEquals(List.of(page + ":26: in section \"Value\": unbalanced parentheses: '(' on this line is never "
                + "closed"), problems(page));
    }

    @Test
    void parenthesisWithoutItsOpening() throws Exception {
        Path page = write("extra.md", PAGE.replace("      newName = \"string\"", "      newName = \"string\")"));
        assertEquals(List.of(page + ":38: in section \"Request syntax\": unbalanced parentheses: ')' has no "
                + "matching '('"), problems(page));
    }

    @Test
    void memberMissingFromArguments() throws Exception {
        Path page = write("unknown.md", PAGE.replace("      newName = \"string\"",
                "      newName = \"string\", color = \"string\""));
        assertEquals(List.of(
                page + ":5: the Usage and the Request syntax list different arguments: only in the Usage [], only in "
                        + "the Request syntax [color]",
                page + ":37: member \"color\" of the Request syntax is not in the Arguments table"), problems(page));
    }

    @Test
    void argumentMissingFromRequestSyntax() throws Exception {
        Path page = write("extra-argument.md", PAGE.replace("gizmoId, newName)", "gizmoId)")
                .replace("      gizmoId = \"string\",\n      newName = \"string\"", "      gizmoId = \"string\"\n"));
        assertEquals(List.of(page + ":16: argument \"newName\" of the Arguments table is not in the Request syntax"),
                problems(page));
    }

    @Test
    void allProblemsOfAPageInLineOrder() throws Exception {
        Path page = write("many.md", PAGE.replace("gizmos_rename_gizmo(", "gizmos_rename_widget(")
                .replace("        gizmoId = \"string\",", "        gizmoId = string,")
                .replace("      newName = \"string\"", "      newName = \"string\", size = 123"));
        assertEquals(List.of(
                page + ":5: the Usage calls gizmos_rename_widget but the Request syntax calls svc$rename_gizmo",
                page + ":5: the Usage and the Request syntax list different arguments: only in the Usage [], only in "
                        + "the Request syntax [size]",
                page + ":28: in section \"Value\": unknown value 'string': expected \"string\", \"A\"|\"B\", 123, "
                        + "123.0, TRUE|FALSE, as.POSIXct(\"...\"), raw or list(...)",
                page + ":37: member \"size\" of the Request syntax is not in the Arguments table"), problems(page));
    }

    @Test
    void listWithTwoElements() throws Exception {
        Path page = write("two.md", PAGE.replace("        name = \"string\"", "        names = list(\"a\", \"b\")"));
        assertEquals(List.of(page + ":29: RenameGizmoResponse.gizmo.names shows 2 unnamed elements; a list or map "
                + "shows exactly one"), problems(page));
    }

    @Test
    void structureMixingNamedAndUnnamedEntries() throws Exception {
        Path page = write("mixed.md", PAGE.replace("        name = \"string\"", "        \"string\""));
        assertEquals(List.of(page + ":27: RenameGizmoResponse.gizmo mixes named and unnamed entries: a structure "
                + "names every entry, a list or map shows one unnamed element"), problems(page));
    }

    @Test
    void valueWithoutSyntax() throws Exception {
        Path page = write("no-syntax.md", PAGE.replace("A list with the following syntax:", "Nothing useful.")
                .replace("    list(\n      gizmo = list(\n        gizmoId = \"string\",\n        name = \"string\"\n"
                        + "      )\n    )\n", ""));
        assertEquals(List.of(page + ":22: section \"Value\" has neither a list(...) code block nor the words \"An "
                + "empty list.\""), problems(page));
    }

    @Test
    void argumentsWithoutTable() throws Exception {
        Path page = write("no-table.md", PAGE.replace("<table>", "").replace("</table>", ""));
        assertEquals(List.of(page + ":7: section \"Arguments\" has no HTML table of arguments"), problems(page));
    }

    @Test
    void problemsOfEveryPageAndRepeatedOperations() throws Exception {
        Path good = write("good.md", PAGE);
        Path again = write("again.md", PAGE);
        Path missing = folder.resolve("missing.md");
        assertEquals(List.of(missing + ": no such page"), problems(good, missing));
        assertEquals(List.of(again + ":35: operation RenameGizmo is already imported from " + good),
                problems(good, again));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static List<String> problems(Path... pages) {
        DocImportException e = assertThrows(DocImportException.class,
                () -> new DocImporter().importPages(List.of(pages), ImportOptions.defaults()));
        List<String> problems = e.problems().stream().map(DocProblem::toString).toList();
        assertEquals(String.join("\n", problems), e.getMessage());
        return problems;
    }
}
