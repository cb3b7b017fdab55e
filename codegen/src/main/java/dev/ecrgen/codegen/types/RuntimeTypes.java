package dev.ecrgen.codegen.types;

import com.palantir.javapoet.ClassName;

/** Every class outside the generated sources that generated code refers to, in one place. */
public final class RuntimeTypes {
    private static final String RUNTIME = "dev.ecrgen.runtime";

    public static final ClassName SERVICE_INFO = ClassName.get(RUNTIME + ".client", "ServiceInfo");
    public static final ClassName OPERATION_INFO = ClassName.get(RUNTIME + ".client", "OperationInfo");
    public static final ClassName SYNC_CLIENT_BUILDER = ClassName.get(RUNTIME + ".client", "SyncClientBuilder");
    public static final ClassName CLIENT_SETTINGS = ClassName.get(RUNTIME + ".client", "ClientSettings");
    public static final ClassName SYNC_INVOKER = ClassName.get(RUNTIME + ".client", "SyncInvoker");
    public static final ClassName COMMON_SETTINGS = ClassName.get(RUNTIME + ".client", "CommonSettings");
    public static final ClassName RULE_SET_ENDPOINTS = ClassName.get(RUNTIME + ".client", "RuleSetEndpoints");
    public static final ClassName RESOLVED_ENDPOINT = ClassName.get(RUNTIME + ".client", "ResolvedEndpoint");
    public static final ClassName HOST_LABELS = ClassName.get(RUNTIME + ".client", "HostLabels");

    public static final ClassName MARSHALLER = ClassName.get(RUNTIME + ".protocol", "Marshaller");
    public static final ClassName UNMARSHALLER = ClassName.get(RUNTIME + ".protocol", "Unmarshaller");
    public static final ClassName ERROR_FACTORY = ClassName.get(RUNTIME + ".protocol", "ErrorFactory");
    public static final ClassName JSON = ClassName.get(RUNTIME + ".protocol", "Json");
    public static final ClassName TIMESTAMP_FORMAT = ClassName.get(RUNTIME + ".protocol", "TimestampFormat");
    public static final ClassName JSON_WRITER = ClassName.get(RUNTIME + ".protocol", "JsonWriter");
    public static final ClassName JSON_READER = ClassName.get(RUNTIME + ".protocol", "JsonReader");
    public static final ClassName JSON_TOKEN = ClassName.get(RUNTIME + ".protocol", "JsonToken");
    public static final ClassName IDEMPOTENCY_TOKENS = ClassName.get(RUNTIME + ".protocol", "IdempotencyTokens");

    public static final ClassName AWS_SERVICE_EXCEPTION = ClassName.get(RUNTIME + ".error", "AwsServiceException");
    public static final ClassName AWS_ERROR_DETAILS = ClassName.get(RUNTIME + ".error", "AwsErrorDetails");

    public static final ClassName TO_STRING = ClassName.get(RUNTIME + ".model", "ToString");
    public static final ClassName BUILDERS = ClassName.get(RUNTIME + ".model", "Builders");
    public static final ClassName ENUM_VALUES = ClassName.get(RUNTIME + ".model", "EnumValues");

    public static final ClassName ACCOUNT_ID_ENDPOINT_MODE =
            ClassName.get(RUNTIME + ".config", "AccountIdEndpointMode");
    public static final ClassName AWS_REQUEST = ClassName.get(RUNTIME + ".client", "AwsRequest");
    public static final ClassName AWS_RESPONSE = ClassName.get(RUNTIME + ".client", "AwsResponse");
    public static final ClassName AWS_RESPONSE_METADATA = ClassName.get(RUNTIME + ".client", "AwsResponseMetadata");
    public static final ClassName AWS_REQUEST_OVERRIDE_CONFIGURATION =
            ClassName.get(RUNTIME + ".client", "AwsRequestOverrideConfiguration");
    public static final ClassName AWS_SERVICE_CLIENT_CONFIGURATION =
            ClassName.get(RUNTIME + ".client", "AwsServiceClientConfiguration");
    public static final ClassName SDK_HTTP_RESPONSE = ClassName.get("software.amazon.awssdk.http", "SdkHttpResponse");
    public static final ClassName TO_COPYABLE_BUILDER =
            ClassName.get("software.amazon.awssdk.utils.builder", "ToCopyableBuilder");
    public static final ClassName COPYABLE_BUILDER =
            ClassName.get("software.amazon.awssdk.utils.builder", "CopyableBuilder");
    public static final ClassName SERVICE_METADATA = ClassName.get("software.amazon.awssdk.regions", "ServiceMetadata");

    public static final ClassName RULES_FUNCTIONS = ClassName.get(RUNTIME + ".endpoints", "RulesFunctions");
    public static final ClassName RULE_RESULTS = ClassName.get(RUNTIME + ".endpoints", "RuleResults");

    public static final ClassName ENDPOINT = ClassName.get("software.amazon.awssdk.endpoints", "Endpoint");
    public static final ClassName ENDPOINT_PROVIDER = ClassName.get("software.amazon.awssdk.endpoints", "EndpointProvider");
    public static final ClassName REGION = ClassName.get("software.amazon.awssdk.regions", "Region");

    /** A runtime class of the endpoint rules library, such as {@code RulePartition}. */
    public static ClassName endpointsClass(String simpleName) {
        return ClassName.get(RUNTIME + ".endpoints", simpleName);
    }

    public static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");
    public static final ClassName DOCUMENT = ClassName.get("software.amazon.awssdk.core.document", "Document");
    public static final ClassName SDK_SERVICE_EXCEPTION_BUILDER =
            ClassName.get("software.amazon.awssdk.core.exception", "SdkServiceException", "BuilderImpl");
    public static final ClassName SDK_CLIENT_EXCEPTION =
            ClassName.get("software.amazon.awssdk.core.exception", "SdkClientException");

    private RuntimeTypes() {}
}
