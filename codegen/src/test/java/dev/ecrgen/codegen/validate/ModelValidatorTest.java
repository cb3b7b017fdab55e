package dev.ecrgen.codegen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each validation code, one broken model apiece, with the exact report: code, place and message. */
class ModelValidatorTest {
    static final String MODEL = """
            {
              "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo", "serviceId": "Demo",
                           "endpointPrefix": "demo", "signingName": "demo"},
              "operations": {
                "ListThings": {"name": "ListThings", "http": {"method": "POST", "requestUri": "/"},
                               "endpoint": {"hostPrefix": "{hostId}."},
                               "input": {"shape": "ListThingsRequest"}, "output": {"shape": "ListThingsResponse"}}
              },
              "shapes": {
                "ListThingsRequest": {"type": "structure", "required": ["hostId"],
                  "members": {"nextToken": {"shape": "Text"}, "maxResults": {"shape": "Count"},
                              "hostId": {"shape": "Text", "hostLabel": true}}},
                "ListThingsResponse": {"type": "structure",
                  "members": {"things": {"shape": "ThingList"}, "nextToken": {"shape": "Text"},
                              "status": {"shape": "Text"}, "count": {"shape": "Count"}, "done": {"shape": "Flag"},
                              "tags": {"shape": "Tags"}, "at": {"shape": "When"}}},
                "ThingList": {"type": "list", "member": {"shape": "Text"}},
                "Tags": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
                "Count": {"type": "integer"},
                "Flag": {"type": "boolean"},
                "When": {"type": "timestamp", "timestampFormat": "iso8601"},
                "Text": {"type": "string"}
              }
            }
            """;
    static final String PAGINATORS = """
            {"pagination": {"ListThings": {"input_token": "nextToken", "output_token": "nextToken",
                                           "limit_key": "maxResults", "result_key": "things"}}}
            """;
    static final String WAITERS = """
            {"version": 2, "waiters": {"ThingsReady": {"operation": "ListThings", "delay": 5, "maxAttempts": 3,
              "acceptors": [{"matcher": "path", "argument": "status", "state": "success", "expected": "READY"},
                            {"matcher": "pathAll", "argument": "things", "state": "retry", "expected": "x"},
                            {"matcher": "status", "state": "failure", "expected": 500},
                            {"matcher": "error", "state": "retry", "expected": "Busy"}]}}}
            """;

    @Test
    void theBaseModelIsValid() {
        assertEquals(List.of(), problems(MODEL, PAGINATORS, WAITERS));
    }

    @Test
    void e100MissingMetadata() {
        assertProblems(MODEL.replaceFirst("(?s)\"metadata\": \\{.*?\"signingName\": \"demo\"},", ""),
                "[E100] metadata: is missing; a model needs metadata with protocol and serviceId");
    }

    @Test
    void e101UnsupportedProtocol() {
        assertProblems(MODEL.replace("\"protocol\": \"json\"", "\"protocol\": \"query\""),
                "[E101] metadata.protocol: 'query' is not supported; ecrgen generates clients for the AWS JSON protocol"
                        + " (\"json\", awsJson1_0 and awsJson1_1)");
        assertProblems(MODEL.replace("\"protocol\": \"json\", ", ""),
                "[E101] metadata.protocol: is missing; ecrgen generates clients for the AWS JSON protocol"
                        + " (\"json\", awsJson1_0 and awsJson1_1)");
    }

    @Test
    void e103NoNameForTheService() {
        String anonymous = MODEL.replace("\"serviceId\": \"Demo\",", "").replace("\"endpointPrefix\": \"demo\",", "");
        assertProblems(anonymous, "[E103] metadata.serviceId: is missing (and so are serviceAbbreviation and"
                + " endpointPrefix); it names the client classes");
        assertProblems(anonymous.replace("\"signingName\"", "\"serviceAbbreviation\": \"Demo\", \"signingName\""));
        assertProblems(anonymous.replace("\"signingName\"", "\"endpointPrefix\": \"demo\", \"signingName\""));
        assertProblems(anonymous.replace("\"signingName\"", "\"serviceId\": \" \", \"signingName\""),
                "[E103] metadata.serviceId: is missing (and so are serviceAbbreviation and"
                        + " endpointPrefix); it names the client classes");
    }

