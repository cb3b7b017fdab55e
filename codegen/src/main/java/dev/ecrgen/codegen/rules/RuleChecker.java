package dev.ecrgen.codegen.rules;

import dev.ecrgen.codegen.validate.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the type of every expression of a rule set and checks it against the function library and the scopes that
 * conditions open: a name is visible in the conditions after the one that assigns it and in the rule's body; an
 * assignment may not shadow a visible name; {@code isSet(Name)} proves {@code Name} set for the rest of its rule; an
 * optional value passed where a function needs a value makes the call's result unset when the value is (rule sets
 * published by AWS do this, e.g. {@code aws.partition(Region)} without {@code isSet(Region)}, and the AWS SDKs accept
 * them); a template part or a {@code getAttr} on a computed value must still be proven set. The compiler relies on
 * these facts, so a rule set that fails them is never compiled.
 *
 * <p>Codes: E162 a type that does not fit, E163 a name that is not visible, E164 an assignment that shadows a name,
 * E166 a {@code getAttr} path that does not fit its value.
 */
public final class RuleChecker {

    /**
     * A checked rule set: every expression's type, as seen where it stands.
     *
     * @param ruleSet the rule set
     * @param types the type of each expression node (by identity)
     */
    public record Checked(RuleSet ruleSet, Map<Expr, RuleType> types) {

        /** The type of an expression of this rule set. */
        public RuleType type(Expr expr) {
            RuleType type = types.get(expr);
            if (type == null) {
                throw new IllegalStateException("no type recorded for " + expr.where());
            }
            return type;
        }
    }

    private final String source;
    private final List<Problem> problems;
    private final Map<Expr, RuleType> types = new IdentityHashMap<>();

