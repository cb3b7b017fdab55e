package dev.ecrgen.runtime.endpoints;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** botocore's {@code partitions.json} from the shared reference folder, read in place. */
final class PartitionsFile {

    static final String RELATIVE_PATH = "reference-models/partitions.json";

    private PartitionsFile() {
    }

    /** One partition as the file has it; every value is the file's own JSON. */
    record Entry(Map<String, JsonNode> fields, String id, Map<String, JsonNode> outputs,
            Map<String, JsonNode> regions) {
    }

    /** The file's top-level object. */
    static Map<String, JsonNode> root() {
        String shared = System.getProperty("ecrgen.shared");
        if (shared == null || shared.isBlank()) {
            throw new AssertionError("system property ecrgen.shared is not set; it must name the shared reference"
                    + " folder that holds " + RELATIVE_PATH);
        }
        Path file = Path.of(shared).resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("partitions file not found: " + file.toAbsolutePath()
                    + " (set -Decrgen.shared to the shared reference folder)");
        }
        try {
            return JsonNode.parser().parse(Files.readAllBytes(file)).asObject();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The partitions in the file's order. */
    static List<Entry> partitions(Map<String, JsonNode> root) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root.get("partitions").asArray()) {
            Map<String, JsonNode> fields = node.asObject();
            entries.add(new Entry(fields, fields.get("id").asString(), fields.get("outputs").asObject(),
                    fields.get("regions").asObject()));
        }
        return entries;
    }

    /** Every region the file lists, in the file's order. */
    static List<String> listedRegions() {
        List<String> regions = new ArrayList<>();
        for (Entry entry : partitions(root())) {
            regions.addAll(entry.regions().keySet());
        }
        return regions;
    }
}
