package dev.ecrgen.runtime.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The field names of one JSON object shape, for reading its fields by number. Services write an object's fields in
 * the same order each time, so the field after field {@code i} is first compared, as raw bytes, against the field that
 * followed {@code i} the last time (at first: the next member the model declares): a match skips decoding
 * and looking up the name. Any other field is looked up by name, and remembered as the one that follows {@code i}.
 *
 * <p>Threads share the remembered order without locking: it only guides the guess, every field is still checked, so a
 * stale or lost update costs a lookup and never a wrong answer.
 */
public final class JsonFields {

    private final byte[][] names;
    /** Per name, {@link JsonReader#verbatimKind}. */
    private final int[] kinds;
    private final Map<String, Integer> numbers;
    /** At {@code i + 1}: the number of the field that followed field {@code i} last time; at 0, of the first field. */
    private final int[] following;

    private JsonFields(String[] names) {
        this.names = new byte[names.length][];
        this.kinds = new int[names.length];
        this.numbers = new HashMap<>(names.length * 2);
        this.following = new int[names.length + 2];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = names[i].getBytes(StandardCharsets.UTF_8);
            this.kinds[i] = JsonReader.verbatimKind(this.names[i]);
            this.numbers.put(names[i], i);
            this.following[i] = i;
        }
        this.following[names.length] = names.length;
        this.following[names.length + 1] = names.length;
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
    public int next(JsonReader parser, int previous) throws IOException {
        int expected = following[previous + 1];
        JsonToken token;
        if (expected < names.length) {
            if (parser.nextFieldName(names[expected], kinds[expected])) {
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
        int field = number == null ? names.length : number;
        following[previous + 1] = field;
        parser.nextToken();
        return field;
    }
}