    @Test
    void e104UnknownJsonVersion() {
        assertProblems(MODEL.replace("\"jsonVersion\": \"1.1\"", "\"jsonVersion\": \"2.0\""),
                "[E104] metadata.jsonVersion: '2.0' is not a JSON protocol version; use 1.0 or 1.1");
        assertProblems(MODEL.replace("\"jsonVersion\": \"1.1\"", "\"jsonVersion\": \"1.0\""));
        assertProblems(MODEL.replace("\"jsonVersion\": \"1.1\", ", ""));
    }

    @Test
    void e110ShapeWithoutAKnownType() {
        assertProblems(MODEL.replace("\"Flag\": {\"type\": \"boolean\"}", "\"Flag\": null"),
                "[E110] shapes.Flag: is null; give the shape a type");
        assertProblems(MODEL.replace("\"Flag\": {\"type\": \"boolean\"}", "\"Flag\": {\"type\": \"union\"}"),
                "[E110] shapes.Flag.type: 'union' is unknown; use one of [bigdecimal, biginteger, blob, boolean, byte,"
                        + " double, float, integer, list, long, map, short, string, structure, timestamp]");
        assertProblems(MODEL.replace("\"Flag\": {\"type\": \"boolean\"}", "\"Flag\": {}"),
                "[E110] shapes.Flag.type: is missing; use one of [bigdecimal, biginteger, blob, boolean, byte,"
                        + " double, float, integer, list, long, map, short, string, structure, timestamp]");
    }

    @Test
    void e111ReferenceThatDoesNotResolve() {
        assertProblems(MODEL.replace("\"done\": {\"shape\": \"Flag\"}", "\"done\": {\"documentation\": \"x\"}"),
                "[E111] shapes.ListThingsResponse.members.done: has no shape; add {\"shape\": \"...\"}");
        assertProblems(MODEL.replace("\"done\": {\"shape\": \"Flag\"}", "\"done\": {\"shape\": \"Flags\"}"),
                "[E111] shapes.ListThingsResponse.members.done: refers to shape 'Flags', which the model does not"
                        + " define; add it to shapes or fix the name");
    }

    @Test
    void e112ListWithoutMember() {
        assertProblems(MODEL.replace("\"type\": \"list\", \"member\": {\"shape\": \"Text\"}", "\"type\": \"list\""),
                "[E112] shapes.ThingList.member: is missing; a list needs {\"shape\": ...} for its elements");
        assertProblems(MODEL.replace("\"member\": {\"shape\": \"Text\"}", "\"member\": {\"shape\": \"Texts\"}"),
                "[E111] shapes.ThingList.member: refers to shape 'Texts', which the model does not define; add it to"
                        + " shapes or fix the name");
    }

    @Test
    void e113MapWithoutKeyOrValue() {
        assertProblems(MODEL.replace(", \"value\": {\"shape\": \"Text\"}", ""),
                "[E113] shapes.Tags: a map needs both key and value references");
        assertProblems(MODEL.replace("\"key\": {\"shape\": \"Text\"}, ", ""),
                "[E113] shapes.Tags: a map needs both key and value references");
        assertProblems(MODEL.replace("\"value\": {\"shape\": \"Text\"}", "\"value\": {\"shape\": \"Txt\"}"),
                "[E111] shapes.Tags.value: refers to shape 'Txt', which the model does not define; add it to shapes"
                        + " or fix the name");
    }

    @Test
    void e114RequiredNamesNoMember() {
        assertProblems(MODEL.replace("\"required\": [\"hostId\"]", "\"required\": [\"hostId\", \"host\"]"),
                "[E114] shapes.ListThingsRequest.required: names 'host', which is not a member; members are"
                        + " [nextToken, maxResults, hostId]");
    }

    @Test
    void e115UnknownTimestampFormat() {
        assertProblems(MODEL.replace("\"timestampFormat\": \"iso8601\"", "\"timestampFormat\": \"epoch\""),
                "[E115] shapes.When.timestampFormat: 'epoch' is not a timestamp format; use one of "
                        + ModelValidator.TIMESTAMP_FORMATS);
        assertProblems(MODEL.replace("\"at\": {\"shape\": \"When\"}",
                        "\"at\": {\"shape\": \"When\", \"timestampFormat\": \"rfc3339\"}"),
                "[E115] shapes.ListThingsResponse.members.at.timestampFormat: 'rfc3339' is not a timestamp format;"
                        + " use one of " + ModelValidator.TIMESTAMP_FORMATS);
        assertProblems(MODEL.replace("\"at\": {\"shape\": \"When\"}",
                "\"at\": {\"shape\": \"When\", \"timestampFormat\": \"unixTimestamp\"}"));
    }

