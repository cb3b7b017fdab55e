package dev.ecrgen.services.ecr.differential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Serves a 400 for every error an operation models and for one it does not, with the code given three ways: plain
 * {@code __type}, {@code __type} with a {@code namespace#} prefix, and only the {@code x-amzn-ErrorType} header (and,
 * once per operation, a 400 naming no code at all). Both clients must throw the same: exception class name, status
 * code, error code, message ({@code errorMessage()}, {@code getMessage()}, {@code rawMessage()}), service name,
 * request ids, attempt count, what they say about retrying and the error's modeled members.
 */
final class ErrorCheck {
    /** How the error code reaches the client; {@code NO_CODE} sends none at all and is used for the unmodeled case. */
    enum Spelling { PLAIN_TYPE, NAMESPACED_TYPE, HEADER_ONLY, NO_CODE }

    private static final String UNMODELED = "UnmodeledProblem";

    private final Harness harness;

    ErrorCheck(Harness harness) {
        this.harness = harness;
    }

    /** The error shapes (null for the unmodeled code) the operation is checked with. */
    static List<String> cases(C2jModel.Operation operation) {
        List<String> cases = new ArrayList<>(operation.errors());
        cases.add(null);
        return cases;
    }

    /** The spellings an error is served in: the three ways of naming it, and for the unmodeled case also none. */
    static List<Spelling> spellings(String errorShape) {
        return errorShape == null ? List.of(Spelling.values())
                : List.of(Spelling.PLAIN_TYPE, Spelling.NAMESPACED_TYPE, Spelling.HEADER_ONLY);
    }

    /** The differences for one error, spelled one way, in one round. */
    List<String> run(Harness.Binding binding, String errorShape, Spelling spelling, int round) {
        C2jModel.Operation operation = binding.operation();
        String code = errorShape == null ? UNMODELED : harness.model.errorCode(errorShape);
        Random random = Seeds.random(harness.settings.seed(), "error", operation.name(), code, spelling.name(),
                Integer.toString(round));
        ObjectNode body = body(errorShape, random);
        String message = random.nextInt(10) == 0 ? null
                : "The " + code + ": " + new ValueGenerator(harness.model, random, ValueGenerator.Purpose.RESPONSE)
                        .text(1 + random.nextInt(40));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-" + harness.model.metadata("jsonVersion"));
        headers.put("x-amzn-RequestId", "req-" + Long.toHexString(random.nextLong()));
        if (random.nextBoolean()) {
            headers.put("x-amz-id-2", "ext-" + Long.toHexString(random.nextLong()));
        }
        switch (spelling) {
            case PLAIN_TYPE:
                body.put("__type", code);
                putMessage(body, "message", message);
                break;
            case NAMESPACED_TYPE:
                body.put("__type", "com.amazonaws." + harness.signingName + "#" + code);
                putMessage(body, "Message", message);
                break;
            case HEADER_ONLY:
                headers.put("x-amzn-ErrorType", code + (random.nextBoolean() ? ""
                        : ":http://internal.amazon.com/coral/com.amazon.coral.validate/"));
                putMessage(body, "message", message);
                break;
            default:
                code = "<none>";
                putMessage(body, "message", message);
                break;
        }
        Reply reply = new Reply(400, headers, body.toString());
        return compare(binding, errorShape, "error " + code + " " + spelling, reply, reply);
    }

    /** Serves one error to the reference client and another to ours; the differences in what they threw. */
    List<String> compare(Harness.Binding binding, String errorShape, String label, Reply referenceReply,
            Reply ourReply) {
        Object[] requests = harness.requests(binding, harness.settings.seed());
        harness.server.reply(referenceReply);
        Outcome reference = harness.reference.call(binding.referenceMethod(), requests[0]);
        harness.server.reply(ourReply);
        Outcome ours = harness.ours.call(binding.ourMethod(), requests[1]);

        List<String> differences = new ArrayList<>(TreeDiff.compare(label, facts(reference, errorShape),
                facts(ours, errorShape)));
        if (!differences.isEmpty()) {
            differences.add(FailureReport.CONTEXT_PREFIX + "the error served had headers " + referenceReply.headers() + " and body "
                    + referenceReply.body() + (referenceReply.equals(ourReply) ? ""
                    : "; ours got " + ourReply.headers() + " and " + ourReply.body()) + ")");
        }
        return differences;
    }

    /** The error's modeled members other than its message, as a service would send them. */
    private ObjectNode body(String errorShape, Random random) {
        if (errorShape == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        Map<String, Object> members = new ValueGenerator(harness.model, random, ValueGenerator.Purpose.RESPONSE)
                .structure(errorShape);
        members.keySet().removeIf(ErrorCheck::isMessage);
        return new WireJson(harness.model, random).structure(errorShape, members);
    }

    private Map<String, Object> facts(Outcome outcome, String errorShape) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Throwable failure = outcome.failure();
        if (failure == null) {
            facts.put("thrown", "nothing: returned " + outcome.response());
            return facts;
        }
        facts.put("class", failure.getClass().getSimpleName());
        if (!(failure instanceof SdkServiceException)) {
            facts.put("message", failure.getMessage());
            return facts;
        }
        SdkServiceException service = (SdkServiceException) failure;
        facts.put("statusCode", service.statusCode());
        facts.put("requestId", service.requestId());
        facts.put("extendedRequestId", service.extendedRequestId());
        facts.put("getMessage", service.getMessage());
        facts.put("rawMessage", service.rawMessage());
        facts.put("numAttempts", service.numAttempts());
        facts.put("isThrottlingException", service.isThrottlingException());
        facts.put("isRetryableException", service.isRetryableException());
        facts.put("retryable", service.retryable());
        Method detailsGetter = PublicMethods.getter(failure.getClass(), "awserrordetails");
        Object details = detailsGetter == null ? null : PublicMethods.call(detailsGetter, failure);
        for (String item : List.of("errorCode", "errorMessage", "serviceName")) {
            Method getter = details == null ? null : PublicMethods.getter(details.getClass(), PublicMethods.key(item));
            facts.put(item, getter == null ? "<no awsErrorDetails()." + item + "()>" : PublicMethods.call(getter, details));
        }
        if (errorShape != null) {
            facts.put("members", harness.reader.structure(failure, errorShape, messageKeys(errorShape)));
        }
        return facts;
    }

    private Set<String> messageKeys(String errorShape) {
        Set<String> keys = new HashSet<>();
        harness.model.shape(errorShape).path("members").fieldNames().forEachRemaining(name -> {
            if (isMessage(name)) {
                keys.add(PublicMethods.key(name));
            }
        });
        return keys;
    }

    private static boolean isMessage(String member) {
        return member.equalsIgnoreCase("message");
    }

    private static void putMessage(ObjectNode body, String key, String message) {
        if (message != null) {
            body.put(key, message);
        }
    }
}
