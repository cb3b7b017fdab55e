package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import dev.ecrgen.codegen.naming.Names;

/**
 * The classes behind the AWS SDK's convenience API on generated types (request override configuration, response
 * metadata, copyable builders, the client's configuration and service metadata), and the names of the two generated
 * classes that carry it. The constants belong beside {@code RuntimeTypes}' and the two names in {@code Names}; they
 * are kept here until they move.
 */
final class ApiTypes {
    private static final String CLIENT = "dev.ecrgen.runtime.client";

    static final ClassName AWS_REQUEST = ClassName.get(CLIENT, "AwsRequest");
    static final ClassName AWS_RESPONSE = ClassName.get(CLIENT, "AwsResponse");
    static final ClassName AWS_RESPONSE_METADATA = ClassName.get(CLIENT, "AwsResponseMetadata");
    static final ClassName AWS_REQUEST_OVERRIDE_CONFIGURATION = ClassName.get(CLIENT, "AwsRequestOverrideConfiguration");
    static final ClassName AWS_SERVICE_CLIENT_CONFIGURATION = ClassName.get(CLIENT, "AwsServiceClientConfiguration");
    static final ClassName SDK_HTTP_RESPONSE = ClassName.get("software.amazon.awssdk.http", "SdkHttpResponse");
    static final ClassName TO_COPYABLE_BUILDER = ClassName.get("software.amazon.awssdk.utils.builder", "ToCopyableBuilder");
    static final ClassName COPYABLE_BUILDER = ClassName.get("software.amazon.awssdk.utils.builder", "CopyableBuilder");
    static final ClassName SERVICE_METADATA = ClassName.get("software.amazon.awssdk.regions", "ServiceMetadata");

    private ApiTypes() {}

    /** {@code <Service>ResponseMetadata} in the model package, what every response's {@code responseMetadata()} is. */
    static ClassName responseMetadata(Names names) {
        return ClassName.get(names.modelPackage(), names.serviceBase() + "ResponseMetadata");
    }

    /** {@code <Service>ServiceClientConfiguration} beside the client, what {@code serviceClientConfiguration()} is. */
    static ClassName serviceClientConfiguration(Names names) {
        return ClassName.get(names.basePackage(), names.serviceBase() + "ServiceClientConfiguration");
    }
}
