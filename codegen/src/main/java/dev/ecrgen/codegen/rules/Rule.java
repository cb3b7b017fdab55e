package dev.ecrgen.codegen.rules;

import java.util.List;
import java.util.Map;

/** A rule: conditions that must all hold, then an endpoint, an error or a tree of further rules. */
public sealed interface Rule {

    /** The conditions, evaluated in order; every one must be truthy for the rule to apply. */
    List<Condition> conditions();

    /** The place in the file, e.g. {@code rules[2].rules[0]}. */
    String where();

    /** Resolves to an endpoint. */
    record EndpointRule(List<Condition> conditions, EndpointSpec endpoint, String where) implements Rule {
        public EndpointRule {
            conditions = List.copyOf(conditions);
        }
    }

    /** Ends resolution with an error whose message is the value of {@code message}. */
    record ErrorRule(List<Condition> conditions, Expr message, String where) implements Rule {
        public ErrorRule {
            conditions = List.copyOf(conditions);
        }
    }

    /** Tries its rules in order once its conditions hold; one of them must apply. */
    record TreeRule(List<Condition> conditions, List<Rule> rules, String where) implements Rule {
        public TreeRule {
            conditions = List.copyOf(conditions);
            rules = List.copyOf(rules);
        }
    }

    /**
     * What an endpoint rule resolves to.
     *
     * @param url the URL expression, a string
     * @param headers header names to value expressions, in file order
     * @param properties property names to literal values, in file order
     * @param where the place in the file
     */
    record EndpointSpec(Expr url, Map<String, List<Expr>> headers, Map<String, Expr> properties, String where) {}
}
