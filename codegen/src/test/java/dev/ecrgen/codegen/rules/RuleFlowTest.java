package dev.ecrgen.codegen.rules;

import static dev.ecrgen.codegen.rules.RuleSets.checked;
import static dev.ecrgen.codegen.rules.RuleSets.problems;
import static dev.ecrgen.codegen.rules.RuleSets.withRules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a condition that holds proves about the names it used, for the rest of its rule. */
class RuleFlowTest {

    @Test
    void aConditionThatHoldsProvesTheNamesItNeededSet() {
        RuleChecker.Checked checked = checked(withRules("[{'conditions': [{'fn': 'aws.partition', 'argv': [{'ref': "
                + "'Region'}], 'assign': 'p'}], 'type': 'tree', 'rules': [{'conditions': [], 'type': 'endpoint', "
                + "'endpoint': {'url': 'https://svc.{Region}.{p#dnsSuffix}'}}]}]"));
        Rule.TreeRule tree = (Rule.TreeRule) checked.ruleSet().rules().get(0);
        Expr.Template url = (Expr.Template) ((Rule.EndpointRule) tree.rules().get(0)).endpoint().url();
        Expr region = ((Expr.Dynamic) url.parts().get(1)).expression();

        assertEquals(RuleType.STRING, checked.type(region));
    }

    @Test
    void nestedCallsProveTheirArgumentsToo() {
        assertEquals(List.of(), problems(withRules("[{'conditions': [{'fn': 'booleanEquals', 'argv': [true, "
                + "{'fn': 'isValidHostLabel', 'argv': [{'ref': 'Endpoint'}, false]}]}], 'type': 'endpoint', "
                + "'endpoint': {'url': 'https://{Endpoint}.example.com'}}, {'conditions': [], 'type': 'error', "
                + "'error': 'x'}]")));
    }

    @Test
    void aNegationProvesNothing() {
        assertEquals(List.of("[E162] rules.json: rules[0].endpoint.url: 'https://{Endpoint}.example.com': a template "
                + "part must be String, but is Optional<String>"), problems(withRules("[{'conditions': [{'fn': "
                + "'not', 'argv': [{'fn': 'isValidHostLabel', 'argv': [{'ref': 'Endpoint'}, false]}]}], 'type': "
                + "'endpoint', 'endpoint': {'url': 'https://{Endpoint}.example.com'}}, {'conditions': [], 'type': "
                + "'error', 'error': 'x'}]")));
    }

    @Test
    void theProofEndsWithItsRule() {
        assertEquals(List.of("[E162] rules.json: rules[1].error: 'at {Region}': a template part must be String, but "
                + "is Optional<String>"), problems(withRules("[{'conditions': [{'fn': 'aws.partition', 'argv': "
                + "[{'ref': 'Region'}]}], 'type': 'error', 'error': 'in {Region}'}, {'conditions': [], 'type': "
                + "'error', 'error': 'at {Region}'}]")));
    }
}
