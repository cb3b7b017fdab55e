package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.payload.EcrPayloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The codecs alone: marshalling a {@code PutImage} with a 64 KB manifest to the bytes sent, and unmarshalling a
 * {@code DescribeImages} answer with 1000 images and a one-repository {@code DescribeRepositories} answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmarks {

    private dev.ecrgen.services.ecr.model.PutImageRequest ecrgenPutImage;
    private software.amazon.awssdk.services.ecr.model.PutImageRequest officialPutImage;
    private byte[] describeImages;
    private byte[] describeRepositories;
    private OfficialCodecs official;

    /** Builds the requests and bodies once. */
    @Setup
    public void setUp() {
        String manifest = EcrPayloads.manifest();
        ecrgenPutImage = Requests.ecrgenPutImage(manifest);
        officialPutImage = Requests.officialPutImage(manifest);
        describeImages = EcrPayloads.describeImages();
        describeRepositories = EcrPayloads.describeRepositories();
        official = new OfficialCodecs();
    }

    @Benchmark
    public Object putImageMarshal_ecrgen() throws Exception {
        return EcrgenCodecs.marshal(ecrgenPutImage);
    }

    @Benchmark
    public Object putImageMarshal_official() {
        return official.marshal(officialPutImage);
    }

    @Benchmark
    public Object describeImagesUnmarshal_ecrgen() throws Exception {
        return EcrgenCodecs.describeImages(describeImages);
    }

    @Benchmark
    public Object describeImagesUnmarshal_official() throws Exception {
        return official.describeImages(describeImages);
    }

    @Benchmark
    public Object describeRepositoriesUnmarshal_ecrgen() throws Exception {
        return EcrgenCodecs.describeRepositories(describeRepositories);
    }

    @Benchmark
    public Object describeRepositoriesUnmarshal_official() throws Exception {
        return official.describeRepositories(describeRepositories);
    }
}
