package dev.ecrgen.codegen.validate;

import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Paginator;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.c2j.Waiter;
import dev.ecrgen.codegen.load.ModelBundle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks paginators and waiters against the operations and members they name. */
final class WorkflowValidator {
    private static final Set<String> MATCHERS = Set.of("path", "pathAll", "pathAny", "status", "error");
    private static final Set<String> STATES = Set.of("success", "failure", "retry");

    private final ModelBundle bundle;
    private final List<Problem> problems;

    WorkflowValidator(ModelBundle bundle, List<Problem> problems) {
        this.bundle = bundle;
        this.problems = problems;
    }

    void validate() {
        bundle.paginators().pagination().forEach(this::paginator);
        bundle.waiters().waiters().forEach(this::waiter);
    }

    private void paginator(String name, Paginator paginator) {
        String where = "paginators." + name;
        Operation operation = bundle.service().operations().get(name);
        if (operation == null) {
            problems.add(new Problem("E130", where, "names an operation the model does not define"));
            return;
        }
        Shape input = structure(operation.input());
        Shape output = structure(operation.output());
        for (String token : paginator.inputToken()) {
            member(where + ".input_token", input, token, "input");
        }
        if (paginator.limitKey() != null) {
            member(where + ".limit_key", input, paginator.limitKey(), "input");
        }
        for (String token : paginator.outputToken()) {
            path(where + ".output_token", output, token);
        }
        for (String key : paginator.resultKey()) {
            path(where + ".result_key", output, key);
        }
        for (String key : paginator.nonAggregateKeys()) {
            path(where + ".non_aggregate_keys", output, key);
        }
        if (paginator.inputToken().size() != paginator.outputToken().size()) {
            problems.add(new Problem("E134", where, "has " + paginator.inputToken().size() + " input tokens but "
                    + paginator.outputToken().size() + " output tokens; they must pair up"));
        }
    }

    private void waiter(String name, Waiter waiter) {
        String where = "waiters." + name;
        if (waiter.operation() == null || !bundle.service().operations().containsKey(waiter.operation())) {
            problems.add(new Problem("E140", where + ".operation", "names '" + waiter.operation()
                    + "', which the model does not define"));
        }
        for (int i = 0; i < waiter.acceptors().size(); i++) {
            Waiter.Acceptor acceptor = waiter.acceptors().get(i);
            String at = where + ".acceptors[" + i + "]";
            if (!MATCHERS.contains(acceptor.matcher())) {
                problems.add(new Problem("E141", at + ".matcher", "'" + acceptor.matcher() + "' is not one of " + MATCHERS));
            }
            if (!STATES.contains(acceptor.state())) {
                problems.add(new Problem("E142", at + ".state", "'" + acceptor.state() + "' is not one of " + STATES));
            }
        }
        if (waiter.acceptors().isEmpty()) {
            problems.add(new Problem("E143", where + ".acceptors", "is empty; a waiter needs at least one acceptor"));
        }
    }

    private Shape structure(ShapeRef ref) {
        return ref == null ? null : bundle.service().shapes().get(ref.shape());
    }

    private void member(String where, Shape structure, String member, String side) {
        if (structure == null || !structure.members().containsKey(member)) {
            problems.add(new Problem("E131", where, "names '" + member + "', which is not a member of the operation's "
                    + side + (structure == null ? "" : "; members are " + structure.members().keySet())));
        }
    }

    /** A dotted path such as {@code imageScanFindings.findings} through nested structures. */
    private void path(String where, Shape structure, String path) {
        Shape current = structure;
        Map<String, Shape> shapes = bundle.service().shapes();
        for (String part : path.split("\\.")) {
            String name = part.endsWith("[-1]") ? part.substring(0, part.length() - 4) : part;
            ShapeRef ref = current == null ? null : current.members().get(name);
            if (ref == null) {
                problems.add(new Problem("E132", where, "names '" + path + "', but '" + name
                        + "' is not a member of the operation's output there"));
                return;
            }
            current = shapes.get(ref.shape());
        }
    }
}
