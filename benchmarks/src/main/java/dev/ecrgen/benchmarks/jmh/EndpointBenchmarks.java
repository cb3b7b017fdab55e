package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.services.ecr.endpoints.EcrEndpointParams;
import dev.ecrgen.services.ecr.endpoints.EcrEndpointProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.regions.Region;

/**
 * One {@code resolveEndpoint} of ECR's rule set through the public API of each provider,
 * {@code EcrEndpointProvider.defaultProvider().resolveEndpoint(params).join()}, for the plain regional endpoint, a
 * FIPS and dual-stack one in GovCloud, an endpoint override, and {@code rotating}: each call takes the next of 16
 * parameter sets (16 regions of four partitions, some with FIPS or dual-stack), so no provider can answer from the
 * previous call's result. The generated client resolves its endpoint once per client when the parameters do not depend
 * on the request, so this is what a call with request-dependent parameters, or a user calling the provider, pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EndpointBenchmarks {

    /** Which parameters: {@code regional}, {@code fips-dualstack}, {@code override} or {@code rotating}. */
    @Param({"regional", "fips-dualstack", "override", "rotating"})
    public String shape;

    private EcrEndpointProvider ours;
    private EcrEndpointParams ourParams;
    private software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider official;
    private software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams officialParams;
    private EcrEndpointParams[] ourRotation;
    private software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams[] officialRotation;
    private int next;

    /** Both providers and their parameters, built once. */
    @Setup
    public void setUp() {
        ours = EcrEndpointProvider.defaultProvider();
        official = software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider.defaultProvider();
        switch (shape) {
            case "regional" -> {
                ourParams = EcrEndpointParams.builder().region(Region.US_EAST_1).build();
                officialParams = software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams.builder()
                        .region(Region.US_EAST_1).build();
            }
            case "fips-dualstack" -> {
                ourParams = EcrEndpointParams.builder().region(Region.US_GOV_WEST_1).useFips(true)
                        .useDualStack(true).build();
                officialParams = software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams.builder()
                        .region(Region.US_GOV_WEST_1).useFips(true).useDualStack(true).build();
            }
            case "override" -> {
                ourParams = EcrEndpointParams.builder().region(Region.EU_WEST_1)
                        .endpoint("http://127.0.0.1:8080/base").build();
                officialParams = software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams.builder()
                        .region(Region.EU_WEST_1).endpoint("http://127.0.0.1:8080/base").build();
            }
            case "rotating" -> {
                String[] regions = {"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1", "us-gov-west-1",
                    "cn-north-1", "us-iso-east-1", "eu-central-1", "us-west-2", "ca-central-1", "us-gov-east-1",
                    "cn-northwest-1", "ap-northeast-1", "me-south-1", "af-south-1", "eu-north-1"};
                ourRotation = new EcrEndpointParams[regions.length];
                officialRotation = new software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams[regions.length];
                for (int i = 0; i < regions.length; i++) {
                    boolean fips = i % 4 == 1 && !regions[i].startsWith("cn-");
                    boolean dualStack = i % 3 == 2;
                    ourRotation[i] = EcrEndpointParams.builder().region(Region.of(regions[i])).useFips(fips)
                            .useDualStack(dualStack).build();
                    officialRotation[i] = software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams.builder()
                            .region(Region.of(regions[i])).useFips(fips).useDualStack(dualStack).build();
                }
                ourParams = ourRotation[0];
                officialParams = officialRotation[0];
            }
            default -> throw new IllegalArgumentException("no parameter shape " + shape);
        }
    }

    @Benchmark
    public Object resolve_ecrgen() {
        if (ourRotation != null) {
            next = (next + 1) & 15;
            return ours.resolveEndpoint(ourRotation[next]).join();
        }
        return ours.resolveEndpoint(ourParams).join();
    }

    @Benchmark
    public Object resolve_official() {
        if (officialRotation != null) {
            next = (next + 1) & 15;
            return official.resolveEndpoint(officialRotation[next]).join();
        }
        return official.resolveEndpoint(officialParams).join();
    }
}
