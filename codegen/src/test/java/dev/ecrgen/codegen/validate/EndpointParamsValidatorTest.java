package dev.ecrgen.codegen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E170 to E172: how a model's context parameters and the rule set's built-ins fit the endpoint rule set. */
class EndpointParamsValidatorTest {
    private static final String RULES = """
            {"version": "1.0",
             "parameters": {
               "Region": {"type": "String", "builtIn": "AWS::Region"},
               "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
               "Bucket": {"type": "String"},
               "Keys": {"type": "stringArray"},
               "Flag": {"type": "Boolean"}
             },
             "rules": [{"conditions": [], "type": "error", "error": "no endpoint"}]}
            """;
    private static final String MODEL = ModelValidatorTest.MODEL
            .replace("\"name\": \"ListThings\",", "\"name\": \"ListThings\", \"staticContextParams\": {\"Flag\": {\"value\":"
                    + " true}, \"Keys\": {\"value\": [\"a\", \"b\"]}}, \"operationContextParams\": {\"Bucket\": {\"path\":"
                    + " \"nextToken\"}},")
            .replace("\"nextToken\": {\"shape\": \"Text\"}, \"maxResults\"",
                    "\"nextToken\": {\"shape\": \"Text\", \"contextParam\": {\"name\": \"Bucket\"}}, \"maxResults\"");

