package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed page against BatchCheckLayerAvailability in the ECR reference model. */
class SeedPageImportTest {

    private static final String OPERATION = "BatchCheckLayerAvailability";

    private static Path seed;
    private static ImportResult result;
    private static ObjectNode reference;

    @BeforeAll
    static void importSeed() throws Exception {
        seed = SharedFiles.seedPage();
        result = new DocImporter().importPages(List.of(seed), ImportOptions.defaults());
        reference = SharedFiles.referenceModel();
    }

    @Test
    void importsTheOperationWithItsInputAndOutput() {
        ObjectNode operation = (ObjectNode) result.fragment().path("operations").path(OPERATION);
        assertEquals(List.of(OPERATION), result.operations());
        assertEquals("POST", operation.path("http").path("method").asText());
        assertEquals("/", operation.path("http").path("requestUri").asText());
        assertEquals("BatchCheckLayerAvailabilityRequest", operation.path("input").path("shape").asText());
        assertEquals("BatchCheckLayerAvailabilityResponse", operation.path("output").path("shape").asText());
        assertFalse(operation.has("errors"), "the page lists no errors");
    }

    @Test
    void namesAndTypesTheShapes() throws Exception {
        JsonNode shapes = result.fragment().path("shapes");
        JsonNode expected = SharedFiles.JSON.readTree("""
                {
                  "FailureCode": {"type": "string", "enum": ["InvalidLayerDigest", "MissingLayerDigest"]},
                  "FailureList": {"type": "list", "member": {"shape": "Failure"}},
                  "FailureReason": {"type": "string"},
                  "LayerAvailability": {"type": "string", "enum": ["AVAILABLE", "UNAVAILABLE"]},
                  "LayerDigest": {"type": "string"},
                  "LayerDigestList": {"type": "list", "member": {"shape": "LayerDigest"}},
                  "LayerList": {"type": "list", "member": {"shape": "Layer"}},
                  "LayerSize": {"type": "long"},
                  "MediaType": {"type": "string"},
                  "RegistryId": {"type": "string"},
                  "RepositoryName": {"type": "string"}
                }""");
        expected.fieldNames().forEachRemaining(name -> assertEquals(expected.get(name), shapes.get(name), name));
        assertEquals(List.of("repositoryName", "layerDigests"),
                SharedFiles.JSON.convertValue(shapes.path("BatchCheckLayerAvailabilityRequest").path("required"),
                        List.class));
        assertEquals(15, shapes.size(), "shapes: " + shapes.properties());
    }

    @Test
    void isStructurallyEqualToTheReferenceOperation() {
        assertEquals(StructuralView.of(reference, OPERATION), StructuralView.of(result.fragment(), OPERATION));
    }

    @Test
    void takesArgumentDescriptionsAsDocumentation() {
        JsonNode imported = result.fragment().path("shapes").path("BatchCheckLayerAvailabilityRequest").path("members");
        JsonNode expected = reference.path("shapes").path("BatchCheckLayerAvailabilityRequest").path("members");
        for (String member : List.of("registryId", "repositoryName", "layerDigests")) {
            assertEquals(expected.path(member).path("documentation"), imported.path(member).path("documentation"),
                    member);
        }
    }

    @Test
    void warnsAboutTheLongAndTheMissingErrors() {
        assertEquals(List.of(
                seed + ":67: warning: BatchCheckLayerAvailabilityResponse.layers[].layerSize: "
                        + "123 may be an integer or a long; chose long (shape LayerSize)",
                seed + ":82: warning: operation BatchCheckLayerAvailability: "
                        + "the page does not list the errors the operation returns; none recorded"),
                result.warnings().stream().map(ImportWarning::toString).toList());
        ImportWarning layerSize = result.warnings().get(0);
        assertEquals(seed.toString(), layerSize.page());
        assertEquals(67, layerSize.line());
        assertEquals("BatchCheckLayerAvailabilityResponse.layers[].layerSize", layerSize.member());
    }

    @Test
    void mergingIntoTheReferenceModelChangesNothing() throws Exception {
        ObjectNode model = SharedFiles.referenceModel();
        ObjectNode merged = result.merge(model);
        assertEquals(reference, merged);
        assertEquals(reference, model, "the model passed in is not modified");
    }

    @Test
    void mergingAddsTheOperationWhenTheModelLacksIt() throws Exception {
        ObjectNode model = SharedFiles.referenceModel();
        SharedFiles.object(model, "/operations").remove(OPERATION);
        ObjectNode merged = result.merge(model);
        assertEquals(StructuralView.of(reference, OPERATION), StructuralView.of(merged, OPERATION));
        assertEquals(reference.path("shapes"), merged.path("shapes"), "every shape is reused");
        assertNotEquals(reference, merged, "the operation's documentation and errors come from the page");
    }

    @Test
    void reportsAConflictWhenTheModelDisagrees() throws Exception {
        ObjectNode model = SharedFiles.referenceModel();
        SharedFiles.object(model, "/shapes/LayerSizeInBytes").put("type", "string");
        ((ArrayNode) model.at("/shapes/LayerAvailability/enum")).add("PENDING");
        DocImportException e = assertThrows(DocImportException.class, () -> result.merge(model, "service-2.json"));
        assertEquals(seed + ":66: conflict: operation BatchCheckLayerAvailability in the model differs at "
                + "BatchCheckLayerAvailabilityResponse.layers[].layerAvailability: the model has LayerAvailability "
                + "(enum [AVAILABLE, PENDING, UNAVAILABLE]), the page shows an enum [AVAILABLE, UNAVAILABLE]\n"
                + seed + ":67: conflict: operation BatchCheckLayerAvailability in the model differs at "
                + "BatchCheckLayerAvailabilityResponse.layers[].layerSize: the model has LayerSizeInBytes (string), "
                + "the page shows a whole number (integer or long)", e.getMessage());
        assertEquals(2, e.problems().size());
    }

    @Test
    void reportsARequiredMemberTheModelDoesNotRequire() throws Exception {
        ObjectNode model = SharedFiles.referenceModel();
        ((ArrayNode) model.at("/shapes/BatchCheckLayerAvailabilityRequest/required")).remove(1);
        SharedFiles.object(model, "/shapes/Layer/members").remove("mediaType");
        DocImportException e = assertThrows(DocImportException.class, () -> result.merge(model));
        assertEquals(List.of(
                seed + ":68: conflict: operation BatchCheckLayerAvailability in the model differs at "
                        + "BatchCheckLayerAvailabilityResponse.layers[].mediaType: the page shows this member, "
                        + "the model does not have it",
                seed + ":82: conflict: operation BatchCheckLayerAvailability in the model differs at "
                        + "BatchCheckLayerAvailabilityRequest: the model requires [repositoryName], the page marks "
                        + "[layerDigests, repositoryName] as [required]"),
                e.problems().stream().map(DocProblem::toString).toList());
    }
}