    private RuleChecker(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Checks a rule set.
     *
     * @param ruleSet a parsed rule set
     * @param problems receives every problem found
     * @return the checked rule set, or null when a problem was found
     */
    public static Checked check(RuleSet ruleSet, List<Problem> problems) {
        int before = problems.size();
        RuleChecker checker = new RuleChecker(ruleSet.source(), problems);
        Scope root = new Scope(null);
        ruleSet.parameters().forEach((name, parameter) -> root.declare(name, parameter.ruleType()));
        for (Rule rule : ruleSet.rules()) {
            checker.rule(rule, root);
        }
        return problems.size() == before ? new Checked(ruleSet, checker.types) : null;
    }

    private void rule(Rule rule, Scope outer) {
        Scope scope = new Scope(outer);
        for (Condition condition : rule.conditions()) {
            RuleType type = type(condition.function(), scope);
            if (RuleType.INTEGER.equals(type)) {
                problem("E162", condition.where(), "a condition must be a Boolean or a value that may be unset, but "
                        + "is Integer");
                continue;
            }
            if (type != null) {
                proveArguments(condition.function(), scope);
            }
            if (condition.assign() != null && type != null) {
                if (scope.lookup(condition.assign()) != null) {
                    problem("E164", condition.where() + ".assign", "'" + condition.assign() + "' is already "
                            + "defined here; an assignment may not shadow a parameter or an earlier assignment");
                } else {
                    scope.declare(condition.assign(), type.inner());
                }
            }
        }
        if (rule instanceof Rule.EndpointRule endpoint) {
            endpoint(endpoint.endpoint(), scope);
        } else if (rule instanceof Rule.ErrorRule error) {
            expect(error.message(), RuleType.STRING, scope, "an error message");
        } else if (rule instanceof Rule.TreeRule tree) {
            for (Rule child : tree.rules()) {
                rule(child, scope);
            }
        }
    }

    /**
     * A condition holds only when its value is set, and a function given an unset value where it needs one gives an
     * unset result: so once a condition holds, every name it passed (directly, or through such functions) to a
     * function that needs a value is set for the rest of the rule.
     */
    private static void proveArguments(Expr expr, Scope scope) {
        if (expr instanceof Expr.GetAttr getAttr) {
            proveArguments(getAttr.target(), scope);
        } else if (expr instanceof Expr.Ref ref) {
            scope.proveSet(ref.name());
        } else if (expr instanceof Expr.Call call && call.function().parameters() != null
                && call.function() != RuleFunction.NOT) {
            for (Expr argument : call.arguments()) {
                if (argument instanceof Expr.Ref || argument instanceof Expr.GetAttr || argument instanceof Expr.Call) {
                    proveArguments(argument, scope);
                }
            }
        }
    }

    private void endpoint(Rule.EndpointSpec endpoint, Scope scope) {
        expect(endpoint.url(), RuleType.STRING, scope, "an endpoint URL");
        endpoint.headers().forEach((name, values) -> {
            for (Expr value : values) {
                expect(value, RuleType.STRING, scope, "a header value");
            }
        });
        endpoint.properties().values().forEach(value -> literal(value, scope));
    }

    /** Properties hold literals: strings, booleans, numbers, arrays and objects; their strings may be templates. */
    private void literal(Expr value, Scope scope) {
        if (value instanceof Expr.TupleLiteral tuple) {
            tuple.elements().forEach(element -> literal(element, scope));
            types.put(value, RuleType.STRING_ARRAY);
        } else if (value instanceof Expr.RecordLiteral record) {
            record.members().values().forEach(member -> literal(member, scope));
            types.put(value, new RuleType.Record("Object", null, Map.of()));
        } else {
            RuleType type = type(value, scope);
            if (type != null && type.isOptional()) {
                problem("E162", value.where(), "is " + type + " in an endpoint property; properties must be set");
            }
        }
    }

    private void expect(Expr expr, RuleType expected, Scope scope, String what) {
        RuleType type = type(expr, scope);
        if (type != null && !type.equals(expected)) {
            problem("E162", expr.where(), mismatch(what, expected, type));
        }
    }

    private RuleType type(Expr expr, Scope scope) {
        RuleType type = infer(expr, scope);
        if (type != null) {
            types.put(expr, type);
        }
        return type;
    }

    private RuleType infer(Expr expr, Scope scope) {
        if (expr instanceof Expr.Template template) {
            boolean ok = true;
            for (Expr.Part part : template.parts()) {
                if (part instanceof Expr.Dynamic dynamic) {
                    RuleType type = type(dynamic.expression(), scope);
                    if (type == null) {
                        ok = false;
                    } else if (!type.equals(RuleType.STRING)) {
                        ok = false;
                        problem("E162", template.where(), "'" + template.text() + "': "
                                + mismatch("a template part", RuleType.STRING, type));
                    }
                }
            }
            return ok ? RuleType.STRING : null;
        }
        if (expr instanceof Expr.BoolLiteral) {
            return RuleType.BOOLEAN;
        }
        if (expr instanceof Expr.IntLiteral) {
            return RuleType.INTEGER;
        }
        if (expr instanceof Expr.Ref ref) {
            RuleType type = scope.lookup(ref.name());
            if (type == null) {
                problem("E163", ref.where(), "'" + ref.name() + "' is not a parameter or a value assigned before "
                        + "this point; visible here: " + scope.visibleNames());
                return null;
            }
            return scope.provenSet(ref.name()) ? type.inner() : type;
        }
        if (expr instanceof Expr.GetAttr getAttr) {
            return getAttr(getAttr, scope);
        }
        if (expr instanceof Expr.Call call) {
            return call(call, scope);
        }
        if (expr instanceof Expr.TupleLiteral || expr instanceof Expr.RecordLiteral) {
            problem("E162", expr.where(), "an array or object literal can only be an endpoint property");
            return null;
        }
        throw new IllegalStateException("unknown expression " + expr);
    }

    private RuleType getAttr(Expr.GetAttr getAttr, Scope scope) {
        RuleType type = type(getAttr.target(), scope);
        if (type == null) {
            return null;
        }
        boolean unset = false;
        for (Expr.PathPart part : getAttr.path()) {
            if (type.isOptional()) {
                if (!(getAttr.target() instanceof Expr.Ref) || part != getAttr.path().get(0)) {
                    problem("E166", getAttr.where(), "getAttr '" + getAttr.text() + "' reads from " + type
                            + ", which may be unset; assign it in a condition or check it with isSet first");
                    return null;
                }
                unset = true;
                type = type.inner();
            }
            if (part instanceof Expr.Field field) {
                if (!(type instanceof RuleType.Record record) || record.javaClass() == null) {
                    problem("E166", getAttr.where(), "getAttr '" + getAttr.text() + "': '" + field.name()
                            + "' reads a field, but the value is " + type);
                    return null;
                }
                RuleType fieldType = record.fields().get(field.name());
                if (fieldType == null) {
                    problem("E166", getAttr.where(), "getAttr '" + getAttr.text() + "': " + record + " has no field '"
                            + field.name() + "'; its fields are " + record.fields().keySet());
                    return null;
                }
                type = fieldType;
            } else {
                int index = ((Expr.Index) part).index();
                if (!(type instanceof RuleType.Array array)) {
                    problem("E166", getAttr.where(), "getAttr '" + getAttr.text() + "': [" + index
                            + "] reads an array element, but the value is " + type);
                    return null;
                }
                type = RuleType.optional(array.element());
            }
        }
        return unset ? RuleType.optional(type) : type;
    }

    private RuleType call(Expr.Call call, Scope scope) {
        RuleFunction function = call.function();
        List<Expr> arguments = call.arguments();
        switch (function) {
            case IS_SET: {
                if (!count(call, 1)) {
                    return null;
                }
                Expr argument = arguments.get(0);
                RuleType type = type(argument, scope);
                if (argument instanceof Expr.Ref ref && type != null) {
                    scope.proveSet(ref.name());
                }
                return type == null ? null : RuleType.BOOLEAN;
            }
            case COALESCE:
                return coalesce(call, scope);
            case ITE:
                return ite(call, scope);
            default:
                break;
        }
        List<RuleType> parameters = function.parameters();
        if (!count(call, parameters.size())) {
            return null;
        }
        boolean ok = true;
        boolean unsetArgument = false;
        for (int i = 0; i < parameters.size(); i++) {
            RuleType type = type(arguments.get(i), scope);
            if (type == null) {
                ok = false;
            } else if (type.isOptional() && type.inner().equals(parameters.get(i))) {
                unsetArgument = true;
            } else if (!type.equals(parameters.get(i))) {
                ok = false;
                problem("E162", arguments.get(i).where(), mismatch("argument " + (i + 1) + " of "
                        + function.ruleName(), parameters.get(i), type));
            }
        }
        if (!ok) {
            return null;
        }
        return unsetArgument ? RuleType.optional(function.result()) : function.result();
    }

    /** {@code coalesce(a, b, ...)}: the first set value; set if any argument is set for sure. */
    private RuleType coalesce(Expr.Call call, Scope scope) {
        if (call.arguments().size() < 2) {
            problem("E162", call.where(), "coalesce takes at least 2 arguments, got " + call.arguments().size());
            return null;
        }
        RuleType inner = null;
        boolean allOptional = true;
        for (Expr argument : call.arguments()) {
            RuleType type = type(argument, scope);
            if (type == null) {
                return null;
            }
            if (inner == null) {
                inner = type.inner();
            } else if (!inner.equals(type.inner())) {
                problem("E162", argument.where(), "coalesce mixes " + inner + " and " + type.inner()
                        + "; its arguments must have one type");
                return null;
            }
            allOptional &= type.isOptional();
        }
        return allOptional ? RuleType.optional(inner) : inner;
    }

    /** {@code ite(condition, a, b)}: a or b; unset if either may be. */
    private RuleType ite(Expr.Call call, Scope scope) {
        if (!count(call, 3)) {
            return null;
        }
        List<Expr> arguments = call.arguments();
        RuleType condition = type(arguments.get(0), scope);
        RuleType yes = type(arguments.get(1), scope);
        RuleType no = type(arguments.get(2), scope);
        if (condition == null || yes == null || no == null) {
            return null;
        }
        if (!condition.equals(RuleType.BOOLEAN)) {
            problem("E162", arguments.get(0).where(), mismatch("the condition of ite", RuleType.BOOLEAN, condition)
                    + (condition.isOptional() ? "; give it a default with coalesce" : ""));
            return null;
        }
        if (!yes.inner().equals(no.inner())) {
            problem("E162", call.where(), "ite's branches are " + yes + " and " + no + "; they must have one type");
            return null;
        }
        return yes.isOptional() || no.isOptional() ? RuleType.optional(yes.inner()) : yes;
    }

    private boolean count(Expr.Call call, int expected) {
        if (call.arguments().size() != expected) {
            problem("E162", call.where(), call.function().ruleName() + " takes " + expected
                    + (expected == 1 ? " argument" : " arguments") + ", got " + call.arguments().size());
            return false;
        }
        return true;
    }

    private static String mismatch(String what, RuleType expected, RuleType actual) {
        return what + " must be " + expected + ", but is " + actual;
    }

    private void problem(String code, String where, String message) {
        problems.add(new Problem(code, source + ": " + where, message));
    }

    /** The names visible at a point, with the ones proven set. */
    private static final class Scope {
        private final Scope parent;
        private final Map<String, RuleType> names = new HashMap<>();
        private final Set<String> provenSet = new HashSet<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        void declare(String name, RuleType type) {
            names.put(name, type);
        }

        void proveSet(String name) {
            provenSet.add(name);
        }

        RuleType lookup(String name) {
            for (Scope scope = this; scope != null; scope = scope.parent) {
                RuleType type = scope.names.get(name);
                if (type != null) {
                    return type;
                }
            }
            return null;
        }

        boolean provenSet(String name) {
            for (Scope scope = this; scope != null; scope = scope.parent) {
                if (scope.provenSet.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        String visibleNames() {
            java.util.TreeSet<String> visible = new java.util.TreeSet<>();
            for (Scope scope = this; scope != null; scope = scope.parent) {
                visible.addAll(scope.names.keySet());
            }
            return visible.toString();
        }
    }
}
