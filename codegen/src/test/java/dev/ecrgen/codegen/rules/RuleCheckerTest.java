package dev.ecrgen.codegen.rules;

import static dev.ecrgen.codegen.rules.RuleSets.checked;
import static dev.ecrgen.codegen.rules.RuleSets.problems;
import static dev.ecrgen.codegen.rules.RuleSets.withRules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCheckerTest {

    @Test
    void isSetProvesAReferenceSetForTheRestOfItsRule() {
        RuleChecker.Checked checked = checked(withRules("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': "
                + "'Region'}]}, {'fn': 'aws.partition', 'argv': [{'ref': 'Region'}], 'assign': 'p'}], 'type': "
                + "'endpoint', 'endpoint': {'url': 'https://{Region}.{p#dnsSuffix}'}}, {'conditions': [], 'type': "
                + "'error', 'error': 'none'}]"));
        Rule rule = checked.ruleSet().rules().get(0);
        Expr isSetArgument = ((Expr.Call) rule.conditions().get(0).function()).arguments().get(0);
        assertEquals(RuleType.optional(RuleType.STRING), checked.type(isSetArgument));
        Expr partitionArgument = ((Expr.Call) rule.conditions().get(1).function()).arguments().get(0);
        assertEquals(RuleType.STRING, checked.type(partitionArgument));
        assertEquals(RuleType.optional(RuleFunction.Records.PARTITION), checked.type(rule.conditions().get(1).function()));
    }

    @Test
    void aValueThatMayBeUnsetWhereAValueIsNeededMakesTheResultUnset() {
        RuleChecker.Checked checked = checked(withRules("[{'conditions': [{'fn': 'aws.partition', 'argv': [{'ref': "
                + "'Region'}], 'assign': 'p'}, {'fn': 'isValidHostLabel', 'argv': [{'ref': 'Endpoint'}, false]}, "
                + "{'fn': 'getAttr', 'argv': [{'ref': 'p'}, 'name'], 'assign': 'name'}], 'type': 'endpoint', "
                + "'endpoint': {'url': 'https://{name}'}}, {'conditions': [], 'type': 'error', 'error': 'none'}]"));
        Rule rule = checked.ruleSet().rules().get(0);
        assertEquals(RuleType.optional(RuleFunction.Records.PARTITION), checked.type(rule.conditions().get(0).function()));
        assertEquals(RuleType.optional(RuleType.BOOLEAN), checked.type(rule.conditions().get(1).function()));
        assertEquals(RuleType.STRING, checked.type(rule.conditions().get(2).function()));
    }

    @Test
    void coalesceAndIteTakeTheTypesOfTheirArguments() {
        RuleChecker.Checked checked = checked(withRules("[{'conditions': [{'fn': 'coalesce', 'argv': [{'ref': "
                + "'Endpoint'}, 'https://default'], 'assign': 'url'}, {'fn': 'ite', 'argv': [{'ref': 'UseFIPS'}, "
                + "'-fips', ''], 'assign': 'suffix'}], 'type': 'endpoint', 'endpoint': {'url': '{url}{suffix}'}}]"));
        Rule rule = checked.ruleSet().rules().get(0);
        assertEquals(RuleType.STRING, checked.type(rule.conditions().get(0).function()));
        assertEquals(RuleType.STRING, checked.type(rule.conditions().get(1).function()));
    }

    @Test
    void e162NamesTheArgumentAndSuggestsIsSet() {
        assertEquals(List.of("[E162] rules.json: rules[0].conditions[0].argv[0]: argument 1 of aws.partition must be "
                + "String, but is Boolean"), problems(withRules("[{'conditions': [{'fn': 'aws.partition', 'argv': "
                + "[{'ref': 'UseFIPS'}]}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E162] rules.json: rules[0].conditions[0]: not takes 1 argument, got 2"),
                problems(withRules("[{'conditions': [{'fn': 'not', 'argv': [true, false]}], 'type': 'error', "
                        + "'error': 'x'}]")));
        assertEquals(List.of("[E162] rules.json: rules[0].error: 'at {Region}': a template part must be String, but "
                + "is Optional<String>"), problems(withRules("[{'conditions': [], 'type': 'error', "
                + "'error': 'at {Region}'}]")));
        assertEquals(List.of("[E162] rules.json: rules[0].conditions[0]: a condition must be a Boolean or a value that "
                + "may be unset, but is Integer"), problems(withRules("[{'conditions': [{'fn': 'ite', 'argv': [true, 1, "
                + "2]}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E162] rules.json: rules[0].conditions[0].argv[0]: the condition of ite must be Boolean, "
                + "but is String"), problems(withRules("[{'conditions': [{'fn': 'ite', 'argv': ['a', 'b', 'c']}], "
                + "'type': 'error', 'error': 'x'}]")));
    }

    @Test
    void e162NamesEveryValueOfTheWrongType() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("[{'conditions': [], 'type': 'endpoint', 'endpoint': {'url': {'ref': 'UseFIPS'}}}]",
                "rules[0].endpoint.url: an endpoint URL must be String, but is Boolean");
        cases.put("[{'conditions': [], 'type': 'endpoint', 'endpoint': {'url': 'https://x', 'headers': {'h': "
                + "[{'ref': 'Region'}]}}}]", "rules[0].endpoint.headers.h[0]: a header value must be String, but is "
                + "Optional<String>");
        cases.put("[{'conditions': [], 'type': 'error', 'error': true}]",
                "rules[0].error: an error message must be String, but is Boolean");
        cases.put("[{'conditions': [], 'type': 'endpoint', 'endpoint': {'url': 'https://x', 'properties': {'p': "
                + "{'ref': 'Region'}}}}]", "rules[0].endpoint.properties.p: is Optional<String> in an endpoint "
                + "property; properties must be set");
        cases.put("[{'conditions': [], 'type': 'endpoint', 'endpoint': {'url': 'https://x', 'properties': {'p': "
                + "[{'a': {'ref': 'Region'}}]}}}]", "rules[0].endpoint.properties.p[0].a: is Optional<String> in an "
                + "endpoint property; properties must be set");
        cases.put("[{'conditions': [{'fn': 'isSet', 'argv': [['a']]}], 'type': 'error', 'error': 'x'}]",
                "rules[0].conditions[0].argv[0]: an array or object literal can only be an endpoint property");
        cases.put("[{'conditions': [{'fn': 'coalesce', 'argv': [{'ref': 'Region'}]}], 'type': 'error', 'error': "
                + "'x'}]", "rules[0].conditions[0]: coalesce takes at least 2 arguments, got 1");
        cases.put("[{'conditions': [{'fn': 'coalesce', 'argv': [{'ref': 'Region'}, true]}], 'type': 'error', "
                + "'error': 'x'}]", "rules[0].conditions[0].argv[1]: coalesce mixes String and Boolean; its arguments "
                + "must have one type");
        cases.put("[{'conditions': [{'fn': 'ite', 'argv': [true, 'a', false]}], 'type': 'error', 'error': 'x'}]",
                "rules[0].conditions[0]: ite's branches are String and Boolean; they must have one type");
        cases.put("[{'conditions': [{'fn': 'ite', 'argv': [{'ref': 'Endpoint'}, 'a', 'b']}], 'type': 'error', "
                + "'error': 'x'}]", "rules[0].conditions[0].argv[0]: the condition of ite must be Boolean, but is "
                + "Optional<String>; give it a default with coalesce");
        cases.put("[{'conditions': [{'fn': 'ite', 'argv': [{'fn': 'isSet', 'argv': [{'ref': 'Endpoint'}]}]}], "
                + "'type': 'error', 'error': 'x'}]", "rules[0].conditions[0]: ite takes 3 arguments, got 1");
        cases.forEach((rules, problem) -> assertEquals(List.of("[E162] rules.json: " + problem),
                problems(withRules(rules)), rules));
    }

    @Test
    void iteAndCoalesceAreUnsetOnlyWhenTheirArgumentsMayBe() {
        RuleChecker.Checked checked = checked(withRules("[{'conditions': [{'fn': 'coalesce', 'argv': [{'ref': "
                + "'Endpoint'}, {'ref': 'Region'}], 'assign': 'either'}, {'fn': 'ite', 'argv': [{'ref': 'UseFIPS'}, "
                + "{'ref': 'Region'}, 'b'], 'assign': 'maybe'}, {'fn': 'ite', 'argv': [{'ref': 'UseFIPS'}, 'a', 'b'], "
                + "'assign': 'sure'}], 'type': 'endpoint', 'endpoint': {'url': '{either}{maybe}{sure}'}}]"));
        List<Condition> conditions = checked.ruleSet().rules().get(0).conditions();
        assertEquals(RuleType.optional(RuleType.STRING), checked.type(conditions.get(0).function()));
        assertEquals(RuleType.optional(RuleType.STRING), checked.type(conditions.get(1).function()));
        assertEquals(RuleType.STRING, checked.type(conditions.get(2).function()));
    }

    @Test
    void e166RefusesFieldsOfValuesWithoutFieldsAndOfElementsThatMayBeMissing() {
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[1]: getAttr 'name': 'name' reads a field, but "
                + "the value is String"), problems(withRules("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': "
                + "'Region'}]}, {'fn': 'getAttr', 'argv': [{'ref': 'Region'}, 'name']}], 'type': 'error', 'error': "
                + "'x'}]")));
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[2]: getAttr 'resourceId[0].x' reads from "
                + "Optional<String>, which may be unset; assign it in a condition or check it with isSet first"),
                problems(withRules("[{'conditions': [{'fn': 'isSet', 'argv': "
                + "[{'ref': 'Region'}]}, {'fn': 'aws.parseArn', 'argv': [{'ref': 'Region'}], 'assign': 'arn'}, "
                + "{'fn': 'getAttr', 'argv': [{'ref': 'arn'}, 'resourceId[0].x']}], 'type': 'error', 'error': 'x'}]")));
    }

    @Test
    void e163ListsWhatIsVisible() {
        assertEquals(List.of("[E163] rules.json: rules[1].conditions[0].argv[0]: 'p' is not a parameter or a value "
                + "assigned before this point; visible here: [Endpoint, Region, UseFIPS]"),
                problems(withRules("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}, {'fn': "
                        + "'aws.partition', 'argv': [{'ref': 'Region'}], 'assign': 'p'}], 'type': 'error', 'error': "
                        + "'x'}, {'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'p'}]}], 'type': 'error', "
                        + "'error': 'y'}]")));
    }

    @Test
    void e164RefusesShadowing() {
        assertEquals(List.of("[E164] rules.json: rules[0].conditions[0].assign: 'Region' is already defined here; an "
                + "assignment may not shadow a parameter or an earlier assignment"),
                problems(withRules("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'Endpoint'}], 'assign': "
                        + "'Region'}], 'type': 'error', 'error': 'x'}]")));
    }

    @Test
    void e166ChecksFieldsAndIndexesAgainstTheValue() {
        String partition = "{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}, {'fn': 'aws.partition', 'argv': "
                + "[{'ref': 'Region'}], 'assign': 'p'}";
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[2]: getAttr 'dnsSufix': Partition has no field "
                + "'dnsSufix'; its fields are [name, dnsSuffix, dualStackDnsSuffix, supportsFIPS, supportsDualStack, "
                + "implicitGlobalRegion]"), problems(withRules("[{'conditions': [" + partition + ", {'fn': 'getAttr', "
                + "'argv': [{'ref': 'p'}, 'dnsSufix']}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[2]: getAttr 'name[0]': [0] reads an array "
                + "element, but the value is String"), problems(withRules("[{'conditions': [" + partition
                + ", {'fn': 'getAttr', 'argv': [{'ref': 'p'}, 'name[0]']}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0]: getAttr 'name' reads from Optional<Partition>, "
                + "which may be unset; assign it in a condition or check it with isSet first"),
                problems(withRules("[{'conditions': [{'fn': 'getAttr', 'argv': [{'fn': 'aws.partition', 'argv': "
                        + "['us-east-1']}, 'name']}], 'type': 'error', 'error': 'x'}]")));
    }
}
