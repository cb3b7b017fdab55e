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
 * FIPS and dual-stack one in GovCloud, and an endpoint override. The generated client resolves its endpoint once per
 * client, so this is what a call with request-dependent parameters, or a user calling the provider, pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EndpointBenchmarks {

    /** Which parameters: {@code regional}, {@code fips-dualstack} or {@code override}. */
    @Param({"regional", "fips-dualstack", "override"})
    public String shape;

    private EcrEndpointProvider ours;
    private EcrEndpointParams ourParams;
    private software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider official;
    private software.amazon.awssdk.services.ecr.endpoints.EcrEndpointParams officialParams;

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
            default -> throw new IllegalArgumentException("no parameter shape " + shape);
        }
    }

    @Benchmark
    public Object resolve_ecrgen() {
        return ours.resolveEndpoint(ourParams).join();
    }

    @Benchmark
    public Object resolve_official() {
        return official.resolveEndpoint(officialParams).join();
    }
}
