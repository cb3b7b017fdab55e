package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What {@link DocImporter} made of the pages: a C2J fragment, the choices it had to make, and a way to merge it. */
public final class ImportResult {

    private final Fragment fragment;
    private final List<ImportWarning> warnings;

    ImportResult(Fragment fragment, List<ImportWarning> warnings) {
        this.fragment = fragment;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The imported operations and their shapes in C2J form, {@code {"operations":{...},"shapes":{...}}}, sorted by
     * name. Each call returns a fresh copy.
     */
    public ObjectNode fragment() {
        return fragment.toJson();
    }

    /** The names of the imported operations, sorted. */
    public List<String> operations() {
        return List.copyOf(new TreeSet<>(fragment.operations().keySet()));
    }

    /** The choices made where a page could not tell, in page and line order; print them for the user to review. */
    public List<ImportWarning> warnings() {
        return warnings;
    }

    /** Same as {@link #merge(ObjectNode, String)} with the model named {@code model} in messages. */
    public ObjectNode merge(ObjectNode model) throws DocImportException {
        return merge(model, "model");
    }

    /**
     * A copy of {@code model} (a parsed {@code service-2.json}) with the imported operations merged in; {@code model}
     * itself is not changed. Operations the model already has are compared, not replaced: if they agree the copy is
     * equal to the model. New operations are added with their shapes, reusing model shapes that fit.
     *
     * @param modelName how messages name the model, e.g. the path given to {@code --into}
     * @throws DocImportException listing every conflict ({@code <page>:<line>: conflict: ...}); nothing is merged
     */
    public ObjectNode merge(ObjectNode model, String modelName) throws DocImportException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelName, "modelName");
        return new ModelMerger(fragment).merge(model, modelName);
    }
}
