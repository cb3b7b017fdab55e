package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Serves the same random response to both clients and compares what their public accessors return, member by
 * member. Responses carry enum values the model does not list, absent members, empty lists and maps, extreme numbers,
 * timestamps with fractions in several spellings and fields the model does not know. The same value is also given
 * to both clients' response builders.
 */
final class ResponseCheck {
    private final Harness harness;

    ResponseCheck(Harness harness) {
        this.harness = harness;
    }

    /** The differences for one round of one operation. */
    List<String> run(Harness.Binding binding, int round) {
        C2jModel.Operation operation = binding.operation();
        Random random = Seeds.random(harness.settings.seed(), "response", operation.name(), Integer.toString(round));
        Map<String, Object> value = new ValueGenerator(harness.model, random, ValueGenerator.Purpose.RESPONSE)
                .structure(operation.output());
        String body = operation.output() == null ? "{}"
                : new WireJson(harness.model, random).structure(operation.output(), value).toString();
        if (body.equals("{}") && random.nextBoolean()) {
            body = "";
        }
        List<String> differences = new ArrayList<>(compare(binding, body, body));
        differences.addAll(built(operation, value));
        return differences;
    }

    /**
     * The same value given to both clients' response builders (as code that stubs a client does) must read back
     * alike too; this also reaches setters that requests of the model never use.
     */
    List<String> built(C2jModel.Operation operation, Map<String, Object> value) {
        String output = operation.output();
        if (output == null) {
            return List.of();
        }
        String name = operation.name() + "Response";
        Class<?> referenceType = harness.reference.modelClass(name);
        Class<?> ourType = harness.ours.modelClass(name);
        if (referenceType == null || ourType == null) {
            return List.of("built response: the " + (referenceType == null ? "reference" : "our")
                    + " client has no model class " + name);
        }
        try {
            return TreeDiff.compare("built response",
                    harness.reader.structure(harness.objects.build(referenceType, output, value), output, Set.of()),
                    harness.reader.structure(harness.objects.build(ourType, output, value), output, Set.of()));
        } catch (IllegalStateException e) {
            return List.of("built response: " + e.getMessage());
        }
    }

    /** Serves one body to the reference client and another to ours; the differences in what they read. */
    List<String> compare(Harness.Binding binding, String referenceBody, String ourBody) {
        C2jModel.Operation operation = binding.operation();
        Object[] requests = harness.requests(binding, harness.settings.seed());
        harness.server.reply(Reply.json(200, referenceBody));
        Outcome reference = harness.reference.call(binding.referenceMethod(), requests[0]);
        harness.server.reply(Reply.json(200, ourBody));
        Outcome ours = harness.ours.call(binding.ourMethod(), requests[1]);
        String body = referenceBody.equals(ourBody) ? referenceBody : referenceBody + " and " + ourBody;

        List<String> differences = new ArrayList<>();
        if (reference.failure() != null || ours.failure() != null) {
            differences.add("response " + body + ": reference " + (reference.failure() == null ? "read it"
                    : reference.failureText()) + "; ours " + (ours.failure() == null ? "read it" : ours.failureText()));
            return differences;
        }
        if (operation.output() != null) {
            differences.addAll(TreeDiff.compare("response",
                    harness.reader.structure(reference.response(), operation.output(), Set.of()),
                    harness.reader.structure(ours.response(), operation.output(), Set.of())));
        }
        if (!differences.isEmpty()) {
            differences.add(FailureReport.CONTEXT_PREFIX + "the response served was " + abbreviate(body) + ")");
        }
        return differences;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
