package dev.ecrgen.codegen.importdoc;

/** One line of a page with its 1-based line number in the file. */
record PageLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }
}
