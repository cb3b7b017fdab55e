package dev.ecrgen.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The field names of one JSON object shape, for reading its fields by number. Services write a structure's members in
 * the order the model declares them, so the field after member {@code i} is first compared, as raw bytes, against
 * member {@code i + 1}: a match skips the parser's hashing and lookup of the name. A field out of that order is looked
 * up by name.
 */
public final class JsonFields {

    private final SerializedString[] names;
    private final Map<String, Integer> numbers;

    private JsonFields(String[] names) {
        this.names = new SerializedString[names.length];
        this.numbers = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            this.names[i] = new SerializedString(names[i]);
            this.numbers.put(names[i], i);
        }
    }

    /**
     * The field names of a shape.
     *
     * @param names the names, in the model's order
     * @return the field names
     */
    public static JsonFields of(String... names) {
        return new JsonFields(names);
    }

    /**
     * Moves the parser to the next field's value.
     *
     * @param parser positioned on the object's start or on the last token of the previous field's value
     * @param previous the number this method returned for the previous field, or -1 before the first field
     * @return the field's position among the names given to {@link #of}, the count of those names for a field not
     *     among them, or -1 at the end of the object
     * @throws IOException when the JSON is malformed
     */
    public int next(JsonParser parser, int previous) throws IOException {
        int expected = previous + 1;
        JsonToken token;
        if (expected < names.length) {
            if (parser.nextFieldName(names[expected])) {
                parser.nextToken();
                return expected;
            }
            token = parser.currentToken();
        } else {
            token = parser.nextToken();
        }
        if (token != JsonToken.FIELD_NAME) {
            return -1;
        }
        Integer number = numbers.get(parser.currentName());
        parser.nextToken();
        return number == null ? names.length : number;
    }
}
