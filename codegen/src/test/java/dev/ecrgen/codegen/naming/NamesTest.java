package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void keywordsAndReservedMethodsGetASuffix() {
        Map<String, String> java = names.memberNames(List.of("class", "Default", "hashCode", "toString", "getClass",
                "builder", "type", "overrideConfiguration", "SdkHttpResponse", "ApplyMutation", "Build", "Copy"), false);
        assertEquals(List.of("classValue", "defaultValue", "hashCodeValue", "toStringValue", "getClassValue",
                "builderValue", "type", "overrideConfigurationValue", "sdkHttpResponseValue", "applyMutationValue",
                "build", "copy"), List.copyOf(java.values()));
        assertEquals("typeValue", names.memberNames(List.of("type"), false, true).get("type"),
                "a union already has type()");
        assertEquals("nullValue", names.memberNames(List.of("NULL"), false).get("NULL"), "a keyword in any case");
    }

    @Test
    void membersThatCollideAfterCasingStayDistinct() {
        Map<String, String> java = names.memberNames(List.of("Foo", "foo", "FOO"), false);
        assertEquals(List.of("foo", "fooValue", "fooValue3"), List.copyOf(java.values()));
    }

    @Test
    void exceptionMembersAvoidThrowableMethods() {
        Map<String, String> java = names.memberNames(List.of("Message", "cause", "statusCode", "reason",
                "overrideConfiguration"), true);
        assertEquals(List.of("message", "causeValue", "statusCodeValue", "reason", "overrideConfiguration"),
                List.copyOf(java.values()));
    }

    @Test
    void operationConstantsSplitAtEachHumpButKeepAnAcronymWhole() {
        assertEquals("BATCH_CHECK_LAYER_AVAILABILITY", names.operationConstant("BatchCheckLayerAvailability"));
        assertEquals("DESCRIBE_DBINSTANCES", names.operationConstant("DescribeDBInstances"));
        assertEquals("GET_V2_THING", names.operationConstant("GetV2Thing"));
    }

    @Test
    void enumValuesBecomeConstants() {
        Map<String, String> constants = names.enumConstants(List.of("sha256", "x-y", "1a", "a.b", "AVAILABLE",
                "fooBar", "UNKNOWN_TO_SDK_VERSION", "Foo", "foo", "TLSv1.2", "textORcsv", "ImageA"));
        assertEquals(List.of("SHA256", "X_Y", "VALUE_1_A", "A_B", "AVAILABLE", "FOO_BAR", "UNKNOWN_TO_SDK_VERSION_2",
                "FOO", "FOO_2", "TLS_V1_2", "TEXT_OR_CSV", "IMAGEA"), List.copyOf(constants.values()));
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

    @Test
    void requestsAndResponsesAreTheOperationReCasedWordByWord() {
        assertEquals("GetDbInstanceRequest", names.requestClass("GetDBInstance").simpleName());
        assertEquals("GetDbInstanceResponse", names.responseClass("GetDBInstance").simpleName());
        assertEquals("getDBInstance", names.operationMethod("GetDBInstance"), "the method keeps the operation's case");
        assertEquals("GetDBInstanceIterable", names.paginatorClass("GetDBInstance").simpleName());
        assertEquals("DefaultEcrRequest", names.requestClass("Ecr").simpleName(), "named like the service");
        assertEquals("DefaultEcrResponse", names.responseClass("Ecr").simpleName());
    }

    @Test
    void exceptionsAreReCasedAndEndInException() {
        Names model = Names.of(model("KMS", List.of("InternalServiceError", "DecryptionFailure", "KMSInternalException",
                "CustomKeyStoreHasCMKsException", "ServiceFault", "KMSException", "KMS")), "x");
        assertEquals("InternalServiceErrorException", model.shapeClass("InternalServiceError").simpleName());
        assertEquals("DecryptionFailureException", model.shapeClass("DecryptionFailure").simpleName());
        assertEquals("KmsInternalException", model.shapeClass("KMSInternalException").simpleName());
        assertEquals("CustomKeyStoreHasCmKsException", model.shapeClass("CustomKeyStoreHasCMKsException").simpleName());
        assertEquals("ServiceException", model.shapeClass("ServiceFault").simpleName());
        assertEquals("DefaultKmsException", model.shapeClass("KMS").simpleName(),
                "the base exception's name takes the AWS SDK's prefix");
        assertEquals("DefaultKmsException2", model.shapeClass("KMSException").simpleName(), "then a number");
    }

    @Test
    void structuresKeepTheirNameUnlessAnotherClassHasIt() throws Exception {
        ObjectNode tree = tree("ECR", List.of("ImageNotFound"));
        ObjectNode shapes = (ObjectNode) tree.get("shapes");
        for (String structure : List.of("KMSKey", "EcrRequest", "EcrResponseMetadata", "ListImagesRequest",
                "DescribeImagesRequest", "ImageNotFoundException", "imageId", "ImageId")) {
            shapes.putObject(structure).put("type", "structure");
        }
        ObjectNode operations = tree.putObject("operations");
        operations.putObject("ListImages").putObject("input").put("shape", "ListImagesRequest");
        operations.putObject("DescribeImages").putObject("input").put("shape", "DescribeImagesInput");
        operations.putObject("GetDBThing").putObject("input").put("shape", "GetDBThingRequest");
        shapes.putObject("GetDBThingRequest").put("type", "structure");
        shapes.putObject("DescribeImagesInput").put("type", "structure");
        Names model = Names.of(parse(tree), "x");
        assertEquals("KMSKey", model.shapeClass("KMSKey").simpleName(), "structures are not re-cased");
        assertEquals("DefaultEcrRequest", model.shapeClass("EcrRequest").simpleName());
        assertEquals("DefaultEcrResponseMetadata", model.shapeClass("EcrResponseMetadata").simpleName());
        assertEquals("ListImagesRequest", model.shapeClass("ListImagesRequest").simpleName(),
                "the operation's own input shares its request class");
        assertEquals("DefaultDescribeImagesRequest", model.shapeClass("DescribeImagesRequest").simpleName());
        assertEquals("GetDbThingRequest", model.shapeClass("GetDBThingRequest").simpleName(),
                "an input named like its re-cased request class shares it, not a class differing only in case");
        assertEquals("ImageNotFoundException", model.shapeClass("ImageNotFound").simpleName());
        assertEquals("DefaultImageNotFoundException", model.shapeClass("ImageNotFoundException").simpleName());
        assertEquals("ImageId", model.shapeClass("ImageId").simpleName());
        assertEquals("DefaultImageId", model.shapeClass("imageId").simpleName(), "names differing only in case clash");
    }

    @Test
    void endpointParametersFlattenAcronyms() {
        assertEquals(List.of("useFips", "useDualStack", "resourceArn", "streamArn", "consumerArn",
                        "accountIdEndpointMode", "endpoint", "region"),
                List.of("UseFIPS", "UseDualStack", "ResourceARN", "StreamARN", "ConsumerARN", "AccountIdEndpointMode",
                        "Endpoint", "Region").stream().map(names::endpointParamMethod).toList());
    }

    @Test
    void theAwsSdksRenamesOfMembersApply() throws Exception {
        ObjectNode tree = tree("DynamoDB", List.of());
        ObjectNode value = ((ObjectNode) tree.get("shapes")).putObject("AttributeValue");
        value.put("type", "structure");
        ObjectNode members = value.putObject("members");
        members.putObject("NULL").put("shape", "Boolean");
        members.putObject("S").put("shape", "Boolean");
        ServiceModel service = parse(tree);
        Map<String, String> java = Names.of(service, "x").memberNames(service.shapes().get("AttributeValue"), false);
        assertEquals(Map.of("NULL", "nul", "S", "s"), java);
    }

    private static ServiceModel model(String serviceId, List<String> errors) {
        try {
            return parse(tree(serviceId, errors));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A model with the given error shapes and no operations. */
    private static ObjectNode tree(String serviceId, List<String> errors) {
        ObjectNode tree = JSON.createObjectNode();
        tree.putObject("metadata").put("serviceId", serviceId);
        tree.putObject("operations");
        ObjectNode shapes = tree.putObject("shapes");
        for (String error : errors) {
            shapes.putObject(error).put("type", "structure").put("exception", true);
        }
        return tree;
    }

    private static ServiceModel parse(ObjectNode tree) throws Exception {
        return ModelLoader.parse(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8), "test",
                ServiceModel.class);
    }
}
