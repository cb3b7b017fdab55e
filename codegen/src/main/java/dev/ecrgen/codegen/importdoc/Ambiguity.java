package dev.ecrgen.codegen.importdoc;

/**
 * What a page could not tell about a shape. The importer picks the safer reading (the one that can hold every value
 * of the other), warns, and when merging accepts the other reading if the model already has it.
 */
enum Ambiguity {
    /** No doubt about the type beyond what pages never show (constraints, patterns). */
    NONE,
    /** {@code 123}: an integer or a long; long is chosen. */
    WHOLE_NUMBER,
    /** {@code 123.0}: a float or a double; double is chosen. */
    DECIMAL,
    /** {@code list(x)} for a member whose name suggests a map: pages print maps as lists; a map is chosen. */
    LIST_OR_MAP,
    /** {@code list(key = x)} with a placeholder name: a one-member structure or a map; a map is chosen. */
    STRUCTURE_OR_MAP,
    /** {@code list()}: an empty structure, a document, or a recursive reference; a document is chosen. */
    EMPTY_LIST,
    /** "An empty list." as the Value: no output, or an empty output structure; an empty structure is chosen. */
    EMPTY_OUTPUT
}
