package dev.ecrgen.codegen.importdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a markdown page into sections at its ATX headings ({@code ## Title}), keeping line numbers. */
final class PageParser {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private PageParser() {
    }

    static Page parse(String name, String text) {
        String[] rawLines = text.split("\r?\n|\r", -1);
        List<PageSection> sections = new ArrayList<>();
        String title = "";
        int headingLine = 0;
        List<PageLine> body = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < rawLines.length; i++) {
            String line = rawLines[i];
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                inFence = !inFence;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                sections.add(new PageSection(title, headingLine, body));
                title = heading.group(1);
                headingLine = i + 1;
                body = new ArrayList<>();
            } else {
                body.add(new PageLine(i + 1, line));
            }
        }
        sections.add(new PageSection(title, headingLine, body));
        int lastLine = rawLines.length;
        while (lastLine > 1 && rawLines[lastLine - 1].isBlank()) {
            lastLine--;
        }
        return new Page(name, sections, lastLine);
    }
}
