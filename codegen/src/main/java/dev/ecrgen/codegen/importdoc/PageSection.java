package dev.ecrgen.codegen.importdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines under one markdown heading, up to the next heading. */
record PageSection(String title, int headingLine, List<PageLine> lines) {

    PageSection {
        lines = List.copyOf(lines);
    }

    /** The line number of the last line of the section (the heading when it is empty). */
    int lastLine() {
        return lines.isEmpty() ? headingLine : lines.get(lines.size() - 1).number();
    }

    /**
     * The first code block of the section: an indented block (four spaces or a tab) or a fenced one, with the
     * indentation or fences removed and line numbers kept.
     */
    Optional<List<PageLine>> codeBlock() {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (isFence(text)) {
                return Optional.of(fenced(i));
            }
            if (isIndented(text) && (i == 0 || lines.get(i - 1).isBlank())) {
                return Optional.of(indented(i));
            }
        }
        return Optional.empty();
    }

    /** The lines that are not part of any code block. */
    List<PageLine> prose() {
        List<PageLine> prose = new ArrayList<>();
        boolean inFence = false;
        boolean inIndented = false;
        for (PageLine line : lines) {
            String text = line.text();
            if (isFence(text)) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            boolean previousBlank = prose.isEmpty() || prose.get(prose.size() - 1).isBlank();
            inIndented = isIndented(text) && (inIndented || previousBlank);
            if (!inIndented) {
                prose.add(line);
            }
        }
        return prose;
    }

    private List<PageLine> fenced(int fence) {
        List<PageLine> block = new ArrayList<>();
        for (int i = fence + 1; i < lines.size() && !isFence(lines.get(i).text()); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    private List<PageLine> indented(int start) {
        List<PageLine> block = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (isIndented(line.text())) {
                block.add(new PageLine(line.number(), unindent(line.text())));
            } else if (line.isBlank()) {
                block.add(new PageLine(line.number(), ""));
            } else {
                break;
            }
        }
        while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) {
            block.remove(block.size() - 1);
        }
        return block;
    }

    private static boolean isFence(String text) {
        String trimmed = text.stripLeading();
        return trimmed.startsWith("```") || trimmed.startsWith("~~~");
    }

    private static boolean isIndented(String text) {
        return !text.isBlank() && (text.startsWith("    ") || text.startsWith("\t"));
    }

    private static String unindent(String text) {
        return text.startsWith("\t") ? text.substring(1) : text.substring(4);
    }
}
