package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final Names names = new Names("ECR", "dev.ecrgen.services.ecr");

    @Test
    void serviceNamesFollowTheAwsSdk() {
        assertEquals("Ecr", Names.serviceName("ECR"));
        assertEquals("SecretsManager", Names.serviceName("Secrets Manager"));
        assertEquals("CloudWatchLogs", Names.serviceName("CloudWatch Logs"));
        assertEquals("DynamoDb", Names.serviceName("DynamoDB"));
        assertEquals("Ec2", Names.serviceName("EC2"));
        assertEquals("EcrPublic", Names.serviceName("ECR PUBLIC"));
        assertEquals("dev.ecrgen.services.secretsmanager", Names.defaultBasePackage("Secrets Manager"));
    }

    @Test
    void membersLowerTheirLeadingAcronym() {
        Map<String, String> java = names.memberNames(List.of("LayerDigest", "ARN", "DBInstanceId", "nextToken"), false);
        assertEquals(List.of("layerDigest", "arn", "dbInstanceId", "nextToken"), List.copyOf(java.values()));
    }

    @Test
    void keywordsAndObjectMethodsGetASuffix() {
        Map<String, String> java = names.memberNames(
                List.of("class", "default", "hashCode", "toString", "getClass", "builder", "type"), false);
        assertEquals(List.of("classValue", "defaultValue", "hashCodeValue", "toStringValue", "getClassValue",
                "builderValue", "type"), List.copyOf(java.values()));
        assertEquals("typeValue", names.memberNames(List.of("type"), false, true).get("type"),
                "a union already has type()");
    }

    @Test
    void membersThatCollideAfterCasingStayDistinct() {
        Map<String, String> java = names.memberNames(List.of("Foo", "foo", "FOO"), false);
        assertEquals(List.of("foo", "fooValue", "fooValue3"), List.copyOf(java.values()));
    }

    @Test
    void exceptionMembersAvoidThrowableMethods() {
        Map<String, String> java = names.memberNames(List.of("Message", "cause", "statusCode", "reason"), true);
        assertEquals(List.of("message", "causeValue", "statusCodeValue", "reason"), List.copyOf(java.values()));
    }

    @Test
    void operationConstantsSplitAtEachHumpButKeepAnAcronymWhole() {
        assertEquals("BATCH_CHECK_LAYER_AVAILABILITY", names.operationConstant("BatchCheckLayerAvailability"));
        assertEquals("DESCRIBE_DBINSTANCES", names.operationConstant("DescribeDBInstances"));
        assertEquals("GET_V2_THING", names.operationConstant("GetV2Thing"));
    }

    @Test
    void enumValuesBecomeConstants() {
        Map<String, String> constants = names.enumConstants(
                List.of("sha256", "x-y", "1a", "a.b", "AVAILABLE", "fooBar", "UNKNOWN_TO_SDK_VERSION", "Foo", "foo"));
        assertEquals(List.of("SHA256", "X_Y", "VALUE_1_A", "A_B", "AVAILABLE", "FOO_BAR",
                "UNKNOWN_TO_SDK_VERSION_2", "FOO", "FOO_2"), List.copyOf(constants.values()));
    }

    @Test
    void classesForShapesAndOperations() {
        assertEquals("dev.ecrgen.services.ecr.model.Layer", names.shapeClass("Layer").canonicalName());
        assertEquals("dev.ecrgen.services.ecr.model.BatchCheckLayerAvailabilityRequest",
                names.requestClass("BatchCheckLayerAvailability").canonicalName());
        assertEquals("dev.ecrgen.services.ecr.EcrClient", names.client().canonicalName());
        assertEquals("dev.ecrgen.services.ecr.model.EcrException", names.serviceException().canonicalName());
        assertEquals("batchCheckLayerAvailability", names.operationMethod("BatchCheckLayerAvailability"));
        assertEquals("String", names.shapeClass("String").simpleName());
    }
}
