package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapeNamesTest {

    @Test
    void singularOfTheLastWord() {
        String[][] cases = {
            {"layers", "layer"}, {"layerDigests", "layerDigest"}, {"repositories", "repository"},
            {"imageAliases", "imageAlias"}, {"statuses", "status"}, {"addresses", "address"}, {"boxes", "box"},
            {"branches", "branch"}, {"caches", "cache"}, {"authorizationData", "authorizationData"},
            {"cvss", "cvss"}, {"status", "status"}, {"analysis", "analysis"}, {"imageIDs", "imageID"},
            {"Policies", "Policy"}, {"parties", "party"}, {"cookies", "cookie"}, {"rules", "rule"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], ShapeNames.singular(c[0]), c[0]);
        }
    }

    @Test
    void pascalCase() {
        assertEquals("BatchCheckLayerAvailability", ShapeNames.operation("batch_check_layer_availability"));
        assertEquals("LayerDigests", ShapeNames.pascal("layerDigests"));
        assertEquals("ImageTagMutability", ShapeNames.pascal("image-tag.mutability"));
        assertEquals("Member3d", ShapeNames.pascal("3d"));
    }

    @Test
    void namesFollowTheOptions() {
        ShapeNames names = new ShapeNames(ImportOptions.builder().listSuffix("Items").mapKeySuffix("Name")
                .shapeName("Layer", "ImageLayer").build());
        assertEquals("LayerItems", names.list("layers"));
        assertEquals("layer", names.element("layers"));
        assertEquals("TagName", names.mapKey("tags"));
        assertEquals("tagValue", names.mapValue("tags"));
        assertEquals("ImageLayer", names.renamed("Layer"));
        assertEquals("OpRequest", names.input("Op"));
        assertEquals("OpResponse", names.output("Op"));
    }

    @Test
    void optionsRejectBadNames() {
        assertEquals("not a valid shape name suffix: Li-st",
                assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().listSuffix("Li-st"))
                        .getMessage());
        assertEquals("not a valid shape name: 9Lives",
                assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().shapeName("A", "9Lives"))
                        .getMessage());
        assertEquals("input and output suffixes must differ: Io", assertThrows(IllegalArgumentException.class,
                () -> ImportOptions.builder().inputSuffix("Io").outputSuffix("Io").build()).getMessage());
    }
}
