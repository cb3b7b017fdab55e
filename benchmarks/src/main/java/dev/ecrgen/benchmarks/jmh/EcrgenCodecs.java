package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.runtime.protocol.JsonOutput;
import dev.ecrgen.runtime.protocol.JsonReader;
import dev.ecrgen.runtime.protocol.JsonWriter;
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
        PutImageRequestCodec.INSTANCE.marshall(request, new JsonWriter(out));
        return out.finish();
    }

    static DescribeImagesResponse describeImages(byte[] body) throws IOException {
        JsonReader parser = new JsonReader(body);
        parser.nextToken();
        return DescribeImagesResponseCodec.INSTANCE.unmarshall(parser);
    }

    static DescribeRepositoriesResponse describeRepositories(byte[] body) throws IOException {
        JsonReader parser = new JsonReader(body);
        parser.nextToken();
        return DescribeRepositoriesResponseCodec.INSTANCE.unmarshall(parser);
    }
}
