package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The partition table in {@link Partitions} against botocore's {@code partitions.json}: every partition in the same
 * order, every regex, output and region, and nothing in the file the table cannot hold. A failure lists every
 * difference.
 */
class PartitionsTest {

    private static final Set<String> PARTITION_KEYS = Set.of("id", "outputs", "regionRegex", "regions");
    private static final Set<String> REGION_KEYS = Set.of("description");
    private static final Set<String> OUTPUT_KEYS = Set.of("name", "dnsSuffix", "dualStackDnsSuffix", "supportsFIPS",
            "supportsDualStack", "implicitGlobalRegion");

    @Test
    void tableMatchesThePartitionsFile() {
        Map<String, JsonNode> root = PartitionsFile.root();
        List<String> differences = new ArrayList<>();
        check(differences, "version", "1.1", root.get("version").asString());
        List<PartitionsFile.Entry> file = PartitionsFile.partitions(root);
        List<String> fileIds = file.stream().map(PartitionsFile.Entry::id).toList();
        List<String> tableIds = Partitions.ALL.stream().map(Partitions.Partition::id).toList();
        check(differences, "partitions (in order)", fileIds, tableIds);
        for (PartitionsFile.Entry entry : file) {
            Partitions.Partition partition = Partitions.ALL.stream().filter(p -> p.id().equals(entry.id()))
                    .findFirst().orElse(null);
            if (partition == null) {
                continue; // already reported by the id list
            }
            comparePartition(differences, entry, partition);
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " difference(s) between Partitions and " + PartitionsFile.RELATIVE_PATH + ":\n  "
                    + String.join("\n  ", differences));
        }
    }

    private static void comparePartition(List<String> differences, PartitionsFile.Entry entry,
            Partitions.Partition partition) {
        String at = entry.id();
        for (String key : entry.fields().keySet()) {
            if (!PARTITION_KEYS.contains(key)) {
                differences.add(at + ": the file has a field the table does not hold: " + key);
            }
        }
        check(differences, at + ".regionRegex", entry.fields().get("regionRegex").asString(), partition.regionRegex());
        Map<String, JsonNode> outputs = entry.outputs();
        for (String key : outputs.keySet()) {
            if (!OUTPUT_KEYS.contains(key)) {
                differences.add(at + ".outputs: the file has an output the table does not hold: " + key);
            }
        }
        RulePartition table = partition.outputs();
        check(differences, at + ".outputs.name", text(outputs, "name"), table.name());
        check(differences, at + ".outputs.name is the id", at, table.name());
        check(differences, at + ".outputs.dnsSuffix", text(outputs, "dnsSuffix"), table.dnsSuffix());
        check(differences, at + ".outputs.dualStackDnsSuffix", text(outputs, "dualStackDnsSuffix"),
                table.dualStackDnsSuffix());
        check(differences, at + ".outputs.supportsFIPS", flag(outputs, "supportsFIPS"), table.supportsFIPS());
        check(differences, at + ".outputs.supportsDualStack", flag(outputs, "supportsDualStack"),
                table.supportsDualStack());
        check(differences, at + ".outputs.implicitGlobalRegion", text(outputs, "implicitGlobalRegion"),
                table.implicitGlobalRegion());
        compareRegions(differences, at, List.copyOf(entry.regions().keySet()), partition.regions());
        entry.regions().forEach((region, value) -> {
            for (String key : value.asObject().keySet()) {
                if (!REGION_KEYS.contains(key)) {
                    differences.add(at + ".regions." + region + ": the file gives the region its own " + key
                            + ", which the table does not hold");
                }
            }
        });
    }

    private static void compareRegions(List<String> differences, String at, List<String> file, List<String> table) {
        List<String> missing = new ArrayList<>(file);
        missing.removeAll(table);
        List<String> extra = new ArrayList<>(table);
        extra.removeAll(file);
        if (!missing.isEmpty()) {
            differences.add(at + ".regions: listed in the file, not in the table: " + missing);
        }
        if (!extra.isEmpty()) {
            differences.add(at + ".regions: listed in the table, not in the file: " + extra);
        }
        if (missing.isEmpty() && extra.isEmpty() && !file.equals(table)) {
            differences.add(at + ".regions: the order differs: file " + file + ", table " + table);
        }
    }

    @Test
    void everyListedRegionResolvesToItsPartitionWithoutAPattern() {
        for (PartitionsFile.Entry entry : PartitionsFile.partitions(PartitionsFile.root())) {
            RulePartition expected = Partitions.ALL.stream().filter(p -> p.id().equals(entry.id())).findFirst()
                    .orElseThrow().outputs();
            for (String region : entry.regions().keySet()) {
                assertSame(expected, Partitions.of(region), region);
            }
        }
    }

    @Test
    void unlistedRegionsFollowTheFilesPatternsInOrderThenAws() {
        List<PartitionsFile.Entry> file = PartitionsFile.partitions(PartitionsFile.root());
        List<String> regions = List.of("us-east-99", "cn-north-9", "us-gov-west-9", "us-iso-east-9",
                "us-isob-east-9", "us-isof-south-9", "eu-isoe-west-9", "eusc-de-east-9", "eusc-fr-east-1",
                "il-north-4", "mx-south-2", "xx-east-1", "us-east", "us-east-1a", "US-EAST-1", "foo", "");
        for (String region : regions) {
            String expected = "aws";
            for (PartitionsFile.Entry entry : file) {
                if (Pattern.compile(entry.fields().get("regionRegex").asString()).matcher(region).matches()) {
                    expected = entry.id();
                    break;
                }
            }
            assertEquals(expected, Partitions.of(region).name(), region);
        }
    }

    private static String text(Map<String, JsonNode> outputs, String key) {
        JsonNode value = outputs.get(key);
        return value == null ? null : value.asString();
    }

    private static Boolean flag(Map<String, JsonNode> outputs, String key) {
        JsonNode value = outputs.get(key);
        return value == null ? null : value.asBoolean();
    }

    private static void check(List<String> differences, String what, Object file, Object table) {
        if (!Objects.equals(file, table)) {
            differences.add(what + ": file " + file + ", table " + table);
        }
    }
}
