package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The read-only reference material the tests use, and this package's test pages. */
final class SharedFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private SharedFiles() {
    }

    /** A file under the shared folder; see {@link dev.ecrgen.codegen.testing.SharedFiles}. */
    static Path shared(String relative) {
        return dev.ecrgen.codegen.testing.SharedFiles.resolve(relative);
    }

    static Path seedPage() {
        return shared("seed/ecr_batch_check_layer_availability.md");
    }

    /** A fresh copy of the ECR reference model. */
    static ObjectNode referenceModel() throws IOException {
        return (ObjectNode) JSON.readTree(shared("reference-models/ecr/2015-09-21/service-2.json").toFile());
    }

    /** A test page from {@code src/test/resources/importdoc/}. */
    static Path page(String name) {
        URL url = SharedFiles.class.getResource("/importdoc/" + name);
        if (url == null) {
            fail("missing test resource importdoc/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at JSON pointer {@code pointer}, for editing a model in a test. */
    static ObjectNode object(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            fail("no object at " + pointer);
        }
        return (ObjectNode) node;
    }

    static ObjectNode resourceJson(String name) throws IOException {
        return (ObjectNode) JSON.readTree(page(name).toFile());
    }
}
