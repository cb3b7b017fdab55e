package dev.ecrgen.codegen.importdoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML table of an Arguments section: one row per argument, the name in the first cell (usually in a
 * {@code <code>} element) and the description in the second.
 */
final class ArgumentsTable {

    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr\\s*>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([dh])\\b[^>]*>(.*?)</t\\1\\s*>", Pattern.DOTALL);

    private ArgumentsTable() {
    }

    /** The arguments by name, in table order; problems (rows without two cells, repeated names) go to {@code out}. */
    static Map<String, Argument> read(String page, PageSection section, List<DocProblem> out) {
        Map<String, Argument> arguments = new LinkedHashMap<>();
        StringBuilder html = new StringBuilder();
        int[] lineStarts = new int[section.lines().size()];
        for (int i = 0; i < section.lines().size(); i++) {
            lineStarts[i] = html.length();
            html.append(section.lines().get(i).text()).append('\n');
        }
        if (!hasTable(section)) {
            out.add(new DocProblem(page, section.headingLine(),
                    "section \"" + section.title() + "\" has no HTML table of arguments"));
            return arguments;
        }
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(1));
            if (!cell.find() || cell.group(1).equals("h")) {
                continue;
            }
            String name = DocumentationHtml.text(cell.group(2));
            int nameAt = cell.group(2).indexOf(">" + name) + 1;
            int line = lineAt(section, lineStarts, row.start(1) + cell.start(2) + nameAt);
            if (!cell.find()) {
                out.add(new DocProblem(page, line, "argument row \"" + name + "\" has no description cell"));
                continue;
            }
            if (name.isEmpty()) {
                out.add(new DocProblem(page, line, "argument row has an empty name cell"));
                continue;
            }
            DocumentationHtml.Described described = DocumentationHtml.fromCell(cell.group(2));
            Argument argument = new Argument(name, described.html(), described.required(), line);
            Argument previous = arguments.putIfAbsent(name, argument);
            if (previous != null) {
                out.add(new DocProblem(page, line,
                        "argument \"" + name + "\" is listed twice (first on line " + previous.line() + ")"));
            }
        }
        return arguments;
    }

    static boolean hasTable(PageSection section) {
        return section.lines().stream().anyMatch(line -> line.text().contains("<table"));
    }

    private static int lineAt(PageSection section, int[] lineStarts, int offset) {
        int index = 0;
        while (index + 1 < lineStarts.length && lineStarts[index + 1] <= offset) {
            index++;
        }
        return section.lines().get(index).number();
    }
}