    @Test
    void aModelThatFitsItsRuleSetHasNoProblems() {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), problems(MODEL, RULES, null, warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void e170ContextParameterTheRuleSetDoesNotDefine() {
        String parameters = "; its parameters are [Region, UseFIPS, Bucket, Keys, Flag]";
        assertEquals(List.of("[E170] operations.ListThings.staticContextParams.Flags: names 'Flags', which the endpoint"
                        + " rule set does not define" + parameters),
                problems(MODEL.replace("{\"Flag\": {\"value\"", "{\"Flags\": {\"value\""), RULES, null, null));
        assertEquals(List.of("[E170] operations.ListThings.operationContextParams.Buckets: names 'Buckets', which the"
                        + " endpoint rule set does not define" + parameters),
                problems(MODEL.replace("{\"Bucket\": {\"path\"", "{\"Buckets\": {\"path\""), RULES, null, null));
        assertEquals(List.of("[E170] shapes.ListThingsRequest.members.nextToken.contextParam: names 'Bucket2', which"
                        + " the endpoint rule set does not define" + parameters),
                problems(MODEL.replace("{\"name\": \"Bucket\"}", "{\"name\": \"Bucket2\"}"), RULES, null, null));
    }

    @Test
    void e170OnlyForTheOperationsGenerated() {
        String broken = MODEL.replace("{\"Flag\": {\"value\"", "{\"Flags\": {\"value\"");
        assertEquals(List.of(), problems(broken, RULES, List.of("Other"), null));
        assertEquals(1, problems(broken, RULES, List.of("ListThings"), null).size());
        assertEquals(1, problems(broken, RULES, List.of(), null).size());
    }

    @Test
    void e171ValueOfTheWrongType() {
        assertEquals(List.of("[E171] operations.ListThings.staticContextParams.Flag: gives \"yes\" to the rule set's"
                        + " Boolean parameter Flag"),
                problems(MODEL.replace("{\"Flag\": {\"value\": true}", "{\"Flag\": {\"value\": \"yes\"}"), RULES, null,
                        null));
        assertEquals(List.of("[E171] operations.ListThings.staticContextParams.Keys: gives [\"a\",3] to the rule set's"
                        + " Array<String> parameter Keys"),
                problems(MODEL.replace("[\"a\", \"b\"]", "[\"a\", 3]"), RULES, null, null));
        assertEquals(List.of("[E171] operations.ListThings.staticContextParams.Keys: gives \"a\" to the rule set's"
                        + " Array<String> parameter Keys"),
                problems(MODEL.replace("[\"a\", \"b\"]", "\"a\""), RULES, null, null));
        assertEquals(List.of("[E171] operations.ListThings.staticContextParams.Bucket: gives 7 to the rule set's"
                        + " String parameter Bucket"),
                problems(MODEL.replace("{\"Flag\": {\"value\": true}", "{\"Bucket\": {\"value\": 7}"), RULES, null,
                        null));
        assertEquals(List.of("[E171] shapes.ListThingsRequest.members.nextToken.contextParam: gives a string (Text) to"
                        + " the rule set's Boolean parameter Flag"),
                problems(MODEL.replace("{\"name\": \"Bucket\"}", "{\"name\": \"Flag\"}"), RULES, null, null));
        assertEquals(List.of("[E171] shapes.ListThingsRequest.members.nextToken.contextParam: gives a string (Text) to"
                        + " the rule set's Array<String> parameter Keys"),
                problems(MODEL.replace("{\"name\": \"Bucket\"}", "{\"name\": \"Keys\"}"), RULES, null, null));
    }

    @Test
    void contextParamsFitByShapeType() {
        String withMembers = MODEL.replace("\"maxResults\": {\"shape\": \"Count\"}",
                "\"maxResults\": {\"shape\": \"Count\", \"contextParam\": {\"name\": \"Region\"}}");
        assertEquals(List.of("[E171] shapes.ListThingsRequest.members.maxResults.contextParam: gives a integer (Count)"
                + " to the rule set's String parameter Region"), problems(withMembers, RULES, null, null));
        String flag = MODEL.replace("\"maxResults\": {\"shape\": \"Count\"}",
                "\"maxResults\": {\"shape\": \"Flag\", \"contextParam\": {\"name\": \"Flag\"}}");
        assertEquals(List.of(), problems(flag, RULES, null, null));
        String keys = MODEL.replace("\"maxResults\": {\"shape\": \"Count\"}",
                "\"maxResults\": {\"shape\": \"ThingList\", \"contextParam\": {\"name\": \"Keys\"}}");
        assertEquals(List.of(), problems(keys, RULES, null, null));
        String counts = keys.replace("\"type\": \"list\", \"member\": {\"shape\": \"Text\"}",
                "\"type\": \"list\", \"member\": {\"shape\": \"Count\"}");
        assertEquals(List.of("[E171] shapes.ListThingsRequest.members.maxResults.contextParam: gives a list"
                + " (ThingList) to the rule set's Array<String> parameter Keys"), problems(counts, RULES, null, null));
    }

    @Test
    void staticValuesOfTheRightTypeFit() {
        assertEquals(List.of(), problems(MODEL.replace("{\"Flag\": {\"value\": true}", "{\"Bucket\": {\"value\": \"b\"}"),
                RULES, null, null));
        assertEquals(List.of(), problems(MODEL.replace("[\"a\", \"b\"]", "[]"), RULES, null, null));
    }

    @Test
    void e172BuiltInDeclaredWithTheWrongType() {
        assertEquals(List.of("[E172] rules.json: parameters.UseFIPS: takes the built-in AWS::UseFIPS, which is a"
                        + " Boolean, but is declared String"),
                problems(MODEL, RULES.replace("\"UseFIPS\": {\"type\": \"Boolean\", \"builtIn\": \"AWS::UseFIPS\","
                        + " \"required\": true, \"default\": false}", "\"UseFIPS\": {\"type\": \"String\", \"builtIn\":"
                        + " \"AWS::UseFIPS\"}"), null, null));
    }

    @Test
    void anUnknownBuiltInIsAWarning() {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), problems(MODEL, RULES.replace("\"Bucket\": {\"type\": \"String\"}",
                "\"Bucket\": {\"type\": \"String\", \"builtIn\": \"AWS::S3::Bucket\"}"), null, warnings));
        assertEquals(List.of("endpoint rule set parameter Bucket takes the built-in AWS::S3::Bucket, which ecrgen"
                + " clients do not fill; set it through a custom endpoint provider if needed"), warnings);
    }

    private static List<String> problems(String model, String rules, List<String> selected, List<String> warnings) {
        ServiceModel service = ModelLoader.parse(model.getBytes(StandardCharsets.UTF_8), "service-2.json",
                ServiceModel.class);
        ModelBundle bundle = new ModelBundle(service, null, null,
                ModelLoader.parseRules(rules.getBytes(StandardCharsets.UTF_8), "rules.json"), "service-2.json");
        List<String> sink = warnings == null ? new ArrayList<>() : warnings;
        return EndpointParamsValidator.validate(bundle, selected, sink::add).stream().map(Problem::toString).toList();
    }
}
