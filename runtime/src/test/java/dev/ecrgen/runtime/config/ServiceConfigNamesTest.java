package dev.ecrgen.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.utils.internal.CodegenNamingUtils;

/**
 * Service-specific endpoint setting names. The four triples were read from the official 2.57.8 client jars (the
 * builders of ecr, secretsmanager, dynamodb and cloudwatchlogs); the word rules are checked against the SDK's own
 * generator helper for a wider set of service ids.
 */
class ServiceConfigNamesTest {

    @Test
    void matchesTheOfficialClients() {
        assertEquals(new ServiceConfigNames("aws.endpointUrlEcr", "AWS_ENDPOINT_URL_ECR", "ecr"),
                ServiceConfigNames.of("ECR"));
        assertEquals(new ServiceConfigNames("aws.endpointUrlSecretsManager", "AWS_ENDPOINT_URL_SECRETS_MANAGER",
                "secrets_manager"), ServiceConfigNames.of("Secrets Manager"));
        assertEquals(new ServiceConfigNames("aws.endpointUrlDynamoDb", "AWS_ENDPOINT_URL_DYNAMODB", "dynamodb"),
                ServiceConfigNames.of("DynamoDB"));
        assertEquals(new ServiceConfigNames("aws.endpointUrlCloudWatchLogs", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS",
                "cloudwatch_logs"), ServiceConfigNames.of("CloudWatch Logs"));
    }

    @Test
    void pascalCaseFollowsTheGeneratorsWordRules() {
        List<String> ids = List.of("ECR", "ECR PUBLIC", "Secrets Manager", "DynamoDB", "DynamoDB Streams",
                "CloudWatch Logs", "CloudWatch", "Kinesis", "SQS", "SSM", "EventBridge", "CodeDeploy", "S3", "S3 Control",
                "EC2", "IoT", "IoT Data Plane", "ApiGatewayV2", "Elastic Load Balancing v2", "ACM PCA", "AppConfigData",
                "Route 53", "Route53 Recovery Control Config", "SageMaker A2I Runtime", "WAFV2", "MediaStore Data",
                "Lex Runtime V2", "kendra", "Cognito Identity Provider", "mgn", "IVSRealTime", "TESTv4 thing",
                "Chime SDK Messaging", "neptune-graph", "QLDB Session", "B2BI", "ARC Zonal Shift", "PI", "EMR containers");
        for (String id : ids) {
            assertEquals(CodegenNamingUtils.pascalCase(id), ServiceConfigNames.pascalCase(id), id);
        }
    }

    @Test
    void dropsTheGeneratorsPrefixesAndSuffix() {
        assertEquals("Ecr", ServiceConfigNames.serviceName("Amazon ECR"));
        assertEquals("Catalog", ServiceConfigNames.serviceName("AWS Catalog Service"));
        assertEquals("Service", ServiceConfigNames.serviceName("Service"));
    }
}
