package dev.ecrgen.services.ecr.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;

/**
 * The generated ECR endpoint provider against the official {@code EcrEndpointProvider}: for every region that
 * {@code partitions.json} lists, a few it does not, FIPS on and off, dual-stack on and off, and with and without an
 * endpoint override, both give the same URL and headers, or fail with the same message.
 */
class EndpointDifferentialTest {
    private static final List<String> UNLISTED = List.of("us-east-99", "eu-central-7", "cn-north-9",
            "us-gov-central-3", "us-iso-west-9", "eusc-de-east-9", "mars-east-1", "local");
    private static final List<String> OVERRIDES = List.of("https://ecr.example.com", "http://127.0.0.1:8080/base/");

    @Test
    void everyRegionFipsDualStackAndOverrideResolvesAsTheOfficialProvider() throws IOException {
        EcrEndpointProvider ours = EcrEndpointProvider.defaultProvider();
        software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider official =
                software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider.defaultProvider();
        List<String> regions = new ArrayList<>(listedRegions());
        regions.addAll(UNLISTED);
        List<String> differences = new ArrayList<>();
        int cases = 0;
        int errors = 0;
        for (String region : regions) {
            for (boolean fips : new boolean[] {false, true}) {
                for (boolean dualStack : new boolean[] {false, true}) {
                    for (String override : withNone(OVERRIDES)) {
                        String mine = outcome(() -> ours.resolveEndpoint(p -> p.region(Region.of(region))
                                .useFips(fips).useDualStack(dualStack).endpoint(override)).join());
                        String theirs = outcome(() -> official.resolveEndpoint(p -> p.region(Region.of(region))
                                .useFips(fips).useDualStack(dualStack).endpoint(override)).join());
                        cases++;
                        errors += mine.startsWith("error: ") ? 1 : 0;
                        if (!mine.equals(theirs)) {
                            differences.add(region + " fips=" + fips + " dualStack=" + dualStack + " endpoint="
                                    + override + "\n    ecrgen:   " + mine + "\n    official: " + theirs);
                        }
                    }
                }
            }
        }
        System.out.println("endpoint differential: " + cases + " cases over " + regions.size() + " regions, "
                + errors + " of them errors, " + differences.size() + " differences");
        assertTrue(regions.size() > 40, "partitions.json lists only " + regions.size() + " regions");
        assertEquals(List.of(), differences);
    }

    @Test
    void aMissingRegionFailsAsTheOfficialProvider() {
        String mine = outcome(() -> EcrEndpointProvider.defaultProvider().resolveEndpoint(p -> { }).join());
        String theirs = outcome(() -> software.amazon.awssdk.services.ecr.endpoints.EcrEndpointProvider
                .defaultProvider().resolveEndpoint(p -> { }).join());
        assertEquals("error: Invalid Configuration: Missing Region (SdkClientException)", mine);
        assertEquals(theirs, mine);
    }

    private static List<String> withNone(List<String> overrides) {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(overrides);
        return all;
    }

    private interface Resolution {
        Endpoint run();
    }

    /** The URL and headers, or the error's class and message, as one comparable line. */
    private static String outcome(Resolution resolution) {
        try {
            Endpoint endpoint = resolution.run();
            return endpoint.endpointUrl().toUri() + " " + endpoint.headers();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            return "error: " + cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")";
        }
    }

    private static TreeSet<String> listedRegions() throws IOException {
        String shared = System.getProperty("ecrgen.shared", "../../shared");
        Path file = Path.of(shared, "reference-models", "partitions.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("this test reads " + file.toAbsolutePath() + ", which does not exist; "
                    + "put the shared folder beside the clone or set -Decrgen.shared");
        }
        JsonNode partitions = new ObjectMapper().readTree(file.toFile()).get("partitions");
        TreeSet<String> regions = new TreeSet<>();
        for (JsonNode partition : partitions) {
            for (Map.Entry<String, JsonNode> region : partition.get("regions").properties()) {
                regions.add(region.getKey());
            }
        }
        return regions;
    }
}
