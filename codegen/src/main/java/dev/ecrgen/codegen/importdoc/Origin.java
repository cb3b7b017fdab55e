package dev.ecrgen.codegen.importdoc;

/** Where something inferred came from: the page, the line, and the member path such as {@code Layer.layerSize}. */
record Origin(String page, int line, String member) {

    DocProblem problem(String message) {
        return new DocProblem(page, line, message);
    }

    ImportWarning warning(String choice) {
        return new ImportWarning(page, line, member, choice);
    }
}
