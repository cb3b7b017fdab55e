package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Converts between JSON trees and SDK {@link Document} values, numbers kept exactly. */
final class Documents {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    static Document fromJson(JsonNode json) {
        if (json == null || json.isNull()) {
            return Document.fromNull();
        }
        if (json.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                map.put(entry.getKey(), fromJson(entry.getValue()));
            }
            return Document.fromMap(map);
        }
        if (json.isArray()) {
            List<Document> list = new ArrayList<>();
            json.forEach(element -> list.add(fromJson(element)));
            return Document.fromList(list);
        }
        if (json.isBoolean()) {
            return Document.fromBoolean(json.booleanValue());
        }
        if (json.isNumber()) {
            return Document.fromNumber(json.decimalValue().toString());
        }
        return Document.fromString(json.asText());
    }

    static JsonNode toJson(Document document) {
        if (document == null || document.isNull()) {
            return NODES.nullNode();
        }
        if (document.isMap()) {
            ObjectNode object = NODES.objectNode();
            document.asMap().forEach((key, value) -> object.set(key, toJson(value)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(value -> array.add(toJson(value)));
            return array;
        }
        if (document.isBoolean()) {
            return NODES.booleanNode(document.asBoolean());
        }
        if (document.isNumber()) {
            return NODES.numberNode(document.asNumber().bigDecimalValue());
        }
        return NODES.textNode(document.asString());
    }
}
