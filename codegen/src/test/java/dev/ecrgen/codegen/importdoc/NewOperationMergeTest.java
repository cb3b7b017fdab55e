package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Merging an operation the ECR model does not have: reuse of model shapes, and a name conflict. */
class NewOperationMergeTest {

    private static Path page;
    private static ObjectNode reference;

    @BeforeAll
    static void load() throws Exception {
        page = SharedFiles.page("ecr_describe_image_signatures.md");
        reference = SharedFiles.referenceModel();
    }

    @Test
    void reportsAnEnumWhoseNameTheModelUsesForAPlainString() throws Exception {
        ImportResult result = new DocImporter().importPages(List.of(page), ImportOptions.defaults());
        DocImportException e = assertThrows(DocImportException.class,
                () -> result.merge(reference.deepCopy(), "service-2.json"));
        assertEquals(page + ":73: conflict: the model already has Status (string), but "
                + "DescribeImageSignaturesResponse.signatures[].status is an enum [UNVERIFIED, VERIFIED] and no model "
                + "shape fits it; give it another name (ImportOptions.Builder.shapeName(\"Status\", ...)) or change "
                + "the model", e.getMessage());
    }

    @Test
    void addsTheOperationReusingModelShapesThatFit() throws Exception {
        ImportOptions options = ImportOptions.builder().shapeName("Status", "SignatureStatus").build();
        ImportResult result = new DocImporter().importPages(List.of(page), options);

        ObjectNode merged = result.merge(reference.deepCopy());

        Map<String, JsonNode> added = new TreeMap<>();
        merged.path("shapes").properties().forEach(shape -> {
            if (!reference.path("shapes").has(shape.getKey())) {
                added.put(shape.getKey(), shape.getValue());
            }
        });
        assertEquals(List.of("DescribeImageSignaturesRequest", "DescribeImageSignaturesResponse", "Signature",
                "SignatureList", "SignatureStatus", "SignedAt", "Signer"), new ArrayList<>(added.keySet()));
        assertEquals(SharedFiles.JSON.readTree("""
                {"type": "structure", "required": ["repositoryName"], "members": {
                  "registryId": {"shape": "RegistryId"},
                  "repositoryName": {"shape": "RepositoryName"},
                  "imageIds": {"shape": "ImageIdentifierList"},
                  "maxResults": {"shape": "MaxResults"},
                  "nextToken": {"shape": "NextToken"}}}"""),
                withoutDocumentation(added.get("DescribeImageSignaturesRequest")));
        assertEquals(SharedFiles.JSON.readTree("""
                {"type": "structure", "members": {
                  "imageId": {"shape": "ImageIdentifier"},
                  "signer": {"shape": "Signer"},
                  "signedAt": {"shape": "SignedAt"},
                  "status": {"shape": "SignatureStatus"},
                  "availability": {"shape": "LayerAvailability"},
                  "layerDigests": {"shape": "LayerDigestList"}}}"""),
                added.get("Signature"));
        assertEquals(reference.path("shapes"), withoutKeys(merged.path("shapes"), added.keySet()),
                "existing shapes are untouched");
        assertEquals("DescribeImageSignaturesRequest",
                merged.at("/operations/DescribeImageSignatures/input/shape").asText());
    }

    @Test
    void keepsTheModelSorted() throws Exception {
        ImportOptions options = ImportOptions.builder().shapeName("Status", "SignatureStatus").build();
        ObjectNode merged = new DocImporter().importPages(List.of(page), options).merge(reference.deepCopy());
        for (String section : List.of("operations", "shapes")) {
            List<String> names = new ArrayList<>();
            merged.path(section).fieldNames().forEachRemaining(names::add);
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            assertEquals(sorted, names, section);
        }
    }

    private static JsonNode withoutDocumentation(JsonNode structure) {
        ObjectNode copy = structure.deepCopy();
        copy.path("members").forEach(member -> ((ObjectNode) member).remove("documentation"));
        return copy;
    }

    private static JsonNode withoutKeys(JsonNode object, Set<String> keys) {
        ObjectNode copy = object.deepCopy();
        copy.remove(keys);
        return copy;
    }
}
