package dev.ecrgen.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.net.URI;
import software.amazon.awssdk.core.ClientEndpointProvider;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.protocols.json.AwsJsonProtocol;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.json.JsonOperationMetadata;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesResponse;
import software.amazon.awssdk.services.ecr.model.EcrException;
import software.amazon.awssdk.services.ecr.model.PutImageRequest;
import software.amazon.awssdk.services.ecr.transform.PutImageRequestMarshaller;

/**
 * The official client's codecs, set up as its {@code DefaultEcrClient} sets them up: the AWS JSON 1.1 protocol
 * factory, the generated request marshaller and the protocol's response handler.
 */
final class OfficialCodecs {

    private final PutImageRequestMarshaller putImage;
    private final HttpResponseHandler<DescribeImagesResponse> describeImages;
    private final HttpResponseHandler<DescribeRepositoriesResponse> describeRepositories;
    private final ExecutionAttributes attributes = new ExecutionAttributes();

    OfficialCodecs() {
        SdkClientConfiguration configuration = SdkClientConfiguration.builder()
                .option(SdkClientOption.CLIENT_ENDPOINT_PROVIDER,
                        ClientEndpointProvider.forEndpointOverride(URI.create("https://api.ecr.us-east-1.amazonaws.com")))
                .build();
        AwsJsonProtocolFactory protocol = AwsJsonProtocolFactory.builder()
                .clientConfiguration(configuration)
                .defaultServiceExceptionSupplier(EcrException::builder)
                .protocol(AwsJsonProtocol.AWS_JSON)
                .protocolVersion("1.1")
                .build();
        JsonOperationMetadata metadata = JsonOperationMetadata.builder()
                .hasStreamingSuccessResponse(false)
                .isPayloadJson(true)
                .build();
        this.putImage = new PutImageRequestMarshaller(protocol);
        this.describeImages = protocol.createResponseHandler(metadata, DescribeImagesResponse::builder);
        this.describeRepositories = protocol.createResponseHandler(metadata, DescribeRepositoriesResponse::builder);
    }

    SdkHttpFullRequest marshal(PutImageRequest request) {
        return putImage.marshall(request);
    }

    DescribeImagesResponse describeImages(byte[] body) throws Exception {
        return describeImages.handle(response(body), attributes);
    }

    DescribeRepositoriesResponse describeRepositories(byte[] body) throws Exception {
        return describeRepositories.handle(response(body), attributes);
    }

    private static SdkHttpFullResponse response(byte[] body) {
        return SdkHttpFullResponse.builder()
                .statusCode(200)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .content(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }
}
