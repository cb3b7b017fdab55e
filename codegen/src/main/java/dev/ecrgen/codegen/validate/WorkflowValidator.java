package dev.ecrgen.codegen.validate;

import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Paginator;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.c2j.Waiter;
import dev.ecrgen.codegen.jmespath.Checked;
import dev.ecrgen.codegen.jmespath.Checker;
import dev.ecrgen.codegen.jmespath.JmesPathException;
import dev.ecrgen.codegen.jmespath.JmesType;
import dev.ecrgen.codegen.jmespath.ModelTypes;
import dev.ecrgen.codegen.load.ModelBundle;
import java.util.List;
import java.util.Set;

/**
 * Checks paginators and waiters against the operations and members they name, and their JMESPath expressions against
 * the operation's output: each must parse and fit the model, and a waiter's expected value must be of the type its
 * path yields.
 */
final class WorkflowValidator {
    private static final Set<String> MATCHERS = Set.of("path", "pathAll", "pathAny", "status", "error");
    private static final Set<String> STATES = Set.of("success", "failure", "retry");

    private final ModelBundle bundle;
    private final List<Problem> problems;
    private final ModelTypes types;

    WorkflowValidator(ModelBundle bundle, List<Problem> problems) {
        this.bundle = bundle;
        this.problems = problems;
        this.types = new ModelTypes(bundle.service().shapes());
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
        for (String token : paginator.inputToken()) {
            member(where + ".input_token", input, token, "input");
        }
        if (paginator.limitKey() != null) {
            member(where + ".limit_key", input, paginator.limitKey(), "input");
        }
        JmesType output = types.root(operation.output() == null ? null : operation.output().shape());
        for (String token : paginator.outputToken()) {
            path("E132", where + ".output_token", output, token);
        }
        for (String key : paginator.resultKey()) {
            path("E132", where + ".result_key", output, key);
        }
        for (String key : paginator.nonAggregateKeys()) {
            path("E132", where + ".non_aggregate_keys", output, key);
        }
        if (paginator.moreResults() != null) {
            path("E132", where + ".more_results", output, paginator.moreResults());
        }
        if (paginator.inputToken().size() != paginator.outputToken().size()) {
            problems.add(new Problem("E134", where, "has " + paginator.inputToken().size() + " input tokens but "
                    + paginator.outputToken().size() + " output tokens; they must pair up"));
        }
    }

    private void waiter(String name, Waiter waiter) {
        String where = "waiters." + name;
        Operation operation = waiter.operation() == null ? null : bundle.service().operations().get(waiter.operation());
        if (operation == null) {
            problems.add(new Problem("E140", where + ".operation", "names '" + waiter.operation()
                    + "', which the model does not define"));
        }
        for (int i = 0; i < waiter.acceptors().size(); i++) {
            Waiter.Acceptor acceptor = waiter.acceptors().get(i);
            String at = where + ".acceptors[" + i + "]";
            if (!MATCHERS.contains(acceptor.matcher())) {
                problems.add(new Problem("E141", at + ".matcher", "'" + acceptor.matcher() + "' is not one of " + MATCHERS));
            } else if (operation != null && acceptor.matcher().startsWith("path") && acceptor.argument() != null) {
                JmesType output = types.root(operation.output() == null ? null : operation.output().shape());
                Checked path = path("E145", at + ".argument", output, acceptor.argument());
                if (path != null) {
                    new AcceptorTypes(problems, at, acceptor, path).check();
                }
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

    /** Checks a JMESPath expression against the operation's output; the checked expression, or null. */
    private Checked path(String code, String where, JmesType output, String expression) {
        try {
            return Checker.check(expression, output, types);
        } catch (JmesPathException e) {
            problems.add(new Problem(code, where, e.getMessage()));
            return null;
        }
    }
}
