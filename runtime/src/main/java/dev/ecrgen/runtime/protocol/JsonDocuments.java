package dev.ecrgen.runtime.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Reads and writes untyped JSON values as SDK {@link Document}s for {@link Json}. */
final class JsonDocuments {

    private JsonDocuments() {
    }

    static Document read(JsonReader parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw Json.unexpected(parser, "a JSON value");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Document> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, read(parser));
                }
                return Document.fromMap(members);
            }
            case START_ARRAY: {
                List<Document> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null) {
                        throw Json.unexpected(parser, "an array item or ']'");
                    }
                    items.add(read(parser));
                }
                return Document.fromList(items);
            }
            case VALUE_STRING:
                return Document.fromString(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // The number's own text keeps its exact value and precision.
                return Document.fromNumber(parser.getText());
            case VALUE_TRUE:
                return Document.fromBoolean(true);
            case VALUE_FALSE:
                return Document.fromBoolean(false);
            case VALUE_NULL:
                return Document.fromNull();
            default:
                throw Json.unexpected(parser, "a JSON value");
        }
    }

    static void write(JsonWriter writer, Document value) {
        if (value == null || value.isNull()) {
            writer.writeNull();
        } else if (value.isString()) {
            writer.writeString(value.asString());
        } else if (value.isNumber()) {
            writer.writeNumber(value.asNumber().stringValue());
        } else if (value.isBoolean()) {
            writer.writeBoolean(value.asBoolean());
        } else if (value.isList()) {
            List<Document> items = value.asList();
            writer.writeStartArray();
            for (int i = 0; i < items.size(); i++) {
                write(writer, items.get(i));
            }
            writer.writeEndArray();
        } else if (value.isMap()) {
            writer.writeStartObject();
            for (Map.Entry<String, Document> member : value.asMap().entrySet()) {
                writer.writeFieldName(member.getKey());
                write(writer, member.getValue());
            }
            writer.writeEndObject();
        } else {
            throw new IllegalArgumentException("Unsupported document type: " + value.getClass().getName());
        }
    }
}
