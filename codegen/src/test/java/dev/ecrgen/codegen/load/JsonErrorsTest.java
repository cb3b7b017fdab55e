package dev.ecrgen.codegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON that does not parse, or has the wrong shape, is reported as one sentence with file:line:column. */
class JsonErrorsTest {

    /** What the parser's own wording looks like: none of it may reach the user. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\(code \\d+|Source:|REDACTED|StreamReadFeature|JsonToken|`|java\\.|No content to map|\\[line");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            empty                 | ""                                        | m.json:1:1: the file is empty; expected a JSON object
            blank                 | "  \\n "                                  | m.json:1:1: the file is empty; expected a JSON object
            double comma          | {"metadata": {"a": "b",,}}                | m.json:1:24: at metadata: expected a member name in double quotes, found ','
            unquoted name         | {metadata: {}}                            | m.json:1:2: expected a member name in double quotes, found 'm'
            missing comma         | {"metadata": {"a": "b" "c": "d"}}         | m.json:1:24: at metadata: expected ',' or '}' after an object member, found '"'
            missing colon         | {"metadata" {}}                           | m.json:1:13: expected ':' after a member name, found '{'
            unclosed object       | {"metadata": {"a": "b"                    | m.json:1:23: at metadata: the text ends before the object opened at line 1, column 14 is closed
            bad literal           | {"metadata": {"a": yes}}                  | m.json:1:20: at metadata: 'yes' is not a JSON value (strings need double quotes; the literals are true, false and null)
            wrong close           | {"operations": {"A": ]}                   | m.json:1:22: at operations: expected a value (a string, number, object, array, true, false or null), found ']'
            trailing value        | {} {}                                     | m.json:1:4: there is more after the JSON value; the file must hold one value
            object for string     | {"metadata": {"protocol": {}}}            | m.json:1:27: at metadata.protocol: expected a string, found an object
            number for object     | {"shapes": {"S": 7}}                      | m.json:1:18: at shapes.S: expected an object, found a number
            """)
    void aModelThatDoesNotParseIsOneCleanSentence(String name, String json, String expected) {
        CodegenException e = assertThrows(CodegenException.class, () -> ModelLoader.parse(
                json.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), "m.json", ServiceModel.class));
        assertEquals(1, e.problems().size());
        String reported = e.problems().get(0).where() + ": " + e.problems().get(0).message();
        assertEquals(expected, reported);
        assertFalse(INTERNALS.matcher(e.getMessage()).find(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unclosed paginators   | {"pagination": {                          | p.json:1:17: at pagination: the text ends before the object opened at line 1, column 16 is closed
            empty paginators      | ""                                        | p.json:1:1: the file is empty; expected a JSON object
            """)
    void paginatorsAndWaitersAreReportedAlike(String name, String json, String expected) {
        CodegenException e = assertThrows(CodegenException.class, () -> ModelLoader.parse(
                json.getBytes(StandardCharsets.UTF_8), "p.json", Paginators.class));
        assertEquals(expected, e.problems().get(0).where() + ": " + e.problems().get(0).message());
        assertFalse(INTERNALS.matcher(e.getMessage()).find(), e.getMessage());
    }
}
