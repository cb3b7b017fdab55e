package dev.ecrgen.codegen.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed endpoint rule set: its parameters in file order and its top-level rules.
 *
 * @param version the {@code version} field, e.g. {@code 1.0}
 * @param parameters the parameters by name, in the order the file lists them
 * @param rules the top-level rules, tried in order
 * @param source the file the rule set came from, for messages
 */
public record RuleSet(String version, Map<String, RuleParameter> parameters, List<Rule> rules, String source) {

    public RuleSet {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        rules = List.copyOf(rules);
    }
}
