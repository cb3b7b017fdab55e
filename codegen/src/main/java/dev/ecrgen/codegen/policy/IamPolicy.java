package dev.ecrgen.codegen.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.ServiceModel;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The least-privilege IAM policy for a generated client: one statement that allows exactly the client's operations,
 * as actions {@code <prefix>:<Operation>}. The prefix is the service's {@code signingName} (IAM uses the signing name
 * as the action prefix), else its {@code endpointPrefix} without a leading {@code api.}; for ECR it is {@code ecr}.
 * Resources are not in the model, so the statement applies to {@code *}; narrow it to ARNs where the operations allow.
 */
public final class IamPolicy {
    /** The policy language version every IAM policy names. */
    public static final String VERSION = "2012-10-17";

    private final String prefix;
    private final List<String> actions;

    private IamPolicy(String prefix, List<String> actions) {
        this.prefix = prefix;
        this.actions = actions;
    }

    /**
     * The policy for {@code operations} of the model, or for every operation when {@code operations} is empty.
     *
     * @throws IllegalArgumentException naming an operation the model does not define, with the valid names, or
     *     saying that the model has no metadata to take the prefix from
     */
    public static IamPolicy forOperations(ServiceModel model, Collection<String> operations) {
        Objects.requireNonNull(model, "model");
        Set<String> defined = new TreeSet<>(model.operations().keySet());
        Set<String> chosen = new TreeSet<>(operations == null || operations.isEmpty() ? defined : operations);
        for (String operation : chosen) {
            if (!defined.contains(operation)) {
                throw new IllegalArgumentException("'" + operation + "' is not an operation of the model; valid names are "
                        + defined);
            }
        }
        String prefix = actionPrefix(model.metadata());
        return new IamPolicy(prefix, chosen.stream().map(operation -> prefix + ":" + operation).toList());
    }

    /** The IAM action prefix of a service, e.g. {@code ecr}. */
    public static String actionPrefix(Metadata metadata) {
        if (metadata != null && metadata.signingName() != null && !metadata.signingName().isBlank()) {
            return metadata.signingName().trim().toLowerCase(Locale.ROOT);
        }
        if (metadata != null && metadata.endpointPrefix() != null && !metadata.endpointPrefix().isBlank()) {
            String prefix = metadata.endpointPrefix().trim().toLowerCase(Locale.ROOT);
            return prefix.startsWith("api.") ? prefix.substring(4) : prefix;
        }
        throw new IllegalArgumentException("the model's metadata has neither signingName nor endpointPrefix, "
                + "so the IAM action prefix is unknown");
    }

    public String prefix() {
        return prefix;
    }

    /** The allowed actions, sorted, e.g. {@code ecr:BatchCheckLayerAvailability}. */
    public List<String> actions() {
        return actions;
    }

    /** The policy document: {@code {"Version": ..., "Statement": [{"Effect": "Allow", "Action": [...], "Resource": "*"}]}}. */
    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode statement = json.objectNode();
        statement.put("Sid", "AllowGeneratedClientOperations");
        statement.put("Effect", "Allow");
        ArrayNode action = statement.putArray("Action");
        actions.forEach(action::add);
        statement.put("Resource", "*");
        ObjectNode policy = json.objectNode();
        policy.put("Version", VERSION);
        policy.putArray("Statement").add(statement);
        return policy;
    }
}
