package dev.ecrgen.codegen.importdoc;

/**
 * One row of a page's Arguments table.
 *
 * @param documentation the description as documentation HTML ({@code <p>...</p>}), or null when the cell is empty
 * @param required whether the description starts with {@code [required]}
 * @param line the line of the row's name cell
 */
record Argument(String name, String documentation, boolean required, int line) {
}
