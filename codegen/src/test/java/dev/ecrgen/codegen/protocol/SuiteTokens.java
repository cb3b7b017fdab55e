package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The idempotency tokens an input case fixes: for each idempotency-token member that the case's {@code params} leave
 * unset but its expected body holds, that value. They are listed in the order the generated codecs write the members
 * (model order, nested structures where they occur, list elements in order), which is the order the codecs ask the
 * runtime for tokens.
 */
final class SuiteTokens {
    private final GeneratedService service;
    private final List<String> tokens = new ArrayList<>();

    private SuiteTokens(GeneratedService service) {
        this.service = service;
    }

    /** The tokens the case fixes, empty when it fixes none (or its body is not JSON). */
    static List<String> of(GeneratedService service, Shape input, JsonNode params, JsonNode serialized) {
        String body = serialized.path("body").asText("");
        if (input == null || body.isEmpty()) {
            return List.of();
        }
        JsonNode expected;
        try {
            expected = SuiteFile.JSON.readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        SuiteTokens found = new SuiteTokens(service);
        found.structure(input, params, expected);
        return List.copyOf(found.tokens);
    }

    private void structure(Shape shape, JsonNode params, JsonNode body) {
        if (body == null || !body.isObject()) {
            return;
        }
        for (Map.Entry<String, ShapeRef> member : shape.members().entrySet()) {
            ShapeRef ref = member.getValue();
            JsonNode given = params == null ? null : params.get(member.getKey());
            JsonNode written = body.get(ref.locationName() != null ? ref.locationName() : member.getKey());
            Shape target = service.shape(ref.shape());
            if (ref.idempotencyToken() && "string".equals(target.type())) {
                if ((given == null || given.isNull()) && written != null && written.isTextual()) {
                    tokens.add(written.asText());
                }
            } else if ("structure".equals(target.type()) && !target.document()) {
                structure(target, given, written);
            } else if ("list".equals(target.type()) && written != null && written.isArray()) {
                Shape element = service.shape(target.member().shape());
                if ("structure".equals(element.type()) && !element.document()) {
                    for (int i = 0; i < written.size(); i++) {
                        structure(element, given == null ? null : given.get(i), written.get(i));
                    }
                }
            }
        }
    }
}
