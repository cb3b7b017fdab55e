package dev.ecrgen.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that the ECR model shipped in this module has exactly the structure of the reference model in the
 * shared folder, while its documentation is our own text.
 */
class ReferenceModelStructureTest {

    private static final String RESOURCE_DIR = "/models/ecr/2015-09-21/";
    private static final String REFERENCE_DIR = "reference-models/ecr/2015-09-21";
    private static final int MIN_SENTENCE_LENGTH = 40;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonTreeDiff STRUCTURE = JsonTreeDiff.ignoring("documentation", "documentationUrl");
    private static final JsonTreeDiff EXACT = JsonTreeDiff.ignoring();

    @Test
    void serviceModelHasTheReferenceStructure() throws IOException {
        assertNoDifferences("service-2.json",
                STRUCTURE.differences(reference("service-2.json"), ours("service-2.json")));
    }

    @Test
    void serviceModelDeclaresEveryOperationAndShape() throws IOException {
        JsonNode model = ours("service-2.json");

        assertEquals(41, model.get("operations").size());
        assertEquals(295, model.get("shapes").size());
        assertEquals("AmazonEC2ContainerRegistry_V20150921", model.get("metadata").get("targetPrefix").asText());
    }

    @Test
    void paginatorsEqualTheReference() throws IOException {
        assertNoDifferences("paginators-1.json",
                EXACT.differences(reference("paginators-1.json"), ours("paginators-1.json")));
    }

    @Test
    void waitersEqualTheReference() throws IOException {
        assertNoDifferences("waiters-2.json",
                EXACT.differences(reference("waiters-2.json"), ours("waiters-2.json")));
    }

    @Test
    void endpointRulesHaveTheReferenceStructureAndDocumentationOfOurOwn() throws IOException {
        JsonNode reference = reference("endpoint-rule-set-1.json");
        JsonNode ours = ours("endpoint-rule-set-1.json");
        assertNoDifferences("endpoint-rule-set-1.json", STRUCTURE.differences(reference, ours));
        List<String> repeated = new ArrayList<>();
        reference.get("parameters").fields().forEachRemaining(parameter -> {
            String theirs = parameter.getValue().path("documentation").asText("");
            String mine = ours.get("parameters").get(parameter.getKey()).path("documentation").asText("");
            if (!theirs.isEmpty() && (mine.isBlank() || mine.equalsIgnoreCase(theirs))) {
                repeated.add(parameter.getKey());
            }
        });
        assertEquals(List.of(), repeated, "parameters whose documentation is missing or repeats the reference");
    }

    @Test
    void everyReferenceDocumentationHasTextOfOurOwn() throws IOException {
        Map<String, String> theirs = DocumentationText.collect(reference("service-2.json"));
        Map<String, String> mine = DocumentationText.collect(ours("service-2.json"));
        List<String> problems = new ArrayList<>();

        theirs.forEach((path, theirText) -> {
            String myText = mine.get(path);
            if (myText == null || myText.isBlank()) {
                problems.add(path + ": documentation is missing");
            } else if (DocumentationText.plain(myText).equalsIgnoreCase(DocumentationText.plain(theirText))) {
                problems.add(path + ": documentation repeats the reference text");
            }
        });

        assertTrue(theirs.size() > 500, "reference documentation not found; got " + theirs.size());
        assertNoProblems("documentation", problems);
    }

    @Test
    void noReferenceSentenceAppearsInOurModel() throws IOException {
        Map<String, String> theirs = DocumentationText.collect(reference("service-2.json"));
        Map<String, String> mine = DocumentationText.collect(ours("service-2.json"));
        Map<String, String> minePlain = new LinkedHashMap<>();
        mine.forEach((path, text) -> minePlain.put(path, DocumentationText.plain(text)));
        List<String> problems = new ArrayList<>();

        theirs.forEach((theirPath, theirText) -> {
            List<String> sentences = new ArrayList<>(DocumentationText.sentences(theirText, MIN_SENTENCE_LENGTH));
            sentences.addAll(DocumentationText.sentences(DocumentationText.plain(theirText), MIN_SENTENCE_LENGTH));
            mine.forEach((myPath, myText) -> sentences.stream()
                    .filter(sentence -> myText.contains(sentence) || minePlain.get(myPath).contains(sentence))
                    .findFirst()
                    .ifPresent(sentence -> problems.add(
                            myPath + ": copies a sentence of the reference at " + theirPath + ": " + sentence)));
        });

        assertNoProblems("copied sentences", problems);
    }

    @Test
    void modelFilesArePrettyPrintedWithTwoSpacesAndEndWithNewline() throws IOException {
        for (String file : List.of("service-2.json", "paginators-1.json", "waiters-2.json")) {
            String text = oursAsText(file);

            assertTrue(text.endsWith("}\n"), file + " must end with a newline after the closing brace");
            assertTrue(text.startsWith("{\n  \""), file + " must be indented with two spaces");
            assertFalse(text.contains("\r"), file + " must use \\n line endings");
        }
    }

    @Test
    void comparatorReportsEveryDifferenceWithItsPath() throws IOException {
        JsonNode expected = JSON.readTree("""
                {"a": {"shape": "LayerSizeInBytes", "documentation": "one"},
                 "list": [1, 2],
                 "order": {"p": 1, "q": 2}}
                """);
        JsonNode actual = JSON.readTree("""
                {"a": {"shape": "Long", "documentation": "two"},
                 "list": [1],
                 "order": {"q": 2, "p": 1},
                 "extra": true}
                """);

        assertEquals(List.of(
                        "a.shape: expected LayerSizeInBytes but was Long",
                        "list[1]: expected 2 but was missing",
                        "order: expected key order [p, q] but was [q, p]",
                        "extra: expected nothing but was true"),
                STRUCTURE.differences(expected, actual));
        assertEquals(List.of("a.documentation: expected one but was two"),
                EXACT.differences(JSON.readTree("{\"a\": {\"documentation\": \"one\"}}"),
                        JSON.readTree("{\"a\": {\"documentation\": \"two\"}}")));
        assertEquals(List.of(), STRUCTURE.differences(expected, expected.deepCopy()));
    }

    private static void assertNoDifferences(String file, List<String> differences) {
        assertNoProblems(file + " differs from the reference", differences);
    }

    private static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + " (" + problems.size() + "):\n" + String.join("\n", problems));
        }
    }

    private static JsonNode ours(String file) throws IOException {
        return JSON.readTree(oursAsText(file));
    }

    private static String oursAsText(String file) throws IOException {
        try (InputStream in = ReferenceModelStructureTest.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                return fail("model resource not on the classpath: " + RESOURCE_DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode reference(String file) throws IOException {
        String shared = System.getProperty("ecrgen.shared");
        if (shared == null || shared.isBlank()) {
            return fail("system property ecrgen.shared is not set; it must name the shared reference folder");
        }
        Path folder = Path.of(shared).resolve(REFERENCE_DIR);
        if (!Files.isDirectory(folder)) {
            return fail("reference models not found: " + folder + " does not exist (check ecrgen.shared)");
        }
        return JSON.readTree(Files.readString(folder.resolve(file)));
    }
}
