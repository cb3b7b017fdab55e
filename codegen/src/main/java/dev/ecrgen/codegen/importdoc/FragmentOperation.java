package dev.ecrgen.codegen.importdoc;

/**
 * One imported operation; {@code input} is null when the page has no Request syntax, {@code documentation} when it
 * has no Description. {@code origin} points at the {@code svc$...} call (or the Usage).
 */
record FragmentOperation(String name, String input, String output, String documentation, Origin origin) {
}
