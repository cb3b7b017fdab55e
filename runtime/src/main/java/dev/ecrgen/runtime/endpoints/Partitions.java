package dev.ecrgen.runtime.endpoints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AWS partitions, in the order {@code aws.partition} tries them, and the lookup from a region name to a
 * partition's outputs. These are the facts of botocore's {@code partitions.json} (version 1.1) written as code; a test
 * compares them with that file field by field. None of its regions carries outputs of its own (the format's region
 * entries hold only a description), so every region of a partition gets the partition's outputs.
 */
final class Partitions {

    /** One partition: its id, the pattern its region names follow, its outputs and the regions it lists. */
    record Partition(String id, String regionRegex, RulePartition outputs, List<String> regions) {}

    static final List<Partition> ALL = List.of(
            new Partition("aws", "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
                    new RulePartition("aws", "amazonaws.com", "api.aws", true, true, "us-east-1"),
                    List.of("af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2",
                            "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2",
                            "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
                            "aws-global", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1",
                            "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1",
                            "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
                            "us-west-1", "us-west-2")),
            new Partition("aws-cn", "^cn\\-\\w+\\-\\d+$",
                    new RulePartition("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", true, true,
                            "cn-northwest-1"),
                    List.of("aws-cn-global", "cn-north-1", "cn-northwest-1")),
            new Partition("aws-eusc", "^eusc\\-(de)\\-\\w+\\-\\d+$",
                    new RulePartition("aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu", true, true,
                            "eusc-de-east-1"),
                    List.of("eusc-de-east-1")),
            new Partition("aws-iso", "^us\\-iso\\-\\w+\\-\\d+$",
                    new RulePartition("aws-iso", "c2s.ic.gov", "api.aws.ic.gov", true, true, "us-iso-east-1"),
                    List.of("aws-iso-global", "us-iso-east-1", "us-iso-west-1")),
            new Partition("aws-iso-b", "^us\\-isob\\-\\w+\\-\\d+$",
                    new RulePartition("aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud", true, true, "us-isob-east-1"),
                    List.of("aws-iso-b-global", "us-isob-east-1", "us-isob-west-1")),
            new Partition("aws-iso-e", "^eu\\-isoe\\-\\w+\\-\\d+$",
                    new RulePartition("aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", true, true,
                            "eu-isoe-west-1"),
                    List.of("aws-iso-e-global", "eu-isoe-west-1")),
            new Partition("aws-iso-f", "^us\\-isof\\-\\w+\\-\\d+$",
                    new RulePartition("aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov", true, true,
                            "us-isof-south-1"),
                    List.of("aws-iso-f-global", "us-isof-east-1", "us-isof-south-1")),
            new Partition("aws-us-gov", "^us\\-gov\\-\\w+\\-\\d+$",
                    new RulePartition("aws-us-gov", "amazonaws.com", "api.aws", true, true, "us-gov-west-1"),
                    List.of("aws-us-gov-global", "us-gov-east-1", "us-gov-west-1")));

    /** Every listed region's partition outputs, so a listed region is found without running a pattern. */
    private static final Map<String, RulePartition> BY_REGION = byRegion();

    /** The partition for a region that is neither listed nor matched by a pattern. */
    private static final RulePartition FALLBACK = fallback();

    private Partitions() {
    }

    /**
     * Finds a region's partition: the one that lists it; otherwise the first whose pattern matches the whole name;
     * otherwise {@code aws}. Listed regions cost one hash lookup and allocate nothing; only an unlisted name runs
     * the patterns, which are compiled the first time one is needed (a client in a listed region never loads the
     * regular expression engine for this).
     */
    static RulePartition of(String region) {
        RulePartition listed = BY_REGION.get(region);
        if (listed != null) {
            return listed;
        }
        Pattern[] patterns = Patterns.ALL;
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].matcher(region).matches()) {
                return ALL.get(i).outputs();
            }
        }
        return FALLBACK;
    }

    /** The region patterns of {@link #ALL}, in the same order; compiled when this class is first used. */
    private static final class Patterns {
        static final Pattern[] ALL = Partitions.ALL.stream().map(p -> Pattern.compile(p.regionRegex()))
                .toArray(Pattern[]::new);

        private Patterns() {
        }
    }

    private static Map<String, RulePartition> byRegion() {
        Map<String, RulePartition> byRegion = new HashMap<>(128);
        for (Partition partition : ALL) {
            for (String region : partition.regions()) {
                if (byRegion.putIfAbsent(region, partition.outputs()) != null) {
                    throw new IllegalStateException("region " + region + " is listed by two partitions");
                }
            }
        }
        return byRegion;
    }

    private static RulePartition fallback() {
        for (Partition partition : ALL) {
            if (partition.id().equals("aws")) {
                return partition.outputs();
            }
        }
        throw new IllegalStateException("the partition table has no aws partition to fall back to");
    }
}
