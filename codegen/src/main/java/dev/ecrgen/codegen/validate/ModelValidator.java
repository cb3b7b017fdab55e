package dev.ecrgen.codegen.validate;

import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.load.ModelBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a model bundle for generation. The checks cover what the generator relies on: metadata of a JSON-protocol
 * service, shapes of known types whose references resolve, operations whose inputs, outputs and errors are
 * structures, host labels, paginators and waiters that name real operations and members.
 */
public final class ModelValidator {
    static final Set<String> SHAPE_TYPES = Set.of("structure", "list", "map", "string", "integer", "long", "short",
            "byte", "boolean", "float", "double", "bigdecimal", "biginteger", "timestamp", "blob");
    static final Set<String> TIMESTAMP_FORMATS = Set.of("iso8601", "rfc822", "unixTimestamp");
    private static final Pattern HOST_LABEL = Pattern.compile("\\{([^}]*)}");

    private final ModelBundle bundle;
    private final Map<String, Shape> shapes;
    private final List<Problem> problems = new ArrayList<>();

    private ModelValidator(ModelBundle bundle) {
        this.bundle = bundle;
        this.shapes = bundle.service().shapes();
    }

    /** Every problem found; empty when the model can be generated. */
    public static List<Problem> validate(ModelBundle bundle) {
        ModelValidator validator = new ModelValidator(bundle);
        validator.metadata(bundle.service().metadata());
        bundle.service().shapes().forEach(validator::shape);
        bundle.service().operations().forEach(validator::operation);
        new WorkflowValidator(bundle, validator.problems).validate();
        return List.copyOf(validator.problems);
    }

    private void metadata(Metadata metadata) {
        if (metadata == null) {
            report("E100", "metadata", "is missing; a model needs metadata with protocol, targetPrefix and serviceId");
            return;
        }
        String protocol = metadata.protocol();
        if (!"json".equals(protocol)) {
            report("E101", "metadata.protocol", (protocol == null ? "is missing" : "'" + protocol + "' is not supported")
                    + "; ecrgen generates clients for the AWS JSON protocol (\"json\", awsJson1_0 and awsJson1_1)");
        }
        if (isBlank(metadata.targetPrefix())) {
            report("E102", "metadata.targetPrefix", "is missing; JSON-protocol requests need it for X-Amz-Target");
        }
        if (isBlank(metadata.serviceId()) && isBlank(metadata.serviceAbbreviation()) && isBlank(metadata.endpointPrefix())) {
            report("E103", "metadata.serviceId", "is missing (and so are serviceAbbreviation and endpointPrefix); "
                    + "it names the client classes");
        }
        String jsonVersion = metadata.jsonVersion();
        if (jsonVersion != null && !jsonVersion.equals("1.0") && !jsonVersion.equals("1.1")) {
            report("E104", "metadata.jsonVersion", "'" + jsonVersion + "' is not a JSON protocol version; use 1.0 or 1.1");
        }
    }

    private void shape(String name, Shape shape) {
        String where = "shapes." + name;
        if (shape == null) {
            report("E110", where, "is null; give the shape a type");
            return;
        }
        if (shape.type() == null || !SHAPE_TYPES.contains(shape.type())) {
            report("E110", where + ".type", (shape.type() == null ? "is missing" : "'" + shape.type() + "' is unknown")
                    + "; use one of " + new java.util.TreeSet<>(SHAPE_TYPES));
            return;
        }
        switch (shape.type()) {
            case "structure" -> {
                shape.members().forEach((member, ref) -> reference(where + ".members." + member, ref));
                for (String required : shape.required()) {
                    if (!shape.members().containsKey(required)) {
                        report("E114", where + ".required", "names '" + required + "', which is not a member; "
                                + "members are " + shape.members().keySet());
                    }
                }
            }
            case "list" -> {
                if (shape.member() == null) {
                    report("E112", where + ".member", "is missing; a list needs {\"shape\": ...} for its elements");
                } else {
                    reference(where + ".member", shape.member());
                }
            }
            case "map" -> {
                if (shape.key() == null || shape.value() == null) {
                    report("E113", where, "a map needs both key and value references");
                }
                if (shape.key() != null && reference(where + ".key", shape.key())) {
                    Shape key = shapes.get(shape.key().shape());
                    if (key != null && !"string".equals(key.type())) {
                        report("E116", where + ".key", "refers to " + shape.key().shape() + " of type " + key.type()
                                + "; JSON object keys must be strings");
                    }
                }
                if (shape.value() != null) {
                    reference(where + ".value", shape.value());
                }
            }
            default -> { }
        }
        timestampFormat(where + ".timestampFormat", shape.timestampFormat());
    }

    /** Checks a reference and returns whether it resolves. */
    private boolean reference(String where, ShapeRef ref) {
        if (ref == null || ref.shape() == null) {
            report("E111", where, "has no shape; add {\"shape\": \"...\"}");
            return false;
        }
        if (!shapes.containsKey(ref.shape())) {
            report("E111", where, "refers to shape '" + ref.shape() + "', which the model does not define; "
                    + "add it to shapes or fix the name");
            return false;
        }
        timestampFormat(where + ".timestampFormat", ref.timestampFormat());
        return true;
    }

    private void timestampFormat(String where, String format) {
        if (format != null && !TIMESTAMP_FORMATS.contains(format)) {
            report("E115", where, "'" + format + "' is not a timestamp format; use one of " + TIMESTAMP_FORMATS);
        }
    }

    private void operation(String name, Operation operation) {
        String where = "operations." + name;
        if (operation == null) {
            report("E120", where, "is null");
            return;
        }
        if (operation.name() != null && !operation.name().equals(name)) {
            report("E120", where + ".name", "is '" + operation.name() + "' but the operation is listed as '" + name
                    + "'; make them equal");
        }
        structureRef(where + ".input", operation.input());
        structureRef(where + ".output", operation.output());
        for (int i = 0; i < operation.errors().size(); i++) {
            structureRef(where + ".errors[" + i + "]", operation.errors().get(i));
        }
        if (operation.endpoint() != null && operation.endpoint().hostPrefix() != null) {
            hostLabels(where, operation);
        }
    }

    private void structureRef(String where, ShapeRef ref) {
        if (ref == null) {
            return;
        }
        if (reference(where, ref)) {
            Shape target = shapes.get(ref.shape());
            if (target != null && !"structure".equals(target.type())) {
                report("E121", where, "refers to " + ref.shape() + " of type " + target.type()
                        + "; operation inputs, outputs and errors must be structures");
            }
        }
    }

    private void hostLabels(String where, Operation operation) {
        Matcher label = HOST_LABEL.matcher(operation.endpoint().hostPrefix());
        while (label.find()) {
            String member = label.group(1);
            Shape input = operation.input() == null ? null : shapes.get(operation.input().shape());
            ShapeRef ref = input == null ? null : input.members().get(member);
            if (ref == null || !ref.hostLabel()) {
                report("E123", where + ".endpoint.hostPrefix", "uses {" + member + "}, which is not an input member "
                        + "marked hostLabel; add the member with \"hostLabel\": true or fix the prefix");
            }
        }
    }

    private void report(String code, String where, String message) {
        problems.add(new Problem(code, where, message));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