    @Test
    void e116MapKeyThatIsNotAString() {
        assertProblems(MODEL.replace("\"key\": {\"shape\": \"Text\"}", "\"key\": {\"shape\": \"Count\"}"),
                "[E116] shapes.Tags.key: refers to Count of type integer; JSON object keys must be strings");
        assertProblems(MODEL.replace("\"key\": {\"shape\": \"Text\"}", "\"key\": {\"shape\": \"Key\"}"),
                "[E111] shapes.Tags.key: refers to shape 'Key', which the model does not define; add it to shapes or"
                        + " fix the name");
    }

    @Test
    void e120OperationNullOrMisnamed() {
        assertProblems(MODEL.replace("\"name\": \"ListThings\"", "\"name\": \"ListThing\""),
                "[E120] operations.ListThings.name: is 'ListThing' but the operation is listed as 'ListThings';"
                        + " make them equal");
        assertProblems(MODEL.replace("\"name\": \"ListThings\", ", ""));
        assertEquals(List.of("[E120] operations.Nothing: is null"), problems(MODEL.replace("\"operations\": {",
                "\"operations\": {\"Nothing\": null,"), null, null).stream().map(Problem::toString).toList());
    }

    @Test
    void e121OperationShapesMustBeStructures() {
        assertProblems(MODEL.replace("\"output\": {\"shape\": \"ListThingsResponse\"}", "\"output\": {\"shape\": \"Text\"}"),
                "[E121] operations.ListThings.output: refers to Text of type string; operation inputs, outputs and"
                        + " errors must be structures");
        assertProblems(MODEL.replace("\"input\": {\"shape\": \"ListThingsRequest\"}",
                        "\"input\": {\"shape\": \"ListThingsRequest\"}, \"errors\": [{\"shape\": \"Tags\"}]"),
                "[E121] operations.ListThings.errors[0]: refers to Tags of type map; operation inputs, outputs and"
                        + " errors must be structures");
        assertProblems(MODEL.replace("\"input\": {\"shape\": \"ListThingsRequest\"}", "\"input\": {\"shape\": \"No\"}"),
                "[E111] operations.ListThings.input: refers to shape 'No', which the model does not define; add it to"
                        + " shapes or fix the name",
                "[E123] operations.ListThings.endpoint.hostPrefix: uses {hostId}, which is not an input member marked"
                        + " hostLabel; add the member with \"hostLabel\": true or fix the prefix");
    }

    @Test
    void e123HostPrefixLabelsMustBeHostLabelMembers() {
        String message = ", which is not an input member marked hostLabel; add the member with \"hostLabel\": true or"
                + " fix the prefix";
        assertProblems(MODEL.replace("\"{hostId}.\"", "\"{hostId}-{zone}.\""),
                "[E123] operations.ListThings.endpoint.hostPrefix: uses {zone}" + message);
        assertProblems(MODEL.replace(", \"hostLabel\": true", ""),
                "[E123] operations.ListThings.endpoint.hostPrefix: uses {hostId}" + message);
        assertProblems(MODEL.replace("\"endpoint\": {\"hostPrefix\": \"{hostId}.\"},", "\"endpoint\": {},"));
        assertProblems(MODEL.replace("\"input\": {\"shape\": \"ListThingsRequest\"}, ", ""),
                "[E123] operations.ListThings.endpoint.hostPrefix: uses {hostId}" + message);
    }

    @Test
    void e130PaginatorForAnUnknownOperation() {
        assertWorkflow(MODEL, PAGINATORS.replace("\"ListThings\"", "\"ListThing\""), WAITERS,
                "[E130] paginators.ListThing: names an operation the model does not define");
    }

