package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the ECR reference model, printed as a reference page the way the R SDK prints them, imports to a
 * structurally equal operation (integer and long, float and double reading alike) and merges as a no-op.
 */
class ReferenceOperationsTest {

    private static ObjectNode reference;

    @BeforeAll
    static void loadReference() throws IOException {
        reference = SharedFiles.referenceModel();
    }

    static List<String> operations() throws IOException {
        List<String> names = new ArrayList<>();
        SharedFiles.referenceModel().path("operations").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @MethodSource("operations")
    void importsTheOperationAndMergesAsANoOp(String operation) throws Exception {
        String page = new ReferencePages(reference).page("ecr", operation);
        ImportResult result = new DocImporter().importTexts(Map.of(operation + ".md", page), ImportOptions.defaults());

        assertEquals(List.of(operation), result.operations());
        assertEquals(StructuralView.byNumberKind(reference, operation),
                StructuralView.byNumberKind(result.fragment(), operation), page);
        assertEquals(reference, result.merge(reference.deepCopy()));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void reAddsTheOperationWithTheModelsShapes(String operation) throws Exception {
        String page = new ReferencePages(reference).page("ecr", operation);
        ImportResult result = new DocImporter().importTexts(Map.of(operation + ".md", page), ImportOptions.defaults());
        ObjectNode model = reference.deepCopy();
        SharedFiles.object(model, "/operations").remove(operation);

        ObjectNode merged = result.merge(model);

        assertEquals(StructuralView.of(reference, operation), StructuralView.of(merged, operation));
        assertEquals(reference.path("shapes"), merged.path("shapes"));
    }
}
