package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static final JsonFields FIELDS = JsonFields.of("name", "size", "tags", "créé");

    /** Each field as "number=value text". */
    private static List<String> fields(String json) throws IOException {
        JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        assertEquals(JsonToken.START_OBJECT, parser.nextToken());
        for (int field = FIELDS.next(parser, -1); field >= 0; field = FIELDS.next(parser, field)) {
            seen.add(field + "=" + parser.getText());
            parser.skipChildren();
        }
        assertEquals(JsonToken.END_OBJECT, parser.currentToken());
        assertEquals(null, parser.nextToken());
        return seen;
    }

    @Test
    void numbersFieldsInTheDeclaredOrder() throws IOException {
        assertEquals(List.of("0=a", "1=2", "2=[", "3=x"), fields("{\"name\":\"a\",\"size\":2,\"tags\":[1],\"créé\":\"x\"}"));
    }

    @Test
    void numbersFieldsOutOfOrderOrWithGaps() throws IOException {
        assertEquals(List.of("2=[", "0=a", "3=x"), fields("{\"tags\":[],\"name\":\"a\",\"créé\":\"x\"}"));
        assertEquals(List.of("3=x", "3=y", "1=2"), fields("{\"créé\":\"x\",\"créé\":\"y\",\"size\":2}"));
    }

    @Test
    void anUnknownFieldIsNumberedAfterTheKnownOnes() throws IOException {
        assertEquals(List.of("4={", "0=a", "4=null", "4=1", "1=2"),
                fields("{\"other\":{\"name\":1},\"name\":\"a\",\"nam\":null,\"names\":1,\"size\":2}"));
    }

    @Test
    void theOrderLearnedFromOneObjectNeverChangesTheNumbersOfTheNext() throws IOException {
        for (int round = 0; round < 3; round++) {
            assertEquals(List.of("0=a", "3=x"), fields("{\"name\":\"a\",\"créé\":\"x\"}"));
            assertEquals(List.of("0=a", "1=2", "3=x"), fields("{\"name\":\"a\",\"size\":2,\"créé\":\"x\"}"));
            assertEquals(List.of("3=x", "0=a", "4=1", "2=["), fields("{\"créé\":\"x\",\"name\":\"a\",\"n\":1,\"tags\":[]}"));
            assertEquals(List.of("0=a"), fields("{\"name\":\"a\"}"));
        }
    }

    @Test
    void anEscapedNameIsTheNameItSpells() throws IOException {
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of("0=a", "3=x", "1=2"),
                    fields("{\"n\\u0061me\":\"a\",\"cr\\u00e9\\u00e9\":\"x\",\"size\":2}"));
        }
    }

    @Test
    void anEmptyObjectHasNoFields() throws IOException {
        assertEquals(List.of(), fields("{}"));
        assertEquals(List.of(), fields(" { } "));
    }
}
