package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Each rules function over the edge cases in {@link RuleTables}, and the contracts the tables do not show. */
class RulesFunctionsTest {

    @Test
    void isValidHostLabel() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.HostLabel row : RuleTables.HOST_LABELS) {
            if (RulesFunctions.isValidHostLabel(row.value(), row.subDomains()) != row.valid()) {
                wrong.add(row.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void substring() {
        List<String> wrong = new ArrayList<>();
        List<RuleTables.Substring> rows = new ArrayList<>(RuleTables.SUBSTRINGS);
        rows.addAll(RuleTables.NEGATIVE_SUBSTRINGS);
        for (RuleTables.Substring row : rows) {
            String actual = RulesFunctions.substring(row.input(), row.start(), row.stop(), row.reverse());
            if (!Objects.equals(actual, row.expected())) {
                wrong.add(row + " gave " + actual);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void substringLengthIsAlwaysStopMinusStart() {
        String input = "0123456789";
        for (int start = 0; start <= 10; start++) {
            for (int stop = start + 1; stop <= 10; stop++) {
                assertEquals(stop - start, RulesFunctions.substring(input, start, stop, false).length());
                assertEquals(stop - start, RulesFunctions.substring(input, start, stop, true).length());
            }
        }
    }

    @Test
    void uriEncode() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.UriEncode row : RuleTables.URI_ENCODES) {
            String actual = RulesFunctions.uriEncode(row.input());
            if (!actual.equals(row.expected())) {
                wrong.add(row + " gave " + actual);
            }
        }
        assertEquals(List.of(), wrong);
        assertNull(RulesFunctions.uriEncode(null));
        String plain = "nothing-to.encode_~";
        assertSame(plain, RulesFunctions.uriEncode(plain));
    }

    @Test
    void uriEncodeKeepsExactlyTheUnreservedAsciiCharacters() {
        for (char c = 0; c < 128; c++) {
            String encoded = RulesFunctions.uriEncode(String.valueOf(c));
            boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
            assertEquals(unreserved ? String.valueOf(c) : String.format("%%%02X", (int) c), encoded, "char " + (int) c);
        }
    }

    @Test
    void isVirtualHostableS3Bucket() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.Bucket row : RuleTables.BUCKETS) {
            if (RulesFunctions.isVirtualHostableS3Bucket(row.value(), row.subDomains()) != row.hostable()) {
                wrong.add(row.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void split() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.Split row : RuleTables.SPLITS) {
            List<String> actual = RulesFunctions.split(row.value(), row.delimiter(), row.limit());
            if (!actual.equals(row.parts())) {
                wrong.add(row + " gave " + actual);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void splitResultIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> RulesFunctions.split("a--b", "--", 0).add("c"));
        assertThrows(UnsupportedOperationException.class, () -> RulesFunctions.split("ab", "--", 0).add("c"));
    }

    @Test
    void splitRejectsWhatTheLanguageRulesOut() {
        assertEquals("split: the delimiter must not be empty", assertThrows(IllegalArgumentException.class,
                () -> RulesFunctions.split("abc", "", 0)).getMessage());
        assertEquals("split: the delimiter must not be empty", assertThrows(IllegalArgumentException.class,
                () -> RulesFunctions.split("abc", null, 1)).getMessage());
        assertEquals("split: the limit must be 0 (no limit) or more, was -1", assertThrows(
                IllegalArgumentException.class, () -> RulesFunctions.split("abc", "-", -1)).getMessage());
    }

    @Test
    void splitOfAnUnsetValueIsUnset() {
        assertEquals(null, RulesFunctions.split(null, "-", 1));
    }

    @Test
    void listElement() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.Element row : RuleTables.ELEMENTS) {
            String actual = RulesFunctions.listElement(row.list(), row.index());
            if (!Objects.equals(actual, row.expected())) {
                wrong.add(row + " gave " + actual);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void parseArn() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.Arn row : RuleTables.ARNS) {
            RuleArn actual = RulesFunctions.parseArn(row.input());
            if (!Objects.equals(actual, row.arn())) {
                wrong.add(row.input() + " gave " + actual + ", expected " + row.arn());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void arnResourceIsUnmodifiable() {
        RuleArn single = RulesFunctions.parseArn("arn:aws:s3:::bucket");
        RuleArn several = RulesFunctions.parseArn("arn:aws:ecr:us-east-1:1:repository/app");
        assertThrows(UnsupportedOperationException.class, () -> single.resourceId().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> several.resourceId().add("x"));
        assertEquals("RuleArn(partition=aws, service=ecr, region=us-east-1, accountId=1, resourceId=[repository, app])",
                several.toString());
    }

    @Test
    void parseUrl() {
        List<String> wrong = new ArrayList<>();
        for (RuleTables.Url row : RuleTables.URLS) {
            RuleUrl actual = RulesFunctions.parseUrl(row.input());
            if (!Objects.equals(actual, row.url())) {
                wrong.add(row.input() + " gave " + actual + ", expected " + row.url());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Characters on both sides of every range a URL scanner tests, and a few outside ASCII's printable ones. */
    private static final String EDGES = "\u001f !\"#$%&'()*+,-./09:;<=>?@AFGZ[\\]^_`afgz{|}~\u007f\u0080\u00e9";

    @Test
    void hostsPortsZonesAndUserInfoAtEveryCharacterEdge() {
        List<String> wrong = new ArrayList<>();
        for (char c : EDGES.toCharArray()) {
            String unreservedOrSubDelim = "-._~!$&'()*+,;=";
            boolean nameChar = c < 128 && (Character.isLetterOrDigit(c) || unreservedOrSubDelim.indexOf(c) >= 0);
            // in a host: a reg-name character (RFC 3986); '/', '?' and '#' end the authority and are left out
            if ("/?#@:%[]".indexOf(c) < 0) {
                expect(wrong, "https://a" + c + "b.example.com", nameChar);
            }
            // in user info: the same, and ':'
            if ("/?#@%[]".indexOf(c) < 0) {
                expect(wrong, "https://u" + c + "v@example.com", nameChar || c == ':');
            }
            // in a port: digits only
            if ("/?#@".indexOf(c) < 0) {
                expect(wrong, "https://example.com:8" + c, c >= '0' && c <= '9');
            }
            // in an IPv6 zone: unreserved characters only
            if ("/?#@%]".indexOf(c) < 0) {
                expect(wrong, "https://[fe80::1%25en" + c + "]", nameChar && "!$&'()*+,;=".indexOf(c) < 0);
            }
            // after a percent sign: two hex digits
            if ("/?#@".indexOf(c) < 0) {
                boolean hex = c < 128 && Character.digit(c, 16) >= 0;
                expect(wrong, "https://a%2" + c + ".example.com", hex);
                expect(wrong, "https://[fe80::1%25a%" + c + "0]", hex);
            }
            // in IPv6 groups: hex digits
            if ("/?#@%]".indexOf(c) < 0) {
                expect(wrong, "https://[fe80::" + c + "]", c < 128 && Character.digit(c, 16) >= 0);
            }
        }
        expect(wrong, "https://example.com:65535", true);
        expect(wrong, "https://example.com:65536", false);
        expect(wrong, "https://example.com:000443", false);
        expect(wrong, "https://example.com:0", true);
        expect(wrong, "https://[fe80::1%25]", false);
        expect(wrong, "https://a%2", false);
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String url, boolean valid) {
        if ((RulesFunctions.parseUrl(url) != null) != valid) {
            wrong.add(url + (valid ? " should parse" : " should not parse"));
        }
    }

    @Test
    void urlValues() {
        RuleUrl url = RulesFunctions.parseUrl("https://example.com:8443/a/b");
        assertEquals("RuleUrl(scheme=https, authority=example.com:8443, path=/a/b, normalizedPath=/a/b/, isIp=false)",
                url.toString());
        assertEquals(url, RulesFunctions.parseUrl("https://example.com:8443/a/b"));
        assertEquals(url.hashCode(), RulesFunctions.parseUrl("https://example.com:8443/a/b").hashCode());
        // a path that already ends in a slash is its own normalized path
        RuleUrl slash = RulesFunctions.parseUrl("https://example.com/a/");
        assertSame(slash.path(), slash.normalizedPath());
    }

    @Test
    void partitionOfListedPatternedAndUnknownRegions() {
        assertEquals("aws", RulesFunctions.partition("us-east-1").name());
        assertEquals("aws", RulesFunctions.partition("aws-global").name());
        assertEquals("aws-cn", RulesFunctions.partition("aws-cn-global").name());
        assertEquals("aws-us-gov", RulesFunctions.partition("us-gov-west-1").name());
        assertEquals("aws", RulesFunctions.partition("us-east-99").name());
        assertEquals("aws-cn", RulesFunctions.partition("cn-north-9").name());
        assertEquals("aws-us-gov", RulesFunctions.partition("us-gov-north-7").name());
        assertEquals("aws-iso-b", RulesFunctions.partition("us-isob-south-2").name());
        assertEquals("aws-iso-f", RulesFunctions.partition("us-isof-north-3").name());
        assertEquals("aws-eusc", RulesFunctions.partition("eusc-de-west-2").name());
        assertEquals("aws", RulesFunctions.partition("eusc-fr-west-2").name());
        assertEquals("aws", RulesFunctions.partition("foo").name());
        assertEquals("aws", RulesFunctions.partition("").name());
        assertEquals("aws", RulesFunctions.partition("cn-north-1\n").name());
        assertNull(RulesFunctions.partition(null));
        RulePartition cn = RulesFunctions.partition("cn-north-1");
        assertEquals("RulePartition(name=aws-cn, dnsSuffix=amazonaws.com.cn,"
                + " dualStackDnsSuffix=api.amazonwebservices.com.cn, supportsFIPS=true, supportsDualStack=true,"
                + " implicitGlobalRegion=cn-northwest-1)", cn.toString());
    }

    @Test
    void partitionResultsAreSharedInstances() {
        RulePartition aws = RulesFunctions.partition("us-east-1");
        assertSame(aws, RulesFunctions.partition("eu-west-1"));
        assertSame(aws, RulesFunctions.partition("us-west-42"));
        assertSame(aws, RulesFunctions.partition("nowhere"));
        assertTrue(aws.supportsFIPS() && aws.supportsDualStack());
    }
}
