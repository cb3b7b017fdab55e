package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RulesFunctions} against the functions the AWS SDK for Java generates into the official ECR client
 * ({@code software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions}), over the tables of
 * {@link RuleTables} and thousands of generated inputs ({@code -Decrgen.diff.seed=N} repeats a run).
 *
 * <p>Where the two differ, the input must fall under one of the deliberate differences named per function below, each
 * a place where the official function is more lenient than the rules language specifies or throws for input the
 * language's type checker rules out. Any other difference fails the test with the inputs that show it. None of them
 * concerns a function ECR's rule set calls ({@code aws.partition}, which agrees everywhere).
 */
class RulesFunctionsDifferentialTest {

    private static final long SEED = Long.getLong("ecrgen.diff.seed", 20260117L);
    private static final int GENERATED = 4000;

    @BeforeAll
    static void printSeed() {
        System.out.printf("[endpoints] rules functions against the AWS SDK's: seed %d (-Decrgen.diff.seed=%d repeats)%n",
                SEED, SEED);
    }

    // ---- the official functions, with what they return or throw as comparable text

    private static String official(Callable<Object> call) {
        try {
            return show(call.call());
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }

    private static String show(Object value) {
        if (value instanceof software.amazon.awssdk.services.ecr.endpoints.internal.RuleUrl) {
            var url = (software.amazon.awssdk.services.ecr.endpoints.internal.RuleUrl) value;
            return "url " + url.scheme() + " | " + url.authority() + " | " + url.path() + " | " + url.normalizedPath()
                    + " | " + url.isIp();
        }
        if (value instanceof RuleUrl) {
            RuleUrl url = (RuleUrl) value;
            return "url " + url.scheme() + " | " + url.authority() + " | " + url.path() + " | " + url.normalizedPath()
                    + " | " + url.isIp();
        }
        if (value instanceof software.amazon.awssdk.services.ecr.endpoints.internal.RuleArn) {
            var arn = (software.amazon.awssdk.services.ecr.endpoints.internal.RuleArn) value;
            return "arn " + arn.partition() + " | " + arn.service() + " | " + arn.region() + " | " + arn.accountId()
                    + " | " + arn.resourceId();
        }
        if (value instanceof RuleArn) {
            RuleArn arn = (RuleArn) value;
            return "arn " + arn.partition() + " | " + arn.service() + " | " + arn.region() + " | " + arn.accountId()
                    + " | " + arn.resourceId();
        }
        if (value instanceof software.amazon.awssdk.services.ecr.endpoints.internal.RulePartition) {
            var partition = (software.amazon.awssdk.services.ecr.endpoints.internal.RulePartition) value;
            return "partition " + partition.name() + " | " + partition.dnsSuffix() + " | "
                    + partition.dualStackDnsSuffix() + " | " + partition.supportsFIPS() + " | "
                    + partition.supportsDualStack() + " | " + partition.implicitGlobalRegion();
        }
        if (value instanceof RulePartition) {
            RulePartition partition = (RulePartition) value;
            return "partition " + partition.name() + " | " + partition.dnsSuffix() + " | "
                    + partition.dualStackDnsSuffix() + " | " + partition.supportsFIPS() + " | "
                    + partition.supportsDualStack() + " | " + partition.implicitGlobalRegion();
        }
        return String.valueOf(value);
    }

    private static String ours(Callable<Object> call) {
        try {
            return show(call.call());
        } catch (IllegalArgumentException e) {
            return "threw " + e.getClass().getSimpleName();
        } catch (Exception e) {
            throw new AssertionError("threw what it must not: " + e, e);
        }
    }

    /** Counts agreements and the documented differences, and collects the rest. */
    private static final class Diff {
        private final String function;
        private int agreed;
        private final Map<String, Integer> documented = new TreeMap<>();
        private final List<String> unexplained = new ArrayList<>();

        Diff(String function) {
            this.function = function;
        }

        /** {@code explain} names the deliberate difference an input shows, or gives null for none. */
        void compare(String input, String ours, String official, Function<String, String> explain) {
            if (ours.equals(official)) {
                agreed++;
                return;
            }
            String reason = explain.apply(official);
            if (reason == null) {
                unexplained.add(input + "\n      ours:     " + ours + "\n      official: " + official);
            } else {
                documented.merge(reason, 1, Integer::sum);
            }
        }

        void assertExplained() {
            System.out.printf("[endpoints] %s: %d inputs agree, deliberate differences %s%n", function, agreed,
                    documented);
            if (!unexplained.isEmpty()) {
                fail(function + " differs from the AWS SDK's on " + unexplained.size() + " input(s) no documented"
                        + " difference explains (seed " + SEED + "):\n    "
                        + String.join("\n    ", unexplained.subList(0, Math.min(25, unexplained.size()))));
            }
            assertTrue(agreed > 0, function + ": nothing agreed");
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            text.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return text.append('"').toString();
    }

    // ---- per function

    @Test
    void isValidHostLabel() {
        Diff diff = new Diff("isValidHostLabel");
        Inputs inputs = new Inputs(SEED);
        List<RuleTables.HostLabel> rows = new ArrayList<>(RuleTables.HOST_LABELS);
        for (int i = 0; i < GENERATED; i++) {
            rows.add(new RuleTables.HostLabel(inputs.hostName(), inputs.random.nextBoolean(), false));
        }
        for (RuleTables.HostLabel row : rows) {
            diff.compare(quote(row.value()) + ", " + row.subDomains(),
                    ours(() -> RulesFunctions.isValidHostLabel(row.value(), row.subDomains())),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .isValidHostLabel(row.value(), row.subDomains())),
                    official -> null);
        }
        diff.assertExplained();
    }

    @Test
    void isVirtualHostableS3Bucket() {
        Diff diff = new Diff("aws.isVirtualHostableS3Bucket");
        Inputs inputs = new Inputs(SEED + 1);
        List<RuleTables.Bucket> rows = new ArrayList<>(RuleTables.BUCKETS);
        for (int i = 0; i < GENERATED; i++) {
            rows.add(new RuleTables.Bucket(inputs.bucket(), inputs.random.nextBoolean(), false));
        }
        for (RuleTables.Bucket row : rows) {
            diff.compare(quote(row.value()) + ", " + row.subDomains(),
                    ours(() -> RulesFunctions.isVirtualHostableS3Bucket(row.value(), row.subDomains())),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .awsIsVirtualHostableS3Bucket(row.value(), row.subDomains())),
                    official -> null);
        }
        diff.assertExplained();
    }