    @Test
    void e131PaginatorInputMembers() {
        assertWorkflow(MODEL, PAGINATORS.replace("\"input_token\": \"nextToken\"", "\"input_token\": \"token\""), WAITERS,
                "[E131] paginators.ListThings.input_token: names 'token', which is not a member of the operation's"
                        + " input; members are [nextToken, maxResults, hostId]");
        assertWorkflow(MODEL, PAGINATORS.replace("\"limit_key\": \"maxResults\"", "\"limit_key\": \"limit\""), WAITERS,
                "[E131] paginators.ListThings.limit_key: names 'limit', which is not a member of the operation's"
                        + " input; members are [nextToken, maxResults, hostId]");
        assertWorkflow(MODEL.replace("\"input\": {\"shape\": \"ListThingsRequest\"}, ", "")
                        .replace("\"endpoint\": {\"hostPrefix\": \"{hostId}.\"},", ""), PAGINATORS, WAITERS,
                "[E131] paginators.ListThings.input_token: names 'nextToken', which is not a member of the"
                        + " operation's input",
                "[E131] paginators.ListThings.limit_key: names 'maxResults', which is not a member of the"
                        + " operation's input");
    }

    @Test
    void e132PaginatorOutputPaths() {
        assertWorkflow(MODEL, PAGINATORS.replace("\"output_token\": \"nextToken\"", "\"output_token\": \"next\""),
                WAITERS, "[E132] paginators.ListThings.output_token: 'next' at position 0: 'next' is not a member of"
                        + " structure ListThingsResponse; its members are [things, nextToken, status, count, done, tags, at]");
        assertWorkflow(MODEL, PAGINATORS.replace("\"result_key\": \"things\"", "\"result_key\": \"thing\""),
                WAITERS, "[E132] paginators.ListThings.result_key: 'thing' at position 0: 'thing' is not a member of"
                        + " structure ListThingsResponse; its members are [things, nextToken, status, count, done, tags, at]");
        assertWorkflow(MODEL, PAGINATORS.replace("\"result_key\": \"things\"",
                        "\"result_key\": \"things\", \"non_aggregate_keys\": [\"count\", \"cnt\"], \"more_results\": \"dne\""),
                WAITERS, "[E132] paginators.ListThings.non_aggregate_keys: 'cnt' at position 0: 'cnt' is not a member"
                        + " of structure ListThingsResponse; its members are [things, nextToken, status, count, done, tags,"
                        + " at]",
                "[E132] paginators.ListThings.more_results: 'dne' at position 0: 'dne' is not a member of structure"
                        + " ListThingsResponse; its members are [things, nextToken, status, count, done, tags, at]");
        assertWorkflow(MODEL, PAGINATORS.replace("\"result_key\": \"things\"",
                "\"result_key\": \"things\", \"non_aggregate_keys\": [\"count\"], \"more_results\": \"done\""), WAITERS);
    }

    @Test
    void e134TokensMustPairUp() {
        assertWorkflow(MODEL, PAGINATORS.replace("\"output_token\": \"nextToken\"",
                        "\"output_token\": [\"nextToken\", \"status\"]"), WAITERS,
                "[E134] paginators.ListThings: has 1 input tokens but 2 output tokens; they must pair up");
    }

