package dev.ecrgen.runtime.jmespath;

import dev.ecrgen.runtime.protocol.JsonReader;
import dev.ecrgen.runtime.protocol.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a JSON literal of an expression into JMESPath values: lists, maps, strings, numbers, booleans, null. */
final class JsonLiterals {

    private JsonLiterals() {
    }

    static Object parse(String json) {
        try {
            // the reader rejects an empty literal, and text after the value on the last nextToken()
            JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
            parser.nextToken();
            Object value = read(parser);
            parser.nextToken();
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON literal: " + json + " (" + e.getMessage() + ")", e);
        }
    }

    private static Object read(JsonReader parser) throws IOException {
        switch (parser.currentToken()) {
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return Collections.unmodifiableList(list);
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, read(parser));
                }
                return Collections.unmodifiableMap(map);
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("Unexpected " + parser.currentToken());
        }
    }
}
