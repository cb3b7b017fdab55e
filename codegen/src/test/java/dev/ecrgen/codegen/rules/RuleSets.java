package dev.ecrgen.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.validate.Problem;
import java.util.ArrayList;
import java.util.List;

/** Small rule sets written inline for tests: single quotes stand for double quotes. */
final class RuleSets {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The parameters every test rule set has: Region (optional), UseFIPS (defaulted) and Endpoint (optional). */
    static final String PARAMETERS = "{'Region': {'type': 'String', 'builtIn': 'AWS::Region'},"
            + " 'UseFIPS': {'type': 'Boolean', 'builtIn': 'AWS::UseFIPS', 'required': true, 'default': false},"
            + " 'Endpoint': {'type': 'String', 'builtIn': 'SDK::Endpoint'}}";

    private RuleSets() {}

    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A rule set with the test parameters and the given rules (a JSON array). */
    static JsonNode withRules(String rules) {
        return json("{'version': '1.0', 'parameters': " + PARAMETERS + ", 'rules': " + rules + "}");
    }

    /** The problems of parsing, then (if it parsed) checking, as their {@code toString()}. */
    static List<String> problems(JsonNode ruleSet) {
        List<Problem> problems = new ArrayList<>();
        RuleSet parsed = RuleSetParser.parse(ruleSet, "rules.json", problems);
        if (parsed != null) {
            RuleChecker.check(parsed, problems);
        }
        return problems.stream().map(Problem::toString).toList();
    }

    /** Parses and checks a rule set that must be valid. */
    static RuleChecker.Checked checked(JsonNode ruleSet) {
        List<Problem> problems = new ArrayList<>();
        RuleSet parsed = RuleSetParser.parse(ruleSet, "rules.json", problems);
        RuleChecker.Checked checked = parsed == null ? null : RuleChecker.check(parsed, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("expected a valid rule set, got " + problems);
        }
        return checked;
    }
}
