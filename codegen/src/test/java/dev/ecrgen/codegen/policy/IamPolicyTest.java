package dev.ecrgen.codegen.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamPolicyTest {
    private static ServiceModel ecr() throws IOException {
        try (InputStream in = IamPolicyTest.class.getClassLoader()
                .getResourceAsStream("models/ecr/2015-09-21/service-2.json")) {
            return ModelLoader.parse(in.readAllBytes(), "ecr", ServiceModel.class);
        }
    }

    private static Metadata metadata(String signingName, String endpointPrefix) {
        return new Metadata(null, endpointPrefix, null, "json", null, null, "Demo", null, signingName, "Demo", null, null);
    }

    @Test
    void everyOperationOfEcrUnderTheEcrPrefix() throws IOException {
        ServiceModel model = ecr();
        IamPolicy policy = IamPolicy.forOperations(model, List.of());
        assertEquals("ecr", policy.statements().get(0).prefix());
        assertEquals(IamPolicy.CLIENT_OPERATIONS_SID, policy.statements().get(0).sid());
        assertEquals(model.operations().size(), policy.actions().size());
        assertEquals("ecr:BatchCheckLayerAvailability", policy.actions().get(0));
        assertTrue(policy.actions().contains("ecr:GetAuthorizationToken"));
        assertEquals(policy.actions().stream().sorted().toList(), policy.actions());
    }

    @Test
    void allowListGivesExactlyThoseActions() throws IOException {
        IamPolicy policy = IamPolicy.forOperations(ecr(), List.of("PutImage", "BatchCheckLayerAvailability"));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowGeneratedClientOperations\","
                + "\"Effect\":\"Allow\",\"Action\":[\"ecr:BatchCheckLayerAvailability\",\"ecr:PutImage\"],"
                + "\"Resource\":\"*\"}]}", policy.toJson().toString());
    }

    @Test
    void unknownOperationNamesTheValidOnes() {
        ServiceModel model = ModelLoader.parse("""
                {"metadata": {"signingName": "demo"}, "operations": {"Ping": {}, "Echo": {}}}
                """.getBytes(StandardCharsets.UTF_8), "demo", ServiceModel.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IamPolicy.forOperations(model, List.of("Pong")));
        assertEquals("'Pong' is not an operation of the model; valid names are [Echo, Ping]", e.getMessage());
    }

    @Test
    void prefixIsTheSigningNameElseTheEndpointPrefix() {
        assertEquals("ecr", IamPolicy.actionPrefix(metadata("ecr", "api.ecr")));
        assertEquals("ecr", IamPolicy.actionPrefix(metadata(null, "api.ecr")));
        assertEquals("dynamodb", IamPolicy.actionPrefix(metadata(" ", "DynamoDB")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IamPolicy.actionPrefix(metadata(null, null)));
        assertEquals("the model's metadata has neither signingName nor endpointPrefix, so the IAM action prefix is "
                + "unknown", e.getMessage());
    }

    @Test
    void statementsPerServiceAndAnEmptyPolicy() {
        IamPolicy policy = IamPolicy.of(List.of(
                IamPolicy.Statement.of("AllowEcrCalls", "ecr", List.of("PutImage", "DescribeImages")),
                IamPolicy.Statement.of("AllowSqsCalls", "sqs", List.of("SendMessage"))));
        assertEquals(List.of("ecr:DescribeImages", "ecr:PutImage", "sqs:SendMessage"), policy.actions());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowEcrCalls\",\"Effect\":\"Allow\","
                + "\"Action\":[\"ecr:DescribeImages\",\"ecr:PutImage\"],\"Resource\":\"*\"},{\"Sid\":\"AllowSqsCalls\","
                + "\"Effect\":\"Allow\",\"Action\":[\"sqs:SendMessage\"],\"Resource\":\"*\"}]}",
                policy.toJson().toString());
        assertEquals("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n", IamPolicy.of(List.of()).toText());
    }
}
