package dev.ecrgen.codegen.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.write.JsonText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A least-privilege IAM policy: statements that allow exactly a set of operations, as actions
 * {@code <prefix>:<Operation>}. The prefix is the service's {@code signingName} (IAM uses the signing name as the
 * action prefix), else its {@code endpointPrefix} without a leading {@code api.}; for ECR it is {@code ecr}. Resources
 * are not in the model, so each statement applies to {@code *}; narrow it to ARNs where the operations allow.
 */
public final class IamPolicy {
    /** The policy language version every IAM policy names. */
    public static final String VERSION = "2012-10-17";

    /** The statement id of the policy for a generated client's operations. */
    public static final String CLIENT_OPERATIONS_SID = "AllowGeneratedClientOperations";


    private final List<Statement> statements;

    private IamPolicy(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    /**
     * One {@code Allow} statement on {@code *}.
     *
     * @param sid the statement id: letters and digits only, unique within the policy
     * @param prefix the IAM action prefix of the service, e.g. {@code ecr}
     * @param actions the allowed actions, sorted, e.g. {@code ecr:BatchCheckLayerAvailability}
     */
    public record Statement(String sid, String prefix, List<String> actions) {
        public Statement {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(prefix, "prefix");
            actions = List.copyOf(new TreeSet<>(actions));
        }

        /** The statement that allows {@code operations} under {@code prefix}. */
        public static Statement of(String sid, String prefix, Collection<String> operations) {
            return new Statement(sid, prefix, operations.stream().map(operation -> prefix + ":" + operation).toList());
        }
    }

    /** A policy of the given statements, in order; no statements make a policy that allows nothing. */
    public static IamPolicy of(List<Statement> statements) {
        return new IamPolicy(statements);
    }

    /**
     * The policy for {@code operations} of the model, or for every operation when {@code operations} is empty: one
     * statement, {@value #CLIENT_OPERATIONS_SID}.
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
        return of(List.of(Statement.of(CLIENT_OPERATIONS_SID, actionPrefix(model.metadata()), chosen)));
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

    public List<Statement> statements() {
        return statements;
    }

    /** Every allowed action, sorted, e.g. {@code ecr:BatchCheckLayerAvailability}. */
    public List<String> actions() {
        List<String> actions = new ArrayList<>();
        statements.forEach(statement -> actions.addAll(statement.actions()));
        return List.copyOf(new TreeSet<>(actions));
    }

    /**
     * The policy document: {@code {"Version": ..., "Statement": [{"Sid": ..., "Effect": "Allow", "Action": [...],
     * "Resource": "*"}, ...]}}.
     */
    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode policy = json.objectNode();
        policy.put("Version", VERSION);
        ArrayNode array = policy.putArray("Statement");
        for (Statement statement : statements) {
            ObjectNode node = array.addObject();
            node.put("Sid", statement.sid());
            node.put("Effect", "Allow");
            ArrayNode action = node.putArray("Action");
            statement.actions().forEach(action::add);
            node.put("Resource", "*");
        }
        return policy;
    }

    /** The document as the command line and the plugin write it: two-space indent, one action a line, a final newline. */
    public String toText() {
        return JsonText.of(toJson());
    }
}
