/**
 * Imports operations into a C2J model from reference pages: R-style documentation pages converted to markdown, with
 * the sections Usage, Arguments (an HTML table), Value and Request syntax.
 *
 * <p>{@link dev.ecrgen.codegen.importdoc.DocImporter} is the entry point: it reads pages into a fragment
 * ({@code {"operations":{...},"shapes":{...}}}) and {@link dev.ecrgen.codegen.importdoc.ImportResult#merge} merges
 * the fragment into an existing model without overwriting anything.
 *
 * <p>How the printed R maps to C2J: {@code "string"} is a string; {@code "A"|"B"} an enum; {@code 123} a long;
 * {@code 123.0} a double; {@code TRUE|FALSE} a boolean; {@code as.POSIXct("...")} a timestamp; {@code raw} a blob;
 * {@code list(name = ...)} a structure; {@code list(x)} a list of x; {@code list()} a document. The operation is
 * POST {@code /}; the input's documentation and required members come from the Arguments table.
 *
 * <p>What pages cannot tell, and the choice made (each reported as an
 * {@link dev.ecrgen.codegen.importdoc.ImportWarning} naming the page, line and member):
 * <ul>
 *   <li>{@code 123} may be an integer or a long: long, which holds both.</li>
 *   <li>{@code 123.0} may be a float or a double: double.</li>
 *   <li>Pages print a map exactly like a list. {@code list(x)} is a list, unless the member's name suggests a map
 *       ({@code tags}, {@code ...Map}, see {@link dev.ecrgen.codegen.importdoc.ImportOptions}) and x is not a
 *       key/value pair structure; then it is a map with string keys.</li>
 *   <li>{@code list(key = x)} with a placeholder name may be a one-member structure or a map: a map, which also
 *       holds that structure.</li>
 *   <li>{@code list()} may be an empty structure, a document or a recursive reference: a document.</li>
 *   <li>"An empty list." as the Value may mean no output or an empty one: an empty output structure.</li>
 *   <li>Pages list no errors: the operation gets none.</li>
 * </ul>
 * Pages never show constraints (min, max, pattern), timestamp formats, or which members of nested structures are
 * required; inferred shapes have none. Merging accepts either reading of each doubt when the model already decides
 * it.
 */
package dev.ecrgen.codegen.importdoc;
