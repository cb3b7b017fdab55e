package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.testing.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.utils.internal.CodegenNamingUtils;

/**
 * Word splitting and re-casing, checked against the AWS SDK for Java v2's own (its {@code CodegenNamingUtils}, in the
 * {@code utils} jar on the test classpath): on every name of the reference models and on names chosen for their edges.
 */
class WordsTest {
    private static final List<String> MODELS = List.of("ecr/2015-09-21", "corpus/dynamodb/2012-08-10",
            "corpus/kinesis/2013-12-02", "corpus/sqs/2012-11-05", "corpus/codedeploy/2014-10-06",
            "corpus/ssm/2014-11-06", "corpus/events/2015-10-07");

    @Test
    void edgesSplitAsTheAwsSdkSplitsThem() {
        assertEquals(List.of("KMS", "Internal", "Exception"), Words.split("KMSInternalException"));
        assertEquals(List.of("Custom", "Key", "Store", "Has", "CM", "Ks", "Exception"),
                Words.split("CustomKeyStoreHasCMKsException"));
        assertEquals(List.of("TLS", "v1", "2"), Words.split("TLSv1.2"));
        assertEquals(List.of("Test", "V4"), Words.split("TestV4"));
        assertEquals(List.of("ImageA"), Words.split("ImageA"), "a last upper-case letter is no hump");
        assertEquals(List.of("s3", "ec2"), Words.split("s3ec2"));
        assertEquals(List.of("acm", "success"), Words.split("acm-success"));
        assertEquals("CustomKeyStoreHasCmKsException", Words.pascalCase("CustomKeyStoreHasCMKsException"));
        assertEquals("DynamoDb", Words.pascalCase("DynamoDB"));
    }

    @Test
    void everyModelNameIsReCasedAsTheAwsSdkReCasesIt() throws IOException {
        Set<String> names = new TreeSet<>(List.of("KMSInternalException", "CustomKeyStoreHasCMKsException", "TLSv1.2",
                "TestV4", "ImageA", "s3ec2", "acm-success", "ARN", "DBInstance", "x-amz-meta", "textORcsv", "GetV2Thing",
                "fooBARBaz", "A", "a1B2c3", "__x__", "VPCv2Endpoint", "IPv6", "S3v4"));
        for (String model : MODELS) {
            collect(new ObjectMapper().readTree(SharedFiles.resolve("reference-models/" + model + "/service-2.json")
                    .toFile()), names);
        }
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            String ours = String.join(" ", Words.split(name)) + " | " + Words.pascalCase(name);
            String theirs = String.join(" ", CodegenNamingUtils.splitOnWordBoundaries(name)) + " | "
                    + CodegenNamingUtils.pascalCase(name);
            if (!ours.equals(theirs)) {
                differences.add(name + ": " + ours + " <> " + theirs);
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(names.size() > 5000, "names checked: " + names.size());
    }

    /** Shape, member and operation names, and enum values. */
    private static void collect(JsonNode model, Set<String> into) {
        model.get("operations").fieldNames().forEachRemaining(into::add);
        model.get("shapes").fields().forEachRemaining(shape -> {
            into.add(shape.getKey());
            JsonNode members = shape.getValue().get("members");
            if (members != null) {
                members.fieldNames().forEachRemaining(into::add);
            }
            JsonNode values = shape.getValue().get("enum");
            if (values != null) {
                values.forEach(value -> {
                    if (!value.asText().isEmpty()) {
                        into.add(value.asText());
                    }
                });
            }
        });
    }
}