    @Test
    void substring() {
        Diff diff = new Diff("substring");
        Inputs inputs = new Inputs(SEED + 2);
        List<RuleTables.Substring> rows = new ArrayList<>(RuleTables.SUBSTRINGS);
        rows.addAll(RuleTables.NEGATIVE_SUBSTRINGS);
        for (int i = 0; i < GENERATED; i++) {
            int start = inputs.random.nextInt(14) - 2;
            rows.add(new RuleTables.Substring(inputs.text(12), start, start + inputs.random.nextInt(8) - 1,
                    inputs.random.nextBoolean(), null));
        }
        for (RuleTables.Substring row : rows) {
            diff.compare(quote(row.input()) + ", " + row.start() + ", " + row.stop() + ", " + row.reverse(),
                    ours(() -> RulesFunctions.substring(row.input(), row.start(), row.stop(), row.reverse())),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .substring(row.input(), row.start(), row.stop(), row.reverse())),
                    // the official function passes a negative start to String.substring, which throws
                    official -> row.start() < 0 && official.startsWith("threw") ? "negative start throws" : null);
        }
        diff.assertExplained();
    }

    @Test
    void uriEncode() {
        Diff diff = new Diff("uriEncode");
        Inputs inputs = new Inputs(SEED + 3);
        List<String> values = new ArrayList<>();
        RuleTables.URI_ENCODES.forEach(row -> values.add(row.input()));
        for (int i = 0; i < GENERATED; i++) {
            values.add(inputs.anyText(20));
        }
        values.add(null);
        for (String value : values) {
            diff.compare(quote(value), ours(() -> RulesFunctions.uriEncode(value)),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .uriEncode(value)),
                    // the official function throws on null, which a rule set cannot pass (uriEncode takes a string)
                    official -> value == null ? "unset value throws" : null);
        }
        diff.assertExplained();
    }

    @Test
    void split() {
        Diff diff = new Diff("split");
        Inputs inputs = new Inputs(SEED + 4);
        List<RuleTables.Split> rows = new ArrayList<>(RuleTables.SPLITS);
        String[] delimiters = {"-", "--", "a", "ab", "-a-", "x", "", null};
        for (int i = 0; i < GENERATED; i++) {
            rows.add(new RuleTables.Split(inputs.from("ab-", 12), inputs.pick(delimiters),
                    inputs.random.nextInt(7) - 1, null));
        }
        rows.add(new RuleTables.Split(null, "-", 0, null));
        rows.add(new RuleTables.Split(null, "-", 1, null));
        for (RuleTables.Split row : rows) {
            diff.compare(quote(row.value()) + ", " + quote(row.delimiter()) + ", " + row.limit(),
                    ours(() -> RulesFunctions.split(row.value(), row.delimiter(), row.limit())),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .split(row.value(), row.delimiter(), row.limit())),
                    // both refuse what the language rules out; the official throws its own client exception
                    official -> official.equals("threw SdkClientException") ? "both refuse, other exception" : null);
        }
        diff.assertExplained();
    }

    @Test
    void listElement() {
        Diff diff = new Diff("getAttr [index]");
        Inputs inputs = new Inputs(SEED + 5);
        List<RuleTables.Element> rows = new ArrayList<>(RuleTables.ELEMENTS);
        for (int i = 0; i < GENERATED; i++) {
            List<String> list = new ArrayList<>();
            for (int k = inputs.random.nextInt(5); k > 0; k--) {
                list.add("e" + k);
            }
            rows.add(new RuleTables.Element(inputs.random.nextInt(10) == 0 ? null : list,
                    inputs.random.nextInt(13) - 6, null));
        }
        for (RuleTables.Element row : rows) {
            diff.compare(row.list() + ", " + row.index(), ours(() -> RulesFunctions.listElement(row.list(), row.index())),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .listAccess(row.list(), row.index())),
                    official -> null);
        }
        diff.assertExplained();
    }

    @Test
    void parseArn() {
        Diff diff = new Diff("aws.parseArn");
        Inputs inputs = new Inputs(SEED + 6);
        List<String> values = new ArrayList<>();
        RuleTables.ARNS.forEach(row -> values.add(row.input()));
        for (int i = 0; i < GENERATED; i++) {
            values.add(inputs.arn());
        }
        for (String value : values) {
            diff.compare(quote(value), ours(() -> RulesFunctions.parseArn(value)),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .awsParseArn(value)),
                    official -> null);
        }
        diff.assertExplained();
    }

    @Test
    void partition() {
        Diff diff = new Diff("aws.partition");
        Inputs inputs = new Inputs(SEED + 7);
        List<String> regions = new ArrayList<>(PartitionsFile.listedRegions());
        int listed = regions.size();
        regions.addAll(List.of("us-east-99", "cn-north-9", "foo", "", "us-gov-east-9", "us-iso-west-9",
                "us-isob-west-9", "us-isof-east-9", "eu-isoe-west-9", "eusc-de-west-9", "eusc-fr-west-1",
                "aws-global-2", "US-EAST-1", "cn-north-1\n", "us-east-1 "));
        for (int i = 0; i < GENERATED; i++) {
            regions.add(inputs.region());
        }
        for (String region : regions) {
            diff.compare(quote(region), ours(() -> RulesFunctions.partition(region)),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .awsPartition(region)),
                    official -> null);
        }
        diff.assertExplained();
        assertTrue(listed > 50, "regions listed in partitions.json: " + listed);
    }

    @Test
    void parseUrl() {
        Diff diff = new Diff("parseURL");
        Inputs inputs = new Inputs(SEED + 8);
        List<String> values = new ArrayList<>();
        RuleTables.URLS.forEach(row -> values.add(row.input()));
        for (int i = 0; i < GENERATED; i++) {
            values.add(inputs.url());
        }
        for (String value : values) {
            RuleUrl ours = RulesFunctions.parseUrl(value);
            diff.compare(quote(value), ours(() -> ours),
                    official(() -> software.amazon.awssdk.services.ecr.endpoints.internal.RulesFunctions
                            .parseURL(value)),
                    official -> UrlDifferences.explain(value, ours, official));
        }
        diff.assertExplained();
    }

    /**
     * Why the official parseURL, which is {@code java.net.URL}'s parser, accepts URLs that the rules language's URL
     * does not describe. Each input is explained by the first rule it shows; it is only ever a case where ours is
     * unset and the official is not, or where the official keeps user info in the authority.
     */
    static final class UrlDifferences {

        private UrlDifferences() {
        }

        static String explain(String input, RuleUrl ours, String official) {
            if (!official.startsWith("url ")) {
                return null;
            }
            String[] parts = official.substring(4).split(" \\| ", -1);
            String scheme = parts[0];
            String authority = parts[1];
            if (ours != null) {
                // the only accepted URL we take apart differently: the spec keeps user info out of the authority
                return authority.contains("@") && authority.endsWith("@" + ours.authority()) ? "user info dropped"
                        : null;
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "other scheme (" + scheme + ")";
            }
            if (input.length() > 0 && (input.charAt(0) <= ' ' || input.charAt(input.length() - 1) <= ' ')
                    || input.regionMatches(true, 0, "url:", 0, 4)) {
                return "trimmed or url: prefix";
            }
            if (authority.equals("null") || authority.isEmpty()) {
                return "no host";
            }
            if (input.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
                return "space or control character";
            }
            String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
            int portColon = hostAndPort.startsWith("[") ? hostAndPort.indexOf(':', hostAndPort.indexOf(']'))
                    : hostAndPort.indexOf(':');
            if (portColon >= 0) {
                String port = hostAndPort.substring(portColon + 1);
                if (!port.matches("[0-9]{0,5}") || !port.isEmpty() && Integer.parseInt(port) > 65535) {
                    return "port not 0 to 65535";
                }
            }
            String host = portColon >= 0 ? hostAndPort.substring(0, portColon) : hostAndPort;
            if (host.startsWith("[") && !host.matches("\\[[0-9A-Fa-f:.]*(%25[A-Za-z0-9._~-]+)?\\]")) {
                return "IPv6 zone not in RFC 6874 form";
            }
            if (host.matches("\\[.*:([0-9]{1,3}\\.){3}[0-9]{1,3}\\]")
                    && host.substring(host.lastIndexOf(':')).matches(".*[:.]0[0-9].*")) {
                return "IPv6 with an IPv4 tail in leading zeros (no RFC 3986 dec-octet)";
            }
            if (!host.startsWith("[") && !host.matches("([A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+")) {
                return "host has characters RFC 3986 does not allow";
            }
            String userInfo = authority.substring(0, authority.lastIndexOf('@') + 1);
            if (!userInfo.matches("([A-Za-z0-9._~!$&'()*+,;=:-]|%[0-9A-Fa-f]{2})*@?")) {
                return "user info has characters RFC 3986 does not allow";
            }
            return null;
        }
    }

    // ---- generated inputs

    /** Random inputs built from pieces that reach the functions' edge cases. */
    static final class Inputs {
        final Random random;

        Inputs(long seed) {
            this.random = new Random(seed);
        }

        String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }

        String from(String alphabet, int maxLength) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        /** ASCII letters and digits mostly, with hyphens, dots, a few non-ASCII and control characters. */
        String text(int maxLength) {
            return from("abcXYZ0189-._~ \u007F\u0080\u00E9\uFDFD", maxLength);
        }

        /** Any characters: all of ASCII, Latin-1, BMP, surrogate pairs and lone surrogates. */
        String anyText(int maxLength) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> text.append((char) random.nextInt(0x80));
                    case 3 -> text.append((char) (0x80 + random.nextInt(0x780)));
                    case 4 -> text.append((char) random.nextInt(0x10000));
                    default -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                }
            }
            return text.toString();
        }

        String label() {
            return switch (random.nextInt(8)) {
                case 0 -> "";
                case 1 -> "a".repeat(62 + random.nextInt(3));
                case 2 -> from("-_ ", 2) + from("ab9", 4);
                default -> from("abcAZ09-_\u00E9", 8);
            };
        }

        String hostName() {
            StringBuilder name = new StringBuilder(label());
            for (int n = random.nextInt(3); n > 0; n--) {
                name.append(pick(".", ".", "..", "-.", " ")).append(label());
            }
            return random.nextInt(20) == 0 ? null : name.toString();
        }

        String bucket() {
            return switch (random.nextInt(6)) {
                case 0 -> ip(random.nextBoolean());
                case 1 -> "a".repeat(61 + random.nextInt(4));
                case 2 -> random.nextInt(10) == 0 ? null : from("ab09", 3);
                default -> from("abz09-.A_", 12);
            };
        }

        String ip(boolean strict) {
            StringBuilder ip = new StringBuilder();
            int groups = strict ? 4 : 3 + random.nextInt(3);
            for (int i = 0; i < groups; i++) {
                if (i > 0) {
                    ip.append('.');
                }
                ip.append(switch (random.nextInt(6)) {
                    case 0 -> "0";
                    case 1 -> "255";
                    case 2 -> pick("256", "999", "01", "007", "1234", "");
                    default -> String.valueOf(random.nextInt(256));
                });
            }
            return ip.toString();
        }

        String arn() {
            StringBuilder arn = new StringBuilder(pick("arn:", "arn:", "arn:", "ARN:", "arn", "", " arn:"));
            for (int field = 0; field < 4; field++) {
                arn.append(pick("", "aws", "s3", "us-east-1", "123456789012", "a b", "x")).append(pick(":", ":", ":",
                        "", "::"));
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                arn.append(pick("", "repo", "a", "b")).append(pick(":", "/", "", "//"));
            }
            return arn.toString();
        }

        String region() {
            return pick("us", "eu", "ap", "cn", "us-gov", "us-iso", "us-isob", "us-isof", "eu-isoe", "eusc-de",
                    "eusc", "me", "il", "mx", "sa", "xx", "aws", "US", "") + pick("-", "-", "_", "")
                    + pick("east", "west", "north", "central", "gov", "global", "", "éast") + pick("-", "-", "")
                    + pick("1", "2", "9", "10", "", "a", "1a");
        }

        String url() {
            String scheme = pick("https", "http", "https", "http", "HTTPS", "Http", "ftp", "file", "acbd", "jar",
                    "mailto", "", "url:https");
            String separator = pick("://", "://", "://", "://", ":/", ":", "//", ":///");
            String userInfo = random.nextInt(8) == 0 ? pick("user", "user:pw", "", "a b", "%41", "u@v") + "@" : "";
            String host = switch (random.nextInt(10)) {
                case 0 -> ip(random.nextBoolean());
                case 1 -> "[" + ipv6() + "]";
                case 2 -> pick("", "a b.com", "b\u00FCcher.de", "a\\b", "a%2", "a%41b", "-x-", "a_b.com", "%zz");
                default -> from("abc", 3) + pick(".com", ".example.com", "", ".") + from("x-", 2);
            };
            String port = random.nextInt(4) == 0 ? ":" + pick("", "80", "443", "65535", "65536", "99999", "123456",
                    "a", "-1", "+80", "08") : "";
            String path = random.nextInt(2) == 0 ? "" : pick("/", "/p", "/a/b", "/a/b/", "//x", "/a b", "/\t", "/é");
            String query = random.nextInt(8) == 0 ? pick("?", "?a=b") : "";
            String fragment = random.nextInt(8) == 0 ? pick("#", "#f", "#f?x") : "";
            String url = scheme + separator + userInfo + host + port + path + query + fragment;
            return random.nextInt(30) == 0 ? pick(" ", "\t", "") + url + pick(" ", "\n", "") : url;
        }

        String ipv6() {
            return switch (random.nextInt(12)) {
                case 0 -> "::";
                case 1 -> "::1";
                case 2 -> "fe80::1" + pick("%25eth0", "%eth0", "%25", "");
                case 3 -> "1:2:3:4:5:6:7:8";
                case 4 -> "1:2:3:4:5:6:7:8:9";
                case 5 -> "1:2:3:4::5:6:7:8";
                case 6 -> "::ffff:" + ip(random.nextBoolean());
                case 7 -> "1::2::3";
                case 8 -> "12345::";
                case 9 -> ":1:2:3:4:5:6:7";
                case 10 -> "1:2:3:4:5:6:7:";
                default -> from("0123456789abcdefABCDEFg:", 20);
            };
        }
    }
}
