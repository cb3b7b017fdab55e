package dev.ecrgen.codegen.rules;

import static dev.ecrgen.codegen.rules.RuleSets.json;
import static dev.ecrgen.codegen.rules.RuleSets.problems;
import static dev.ecrgen.codegen.rules.RuleSets.withRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetParserTest {

    private static final String ERROR = "{'conditions': [], 'type': 'error', 'error': 'no'}";

    @Test
    void templatesSplitIntoTextReferencesAndShortGetAttrs() {
        RuleSet rules = RuleSetParser.parse(withRules("[{'conditions': [], 'type': 'endpoint', 'endpoint': "
                + "{'url': 'https://x.{Region}.{{y}}/{PartitionResult#dnsSuffix}'}}]"), "rules.json", new ArrayList<>());
        Expr.Template url = (Expr.Template) ((Rule.EndpointRule) rules.rules().get(0)).endpoint().url();
        assertEquals(List.of(new Expr.Text("https://x."), new Expr.Dynamic(new Expr.Ref("Region", "rules[0].endpoint.url")),
                new Expr.Text(".{y}/"), new Expr.Dynamic(new Expr.GetAttr(new Expr.Ref("PartitionResult",
                        "rules[0].endpoint.url"), List.of(new Expr.Field("dnsSuffix")), "dnsSuffix",
                        "rules[0].endpoint.url"))), url.parts());
    }

    @Test
    void getAttrPathsTakeFieldsAndIndexes() {
        RuleSet rules = RuleSetParser.parse(withRules("[{'conditions': [{'fn': 'aws.parseArn', 'argv': [{'ref': "
                + "'Region'}], 'assign': 'arn'}, {'fn': 'getAttr', 'argv': [{'ref': 'arn'}, 'resourceId[2]'], "
                + "'assign': 'id'}], 'type': 'error', 'error': '{id}'}]"), "rules.json", new ArrayList<>());
        Expr.GetAttr getAttr = (Expr.GetAttr) rules.rules().get(0).conditions().get(1).function();
        assertEquals(List.of(new Expr.Field("resourceId"), new Expr.Index(2)), getAttr.path());
        assertInstanceOf(Expr.Ref.class, getAttr.target());
    }

    @Test
    void e160NamesTheMissingPart() {
        assertEquals(List.of("[E160] rules.json: rules: expected an array of rules"),
                problems(json("{'version': '1.0', 'parameters': {}}")));
        assertEquals(List.of("[E160] rules.json: rules[0].type: 'maybe' is not a rule type; use endpoint, error or tree"),
                problems(withRules("[{'conditions': [], 'type': 'maybe'}]")));
        assertEquals(List.of("[E160] rules.json: rules[0]: an error rule needs an \"error\" message"),
                problems(withRules("[{'conditions': [], 'type': 'error'}]")));
        assertEquals(List.of("[E160] rules.json: rules[0].endpoint: an endpoint needs a \"url\""),
                problems(withRules("[{'conditions': [], 'type': 'endpoint', 'endpoint': {}}]")));
        assertEquals(List.of("[E160] rules.json: rules[0].conditions[0]: expected a function call: "
                + "{\"fn\": ..., \"argv\": [...]}"), problems(withRules("[{'conditions': [true], 'type': 'error', "
                + "'error': 'x'}]")));
    }

    @Test
    void e160NamesEveryMalformedPlace() {
        String bad = "{'conditions': [], 'type': 'endpoint', 'endpoint': ";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("[1]", "expected a JSON object with version, parameters and rules");
        cases.put("{'parameters': {}, 'rules': []}", "version: expected a string");
        cases.put("{'version': '1.0', 'parameters': [], 'rules': []}", "parameters: expected an object of parameters");
        cases.put("{'version': '1.0', 'parameters': {'X': {}}, 'rules': []}", "parameters.X.type: expected a string");
        cases.put("{'version': '1.0', 'parameters': {'X': {'type': 'String', 'builtIn': 1}}, 'rules': []}",
                "parameters.X.builtIn: expected a string");
        cases.put(rules("[1]"), "rules[0]: expected a rule object");
        cases.put(rules("[{'conditions': []}]"), "rules[0].type: expected a string");
        cases.put(rules("[{'conditions': {}, 'type': 'error', 'error': 'x'}]"),
                "rules[0].conditions: expected an array of conditions");
        cases.put(rules("[{'conditions': [], 'type': 'tree', 'rules': [" + ERROR + ", 2]}]"),
                "rules[0].rules[1]: expected a rule object");
        cases.put(rules("[" + bad + "'x'}]"), "rules[0].endpoint: expected an endpoint object with a url");
        cases.put(rules("[" + bad + "{'url': 'https://x', 'headers': []}}]"),
                "rules[0].endpoint.headers: expected an object of header names to arrays of values");
        cases.put(rules("[" + bad + "{'url': 'https://x', 'headers': {'h': 'v'}}}]"),
                "rules[0].endpoint.headers.h: expected an array of header values");
        cases.put(rules("[" + bad + "{'url': 'https://x', 'headers': {'h': [null]}}}]"),
                "rules[0].endpoint.headers.h[0]: a null is not a value of the rules language");
        cases.put(rules("[" + bad + "{'url': 'https://x', 'properties': []}}]"),
                "rules[0].endpoint.properties: expected an object of properties");
        cases.put(rules("[" + bad + "{'url': 'https://x', 'properties': {'p': 1.5}}}]"),
                "rules[0].endpoint.properties.p: a number is not a value of the rules language");
        cases.put(rules("[" + bad + "{'url': 1.5}}]"), "rules[0].endpoint.url: a number is not a value of the rules "
                + "language");
        cases.put(rules("[{'conditions': [], 'type': 'error', 'error': {'ref': 1}}]"),
                "rules[0].error.ref: expected the name of a parameter or assigned value");
        cases.put(rules("[{'conditions': [], 'type': 'error', 'error': {'ref': ''}}]"),
                "rules[0].error.ref: expected the name of a parameter or assigned value");
        cases.put(rules("[{'conditions': [{'fn': 1, 'argv': []}], 'type': 'error', 'error': 'x'}]"),
                "rules[0].conditions[0].fn: expected a function name");
        cases.put(rules("[{'conditions': [{'fn': 'not'}], 'type': 'error', 'error': 'x'}]"),
                "rules[0].conditions[0].argv: expected the arguments of not as an array");
        cases.put(rules("[{'conditions': [{'fn': 'not', 'argv': [null]}], 'type': 'error', 'error': 'x'}]"),
                "rules[0].conditions[0].argv[0]: a null is not a value of the rules language");
        cases.put(rules("[{'conditions': [{'fn': 'isSet', 'argv': [{'ref': 'Region'}], 'assign': 1}], "
                + "'type': 'error', 'error': 'x'}]"), "rules[0].conditions[0].assign: expected a string");
        cases.forEach((ruleSet, problem) -> assertEquals(List.of("[E160] rules.json: " + problem),
                problems(json(ruleSet)), ruleSet));
    }

    @Test
    void e166AndE168NameEveryMalformedPathAndParameter() {
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv[1]: the getAttr path is empty"),
                problems(withRules("[{'conditions': [{'fn': 'getAttr', 'argv': [{'ref': 'Region'}, '']}], "
                        + "'type': 'error', 'error': 'x'}]")));
        for (String path : List.of("a[0", "a[0]x", "a[0][")) {
            assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv[1]: '" + path + "': an index must be "
                    + "written [n]"), problems(withRules("[{'conditions': [{'fn': 'getAttr', 'argv': [{'ref': "
                    + "'Region'}, '" + path + "']}], 'type': 'error', 'error': 'x'}]")), path);
        }
        for (String index : List.of("", "x", "1234567890")) {
            assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv[1]: 'a[" + index + "]': '[" + index
                    + "]' is not an index; indexes are whole numbers from 0"), problems(withRules("[{'conditions': "
                    + "[{'fn': 'getAttr', 'argv': [{'ref': 'Region'}, 'a[" + index + "]']}], 'type': 'error', "
                    + "'error': 'x'}]")), index);
        }
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv: getAttr takes a value and a path string "
                + "such as \"name\" or \"resourceId[0]\""), problems(withRules("[{'conditions': [{'fn': 'getAttr', "
                + "'argv': [{'ref': 'Region'}, 1]}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E168] rules.json: parameters.X: expected an object with the parameter's type"),
                problems(json("{'version': '1.0', 'parameters': {'X': 1}, 'rules': []}")));
        assertEquals(List.of("[E168] rules.json: parameters.X.default: expected an array of strings for a stringArray "
                + "parameter"), problems(json("{'version': '1.0', 'parameters': {'X': {'type': 'stringArray', "
                + "'required': true, 'default': ['a', 1]}}, 'rules': []}")));
        assertEquals(List.of("[E168] rules.json: parameters.X.default: is array, but the parameter's type is String"),
                problems(json("{'version': '1.0', 'parameters': {'X': {'type': 'String', 'required': true, "
                        + "'default': ['a']}}, 'rules': []}")));
        assertEquals(List.of(), problems(json("{'version': '1.0', 'parameters': {'X': {'type': 'stringArray', "
                + "'required': true, 'default': ['a', 'b']}, 'Y': {'type': 'boolean', 'required': true, 'default': "
                + "true}, 'Z': {'type': 'STRING', 'required': true, 'default': 'z'}}, 'rules': []}")),
                "parameter types in any case, defaults of each type");
    }

    @Test
    void parametersKeepTheirTypeDefaultAndDocumentation() {
        RuleSet rules = RuleSetParser.parse(json("{'version': '1.3', 'parameters': {'X': {'type': 'stringArray', "
                + "'required': true, 'default': ['a', 'b'], 'builtIn': 'AWS::X', 'documentation': 'the x', "
                + "'deprecated': {'message': 'gone'}}, 'Y': {'type': 'Boolean'}}, 'rules': []}"), "rules.json",
                new ArrayList<>());
        RuleParameter x = rules.parameters().get("X");
        assertEquals(RuleType.STRING_ARRAY, x.type());
        assertEquals(List.of("a", "b"), x.defaultValue());
        assertEquals("AWS::X", x.builtIn());
        assertEquals("the x", x.documentation());
        assertEquals("gone", x.deprecatedMessage());
        assertEquals(true, x.required());
        RuleParameter y = rules.parameters().get("Y");
        assertEquals(false, y.required());
        assertEquals(null, y.defaultValue());
        assertEquals(null, y.deprecatedMessage());
        assertEquals("1.3", rules.version());
    }

    @Test
    void e161ListsTheKnownFunctions() {
        assertEquals(List.of("[E161] rules.json: rules[0].conditions[0].fn: 'aws.frobnicate' is not a function of the "
                + "rules language that ecrgen compiles; known functions are [aws.isVirtualHostableS3Bucket, "
                + "aws.parseArn, aws.partition, booleanEquals, coalesce, getAttr, isSet, isValidHostLabel, ite, not, "
                + "parseURL, split, stringEquals, substring, uriEncode]"),
                problems(withRules("[{'conditions': [{'fn': 'aws.frobnicate', 'argv': []}], 'type': 'error', "
                        + "'error': 'x'}]")));
    }

    @Test
    void e165RejectsUnbalancedTemplates() {
        assertEquals(List.of("[E165] rules.json: rules[0].error: 'a {Region' has an unmatched '{'; write '{{' for a brace"),
                problems(withRules("[{'conditions': [], 'type': 'error', 'error': 'a {Region'}]")));
        assertEquals(List.of("[E165] rules.json: rules[0].error: 'a } b' has an unmatched '}'; write '}}' for a brace"),
                problems(withRules("[{'conditions': [], 'type': 'error', 'error': 'a } b'}]")));
        assertEquals(List.of("[E165] rules.json: rules[0].error: 'a }' has an unmatched '}'; write '}}' for a brace"),
                problems(withRules("[{'conditions': [], 'type': 'error', 'error': 'a }'}]")), "at the very end");
        assertEquals(List.of("[E165] rules.json: rules[0].error: 'a {} b': '{}' does not name a value; write {Name} or "
                + "{Name#path}"), problems(withRules("[{'conditions': [], 'type': 'error', 'error': 'a {} b'}]")));
    }

    @Test
    void e166RejectsPathsThatAreNotFieldsAndIndexes() {
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv[1]: 'a..b' has an empty field name"),
                problems(withRules("[{'conditions': [{'fn': 'getAttr', 'argv': [{'ref': 'Region'}, 'a..b']}], "
                        + "'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv[1]: 'a[-1]': '[-1]' is not an index; "
                + "indexes are whole numbers from 0"), problems(withRules("[{'conditions': [{'fn': 'getAttr', 'argv': "
                + "[{'ref': 'Region'}, 'a[-1]']}], 'type': 'error', 'error': 'x'}]")));
        assertEquals(List.of("[E166] rules.json: rules[0].conditions[0].argv: getAttr takes a value and a path string "
                + "such as \"name\" or \"resourceId[0]\""), problems(withRules("[{'conditions': [{'fn': 'getAttr', "
                + "'argv': [{'ref': 'Region'}]}], 'type': 'error', 'error': 'x'}]")));
    }

    @Test
    void e167RefusesOtherVersionsAndTheDecisionDiagramForm() {
        assertEquals(List.of("[E167] rules.json: version: '2.0' is not a rules language version ecrgen compiles; it "
                + "compiles versions 1.x"), problems(json("{'version': '2.0', 'parameters': {}, 'rules': []}")));
        assertEquals(List.of("[E167] rules.json: is a rule set in decision-diagram form, which ecrgen does not compile; "
                + "use the tree form (parameters and rules)"),
                problems(json("{'version': '1.1', 'parameters': {}, 'nodes': '', 'results': []}")));
    }

    @Test
    void e168ChecksParameterTypesAndDefaults() {
        assertEquals(List.of("[E168] rules.json: parameters.X.type: 'Number' is not a parameter type; use String, "
                + "Boolean or stringArray"), problems(json("{'version': '1.0', 'parameters': {'X': {'type': "
                + "'Number'}}, 'rules': []}")));
        assertEquals(List.of("[E168] rules.json: parameters.X.default: is string, but the parameter's type is Boolean"),
                problems(json("{'version': '1.0', 'parameters': {'X': {'type': 'Boolean', 'required': true, "
                        + "'default': 'yes'}}, 'rules': []}")));
        assertEquals(List.of("[E168] rules.json: parameters.X: has a default but is not required; a parameter with a "
                + "default must be marked \"required\": true"), problems(json("{'version': '1.0', 'parameters': "
                + "{'X': {'type': 'String', 'default': 'a'}}, 'rules': []}")));
    }

    /** A rule set with one optional String parameter, Region, and the given rules (a JSON array). */
    private static String rules(String rules) {
        return "{'version': '1.0', 'parameters': {'Region': {'type': 'String'}}, 'rules': " + rules + "}";
    }
}
