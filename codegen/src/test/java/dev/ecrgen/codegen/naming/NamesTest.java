package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
        ObjectNode listImages = operations.putObject("ListImages");
        listImages.putObject("input").put("shape", "ListImagesRequest");
        listImages.putObject("output").put("shape", "ListImagesResponse");
        shapes.putObject("ListImagesResponse").put("type", "structure");
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
        assertEquals("ListImagesResponse", model.shapeClass("ListImagesResponse").simpleName(),
                "and its own output its response class");
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

    @Test
    void aMemberNamedLikeAnotherMembersDerivedMethodTakesTheFirstFreeSuffix() throws Exception {
        ObjectNode tree = tree("ECR", List.of());
        ObjectNode shapes = (ObjectNode) tree.get("shapes");
        shapes.putObject("String").put("type", "string");
        ObjectNode kind = shapes.putObject("Kind").put("type", "string");
        kind.putArray("enum").add("a").add("b");
        shapes.putObject("Strings").put("type", "list").putObject("member").put("shape", "String");
        ObjectNode byKind = shapes.putObject("ByKind").put("type", "map");
        byKind.putObject("key").put("shape", "Kind");
        byKind.putObject("value").put("shape", "String");
        ObjectNode toKind = shapes.putObject("ToKind").put("type", "map");
        toKind.putObject("key").put("shape", "String");
        toKind.putObject("value").put("shape", "Kind");
        ObjectNode plain = shapes.putObject("Plain").put("type", "map");
        plain.putObject("key").put("shape", "String");
        plain.putObject("value").put("shape", "String");
        ObjectNode members = shapes.putObject("Thing").put("type", "structure").putObject("members");
        Map<String, String> memberShapes = new LinkedHashMap<>();
        memberShapes.put("Foo", "Strings");
        memberShapes.put("HasFoo", "String");
        memberShapes.put("FooValue", "Strings");
        memberShapes.put("Bar", "Strings");
        memberShapes.put("HasBar", "String");
        memberShapes.put("HasBarValue", "String");
        memberShapes.put("HasBarValue2", "String");
        memberShapes.put("Tags", "ByKind");
        memberShapes.put("TagsWithStrings", "String");
        memberShapes.put("Labels", "ToKind");
        memberShapes.put("LabelsAsStrings", "String");
        memberShapes.put("Pairs", "Plain");
        memberShapes.put("PairsAsStrings", "String");
        memberShapes.put("Name", "String");
        memberShapes.put("NameAsString", "String");
        memberShapes.put("Kind", "Kind");
        memberShapes.put("KindAsString", "String");
        memberShapes.forEach((member, shape) -> members.putObject(member).put("shape", shape));
        ServiceModel service = parse(tree);
        Map<String, String> java = Names.of(service, "x").memberNames(service.shapes().get("Thing"), false);
        assertEquals(List.of("foo", "hasFooValue2", "fooValue", "bar", "hasBarValue3", "hasBarValue", "hasBarValue2", "tags",
                "tagsWithStringsValue", "labels", "labelsAsStringsValue", "pairs", "pairsAsStrings", "name",
                "nameAsString", "kind", "kindAsStringValue"), List.copyOf(java.values()),
                "a derived method's name is taken whether a method or a member has it; a plain map or string has none");
    }

    @Test
    void aMistypedNameSuggestsTheSameNameInAnotherCaseThenTheClosest() {
        List<String> operations = List.of("PutImage", "ListImages", "DescribeImages", "BatchGetImage",
                "ListTagsForResource", "LISTIMAGE");
        assertEquals(List.of("LISTIMAGE", "ListImages", "PutImage"), NearestNames.to("ListImage", operations),
                "nearest first; a limit of a third of the length (3) keeps PutImage and drops DescribeImages");
        assertEquals(List.of("BatchGetImage"), NearestNames.to("batchGetImage", operations));
        assertEquals(List.of(), NearestNames.to("CreateRepository", operations));
        assertEquals(List.of("b", "c", "d"), NearestNames.to("a", List.of("e", "d", "c", "b")),
                "at least 2 edits are allowed, ties go in name order, at most three suggestions");
        assertEquals(List.of("abcx", "abxx"), NearestNames.to("abcd", List.of("zzzz", "abxx", "abcx")));
        assertEquals(List.of("abcx", "abaa"), NearestNames.to("abcd", List.of("abaa", "abcx")),
                "the nearer first, even when its name sorts later");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, NearestNames.distance("kitten", "sitting"));
        assertEquals(2, NearestNames.distance("flaw", "lawn"));
        assertEquals(3, NearestNames.distance("", "abc"));
        assertEquals(3, NearestNames.distance("abc", ""));
        assertEquals(0, NearestNames.distance("abc", "abc"));
        assertEquals(2, NearestNames.distance("ab", "ba"));
        assertEquals(1, NearestNames.distance("listimage", "listimages"));
    }

    @Test
    void ruleVariablesAreUniqueLowerCamelCaseAndNeverParams() {
        assertEquals(List.of("region", "useFips", "params2", "params3", "classValue", "region2", "endpoint"),
                List.copyOf(Names.ruleVariables(List.of("Region", "UseFIPS", "params", "Params", "class", "region",
                        "Endpoint")).values()));
    }

    @Test
    void packagesAreDottedJavaIdentifiersWithoutKeywords() {
        assertTrue(Names.isValidPackage("dev.ecrgen.services.ecr"));
        assertTrue(Names.isValidPackage("x"));
        assertFalse(Names.isValidPackage(null));
        assertFalse(Names.isValidPackage(""));
        assertFalse(Names.isValidPackage("a..b"));
        assertFalse(Names.isValidPackage("a."));
        assertFalse(Names.isValidPackage("a.class"));
        assertFalse(Names.isValidPackage("a.1b"));
    }

    @Test
    void aServiceIdThatIsOnlyAPrefixKeepsIt() {
        assertEquals("Amazon", Names.serviceName("Amazon"));
        assertEquals("Aws", Names.serviceName("AWS"));
        assertEquals("Foo", Names.serviceName("AWS Foo Service"));
        assertEquals("Service", Names.serviceName("Service"));
    }

    @Test
    void endpointAndWaiterNames() {
        assertEquals("dev.ecrgen.services.ecr", names.basePackage());
        assertEquals("dev.ecrgen.services.ecr.endpoints", names.endpointsPackage());
        assertEquals("dev.ecrgen.services.ecr.endpoints.EcrEndpointParams", names.endpointParams().canonicalName());
        assertEquals("dev.ecrgen.services.ecr.endpoints.EcrEndpointProvider", names.endpointProvider().canonicalName());
        assertEquals("dev.ecrgen.services.ecr.endpoints.internal.DefaultEcrEndpointProvider",
                names.defaultEndpointProvider().canonicalName());
        assertEquals("dev.ecrgen.services.ecr.internal.EcrEndpointResolver", names.endpointResolver().canonicalName());
        assertEquals("LayerDigest", names.displayName("layerDigest"));
        assertEquals("IMAGE_SCAN_COMPLETE", names.waiterConstant("ImageScanComplete"));
        assertEquals("WAITER_3_D_READY", names.waiterConstant("3DReady"));
        assertEquals("WAITER_", names.waiterConstant(""));
        assertTrue(Names.shadowsJavaLang("String"));
        assertFalse(Names.shadowsJavaLang("Layer"));
    }

    @Test
    void paginatorItemsAreNamedAfterTheResultKeysLastField() {
        assertEquals("findings", names.paginatorItemMethod("imageScanFindings.findings"));
        assertEquals("imageIds", names.paginatorItemMethod("imageIds"));
        assertEquals("instances", names.paginatorItemMethod("Reservations[].Instances[]"));
        assertEquals("streamItems", names.paginatorItemMethod("Result.stream"), "a method every paginator has");
        assertEquals("classItems", names.paginatorItemMethod("class"));
        assertEquals("items", names.paginatorItemMethod("Rows.[0]"), "no field name at all");
    }

    @Test
    void thirdAndLaterDuplicateEnumConstantsCountUp() {
        assertEquals(List.of("X", "X_2", "X_3", "X_4"),
                List.copyOf(names.enumConstants(List.of("x", "X", "x-", "-x")).values()));
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
