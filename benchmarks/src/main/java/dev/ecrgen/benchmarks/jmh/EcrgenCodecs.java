package dev.ecrgen.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.ecrgen.runtime.protocol.Json;
import dev.ecrgen.runtime.protocol.JsonOutput;
import dev.ecrgen.services.ecr.internal.DescribeImagesResponseCodec;
import dev.ecrgen.services.ecr.internal.DescribeRepositoriesResponseCodec;
import dev.ecrgen.services.ecr.internal.PutImageRequestCodec;
import dev.ecrgen.services.ecr.model.DescribeImagesResponse;
import dev.ecrgen.services.ecr.model.DescribeRepositoriesResponse;
import dev.ecrgen.services.ecr.model.PutImageRequest;
import java.io.IOException;

/** The generated client's codecs, called the way its invoker calls them. */
final class EcrgenCodecs {

    private EcrgenCodecs() {
    }

    static byte[] marshal(PutImageRequest request) throws IOException {
        // as RequestBodies.marshal does
        JsonOutput out = JsonOutput.reusing(512);
        try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            PutImageRequestCodec.INSTANCE.marshall(request, generator);
        }
        return out.finish();
    }

    static DescribeImagesResponse describeImages(byte[] body) throws IOException {
        try (JsonParser parser = Json.parser(body)) {
            parser.nextToken();
            return DescribeImagesResponseCodec.INSTANCE.unmarshall(parser);
        }
    }

    static DescribeRepositoriesResponse describeRepositories(byte[] body) throws IOException {
        try (JsonParser parser = Json.parser(body)) {
            parser.nextToken();
            return DescribeRepositoriesResponseCodec.INSTANCE.unmarshall(parser);
        }
    }
}