    @Test
    void e140WaiterForAnUnknownOperation() {
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"operation\": \"ListThings\"", "\"operation\": \"GetThing\""),
                "[E140] waiters.ThingsReady.operation: names 'GetThing', which the model does not define");
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"operation\": \"ListThings\", ", ""),
                "[E140] waiters.ThingsReady.operation: names 'null', which the model does not define");
    }

    @Test
    void e141UnknownMatcher() {
        Problem problem = single(MODEL, PAGINATORS, WAITERS.replace("\"matcher\": \"status\"", "\"matcher\": \"code\""));
        assertEquals("E141", problem.code());
        assertEquals("waiters.ThingsReady.acceptors[2].matcher", problem.where());
        assertEquals(List.of("error", "path", "pathAll", "pathAny", "status"), sortedSet(problem.message()
                .replace("'code' is not one of ", "")));
    }

    @Test
    void e142UnknownState() {
        Problem problem = single(MODEL, PAGINATORS, WAITERS.replace("\"state\": \"failure\"", "\"state\": \"failed\""));
        assertEquals("E142", problem.code());
        assertEquals("waiters.ThingsReady.acceptors[2].state", problem.where());
        assertEquals(List.of("failure", "retry", "success"), sortedSet(problem.message().replace(
                "'failed' is not one of ", "")));
    }

    @Test
    void e143WaiterWithoutAcceptors() {
        assertWorkflow(MODEL, PAGINATORS, "{\"version\": 2, \"waiters\": {\"Never\": {\"operation\": \"ListThings\","
                        + " \"delay\": 5, \"maxAttempts\": 3, \"acceptors\": []}}}",
                "[E143] waiters.Never.acceptors: is empty; a waiter needs at least one acceptor");
        assertWorkflow(MODEL, PAGINATORS, "{\"version\": 2, \"waiters\": {\"Never\": {\"operation\": \"ListThings\"}}}",
                "[E143] waiters.Never.acceptors: is empty; a waiter needs at least one acceptor");
    }

    @Test
    void e145WaiterPathsMustFitTheOutput() {
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"argument\": \"status\"", "\"argument\": \"state\""),
                "[E145] waiters.ThingsReady.acceptors[0].argument: 'state' at position 0: 'state' is not a member of"
                        + " structure ListThingsResponse; its members are [things, nextToken, status, count, done, tags, at]");
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"matcher\": \"pathAll\", \"argument\": \"things\"",
                        "\"matcher\": \"pathAny\", \"argument\": \"status\""),
                "[E145] waiters.ThingsReady.acceptors[1].argument: the pathAny matcher needs a list, but 'status'"
                        + " yields a string");
    }

    @Test
    void e146ExpectedValueOfTheWrongType() {
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"expected\": \"READY\"", "\"expected\": true"),
                "[E146] waiters.ThingsReady.acceptors[0].expected: the acceptor can never match: 'status' is a string,"
                        + " but the expected value true is a boolean");
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"argument\": \"things\", \"state\": \"retry\", \"expected\": \"x\"",
                        "\"argument\": \"things\", \"state\": \"retry\", \"expected\": 3"),
                "[E146] waiters.ThingsReady.acceptors[1].expected: the acceptor can never match: each element of"
                        + " 'things' is a string, but the expected value 3 is a number");
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"argument\": \"status\", \"state\": \"success\", \"expected\": \"READY\"",
                "\"argument\": \"count\", \"state\": \"success\", \"expected\": 3"));
        assertWorkflow(MODEL, PAGINATORS, WAITERS.replace("\"argument\": \"status\", \"state\": \"success\", \"expected\": \"READY\"",
                        "\"argument\": \"count\", \"state\": \"success\", \"expected\": \"3\""),
                "[E146] waiters.ThingsReady.acceptors[0].expected: the acceptor can never match: 'count' is an integer,"
                        + " but the expected value \"3\" is a string");
    }

    private static List<String> sortedSet(String text) {
        return List.of(text.replaceAll("[\\[\\] ]", "").split(",")).stream().sorted().toList();
    }

    private static Problem single(String model, String paginators, String waiters) {
        List<Problem> problems = problems(model, paginators, waiters);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertProblems(String model, String... expected) {
        assertWorkflow(model, null, null, expected);
    }

    private static void assertWorkflow(String model, String paginators, String waiters, String... expected) {
        assertEquals(List.of(expected), problems(model, paginators, waiters).stream().map(Problem::toString).toList());
    }

    static List<Problem> problems(String model, String paginators, String waiters) {
        return ModelValidator.validate(bundle(model, paginators, waiters));
    }

    static ModelBundle bundle(String model, String paginators, String waiters) {
        ServiceModel service = ModelLoader.parse(model.getBytes(StandardCharsets.UTF_8), "service-2.json",
                ServiceModel.class);
        Paginators pages = paginators == null ? null
                : ModelLoader.parse(paginators.getBytes(StandardCharsets.UTF_8), "paginators-1.json", Paginators.class);
        Waiters waits = waiters == null ? null
                : ModelLoader.parse(waiters.getBytes(StandardCharsets.UTF_8), "waiters-2.json", Waiters.class);
        return new ModelBundle(service, pages, waits, "service-2.json");
    }

    static List<String> strings(List<Problem> problems) {
        return new ArrayList<>(problems.stream().map(Problem::toString).toList());
    }
}
