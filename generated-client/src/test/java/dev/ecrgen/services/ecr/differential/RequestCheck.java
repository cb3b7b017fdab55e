package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.services.ecr.testing.LoopbackServer.Recorded;
import dev.ecrgen.services.ecr.testing.LoopbackServer.Reply;
import dev.ecrgen.services.ecr.testing.Sigv4Verifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Sends the same random request through both clients and compares what reached the server: method, path, the host
 * addressed, {@code X-Amz-Target}, {@code Content-Type} and the JSON body. Our {@code Authorization} must verify
 * under an independent SigV4 check; the reference's must too, which keeps the check itself honest.
 */
final class RequestCheck {
    private static final List<String> COMPARED_HEADERS = List.of("X-Amz-Target", "Content-Type");

    private final Harness harness;

    RequestCheck(Harness harness) {
        this.harness = harness;
    }

    /** The differences for one round of one operation. */
    List<String> run(Harness.Binding binding, int round) {
        C2jModel.Operation operation = binding.operation();
        Map<String, Object> value = new ValueGenerator(harness.model,
                Seeds.random(harness.settings.seed(), "request", operation.name(), Integer.toString(round)),
                ValueGenerator.Purpose.REQUEST).structure(operation.input());
        return compare(binding, value, value);
    }

    /** Sends one value through the reference client and another through ours; the differences in what arrived. */
    List<String> compare(Harness.Binding binding, Map<String, Object> referenceValue, Map<String, Object> ourValue) {
        C2jModel.Operation operation = binding.operation();
        Object referenceRequest;
        Object ourRequest;
        try {
            referenceRequest = harness.objects.build(binding.referenceRequest(), operation.input(), referenceValue);
            ourRequest = harness.objects.build(binding.ourRequest(), operation.input(), ourValue);
        } catch (IllegalStateException e) {
            return List.of("cannot build the request: " + e.getMessage());
        }
        harness.server.reply(Reply.json(200, "{}"));
        Outcome reference = harness.reference.call(binding.referenceMethod(), referenceRequest);
        Outcome ours = harness.ours.call(binding.ourMethod(), ourRequest);

        List<String> differences = new ArrayList<>();
        if (reference.failure() != null || ours.failure() != null) {
            differences.add("call failed: reference " + reference.failureText() + "; ours " + ours.failureText());
        }
        Recorded left = reference.request();
        Recorded right = ours.request();
        if (left == null || right == null) {
            differences.add("requests sent: reference " + reference.sent().size() + ", ours " + ours.sent().size());
            return differences;
        }
        differences.addAll(TreeDiff.compare("request", facts(left, reference.authority(), operation.input()),
                facts(right, ours.authority(), operation.input())));
        String ourSignature = signatureProblem(right, ours.authority());
        if (ourSignature != null) {
            differences.add("request.Authorization: ours does not verify: " + ourSignature);
        }
        String referenceSignature = signatureProblem(left, reference.authority());
        if (referenceSignature != null) {
            differences.add("request.Authorization: the SigV4 check rejects the reference client: "
                    + referenceSignature);
        }
        return differences;
    }

    private Map<String, Object> facts(Recorded request, String authority, String inputShape) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("method", request.method());
        facts.put("path", request.path());
        facts.put("query", request.query());
        facts.put("host", authority);
        for (String header : COMPARED_HEADERS) {
            facts.put(header, request.header(header));
        }
        facts.put("body", harness.bodies.tree(decoded(request), inputShape));
        return facts;
    }

    /** The body as JSON text: a body the client compressed is uncompressed first. */
    private static byte[] decoded(Recorded request) {
        if (!"gzip".equalsIgnoreCase(request.header("Content-Encoding"))) {
            return request.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(request.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return ("<Content-Encoding gzip but not gzip: " + e.getMessage() + ">").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Verifies against the headers as sent, with Host as the client addressed it (the transports pin the host). */
    private String signatureProblem(Recorded request, String authority) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                headers.put(name, values);
            }
        });
        String host = request.header("Host");
        headers.put("Host", List.of(Objects.equals(host, authority) || authority == null ? host : authority));
        return Sigv4Verifier.problem(request.method(), request.path(), request.query(), headers, request.body(),
                ClientSide.ACCESS_KEY, ClientSide.SECRET_KEY, ClientSide.REGION.id(), harness.signingName);
    }
}
