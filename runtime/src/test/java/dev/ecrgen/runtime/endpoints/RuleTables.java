package dev.ecrgen.runtime.endpoints;

import java.util.Arrays;
import java.util.List;

/**
 * Edge cases of each rules function with the results the rules language specifies, shared by the table tests and
 * the differential test against the AWS SDK. A null expectation is the language's unset value.
 */
final class RuleTables {

    private RuleTables() {
    }

    record HostLabel(String value, boolean subDomains, boolean valid) {
    }

    record Substring(String input, int start, int stop, boolean reverse, String expected) {
    }

    record UriEncode(String input, String expected) {
    }

    /** {@code url} null when the input is not a URL the language accepts. */
    record Url(String input, RuleUrl url) {
    }

    /** {@code arn} null when the input is not an ARN. */
    record Arn(String input, RuleArn arn) {
    }

    record Bucket(String value, boolean subDomains, boolean hostable) {
    }

    record Split(String value, String delimiter, int limit, List<String> parts) {
    }

    record Element(List<String> list, int index, String expected) {
    }

    static final String LABEL_63 = "a".repeat(63);
    static final String LABEL_64 = "a".repeat(64);

    static final List<HostLabel> HOST_LABELS = List.of(
            new HostLabel("us-east-1", false, true),
            new HostLabel("a", false, true),
            new HostLabel("9", false, true),
            new HostLabel("3aws4", false, true),
            new HostLabel("UPPER-lower-09", false, true),
            new HostLabel(LABEL_63, false, true),
            new HostLabel(LABEL_64, false, false),
            new HostLabel("ends-with-hyphen-", false, true),
            new HostLabel("-starts-with-hyphen", false, false),
            new HostLabel("", false, false),
            new HostLabel("", true, false),
            new HostLabel(null, false, false),
            new HostLabel(null, true, false),
            new HostLabel("part1.part2", false, false),
            new HostLabel("part1.part2", true, true),
            new HostLabel("part1 part2", false, false),
            new HostLabel("part1 part2", true, false),
            new HostLabel("part1.", true, false),
            new HostLabel(".part1", true, false),
            new HostLabel("part1..part2", true, false),
            new HostLabel("part1.-part2", true, false),
            new HostLabel("part1-.part2", true, true),
            new HostLabel("under_score", false, false),
            new HostLabel("a.b.c.d.e", true, true),
            new HostLabel(LABEL_63 + "." + LABEL_63 + "." + LABEL_63, true, true),
            new HostLabel(LABEL_63 + "." + LABEL_64, true, false),
            new HostLabel("bücher", false, false),
            new HostLabel("123456789012", false, true),
            new HostLabel("a\u0000", false, false),
            new HostLabel("a\n", false, false));

    static final List<Substring> SUBSTRINGS = List.of(
            new Substring("abcdefg", 0, 4, false, "abcd"),
            new Substring("abcd", 0, 4, false, "abcd"),
            new Substring("abc", 0, 4, false, null),
            new Substring("", 0, 4, false, null),
            new Substring("abcdefg", 0, 4, true, "defg"),
            new Substring("defg", 0, 4, true, "defg"),
            new Substring("abc", 0, 4, true, null),
            new Substring("defg", 1, 3, false, "ef"),
            new Substring("def", 1, 3, false, "ef"),
            new Substring("ab", 1, 3, false, null),
            new Substring("abcdef", 1, 3, true, "de"),
            new Substring("\u007Fabcdef", 0, 4, false, "\u007Fabc"),
            new Substring("\uFDFD", 0, 1, false, null),
            new Substring("abcd\u00E9", 0, 2, false, null),
            new Substring("\u00E9abcd", 1, 3, true, null),
            new Substring("abc", 1, 1, false, null),
            new Substring("abc", 2, 1, false, null),
            new Substring("abc", 0, 0, false, null),
            new Substring("abc", 0, 3, false, "abc"),
            new Substring("abc", 0, 3, true, "abc"),
            new Substring("abc", 3, 4, false, null),
            new Substring(null, 0, 1, false, null),
            new Substring(null, 0, 1, true, null),
            // the stream id checks of Kinesis' rule set: 20 characters, a delimiter, a 3-character suffix
            new Substring("arn:aws:kinesis:us-east-1:1:stream/x", 0, 20, false, "arn:aws:kinesis:us-e"),
            new Substring("a-b", 3, 4, true, null),
            new Substring("abcd-b", 3, 4, true, "c"));

    /** Negative start indexes: the specification leaves them to the bounds rule, so they give unset. */
    static final List<Substring> NEGATIVE_SUBSTRINGS = List.of(
            new Substring("abcdef", -1, 2, false, null),
            new Substring("abcdef", -1, 2, true, null),
            new Substring("abcdef", -3, -1, false, null));

    static final List<UriEncode> URI_ENCODES = List.of(
            new UriEncode("abcdefg", "abcdefg"),
            new UriEncode("abc:defg", "abc%3Adefg"),
            new UriEncode("/:,?#[]{}|@! $&'()*+;=%<>\"^`\\",
                    "%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%20%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C"),
            new UriEncode("0123456789.underscore_dash-Tilda~", "0123456789.underscore_dash-Tilda~"),
            new UriEncode("\uD83D\uDE39", "%F0%9F%98%B9"),
            new UriEncode("", ""),
            new UriEncode("a b+c", "a%20b%2Bc"),
            new UriEncode("\u0000\u001F\u007F", "%00%1F%7F"),
            new UriEncode("\u00E9\u07FF\u0800\uFFFF", "%C3%A9%DF%BF%E0%A0%80%EF%BF%BF"),
            new UriEncode("\uDBFF\uDFFF", "%F4%8F%BF%BF"),
            new UriEncode("lone \uD800 high", "lone%20%3F%20high"),
            new UriEncode("lone \uDC00 low", "lone%20%3F%20low"),
            new UriEncode("\uDC00\uD800", "%3F%3F"),
            new UriEncode("%7E~%2A*", "%257E~%252A%2A"),
            new UriEncode("arn:aws:s3:us-east-1:123:accesspoint/my-ap",
                    "arn%3Aaws%3As3%3Aus-east-1%3A123%3Aaccesspoint%2Fmy-ap"));

    static final List<Url> URLS = List.of(
            url("https://example.com", "https", "example.com", "", "/", false),
            url("https://example.com/", "https", "example.com", "/", "/", false),
            url("http://example.com:80/foo/bar", "http", "example.com:80", "/foo/bar", "/foo/bar/", false),
            url("https://authority.com/custom-path", "https", "authority.com", "/custom-path", "/custom-path/", false),
            url("https://authority.com:8000/port", "https", "authority.com:8000", "/port", "/port/", false),
            url("https://127.0.0.1", "https", "127.0.0.1", "", "/", true),
            url("http://192.168.1.1/foo/", "http", "192.168.1.1", "/foo/", "/foo/", true),
            url("http://192.168.1.1:1234/foo/", "http", "192.168.1.1:1234", "/foo/", "/foo/", true),
            url("https://[fe80::1]", "https", "[fe80::1]", "", "/", true),
            url("https://[2001:db8:85a3:8d3:1319:8a2e:370:7348]:443", "https",
                    "[2001:db8:85a3:8d3:1319:8a2e:370:7348]:443", "", "/", true),
            url("https://[::ffff:192.0.2.1]/x", "https", "[::ffff:192.0.2.1]", "/x", "/x/", true),
            url("https://[::]", "https", "[::]", "", "/", true),
            url("https://[fe80::1%25eth0]", "https", "[fe80::1%25eth0]", "", "/", true),
            url("https://999.999.abc.blah", "https", "999.999.abc.blah", "", "/", false),
            url("https://1.2.3.256", "https", "1.2.3.256", "", "/", false),
            url("https://01.2.3.4", "https", "01.2.3.4", "", "/", false),
            url("https://1.2.3.4.5", "https", "1.2.3.4.5", "", "/", false),
            url("http://99_ab.com", "http", "99_ab.com", "", "/", false),
            url("http://99_ab-.com", "http", "99_ab-.com", "", "/", false),
            url("HTTPS://Example.COM/Path", "https", "Example.COM", "/Path", "/Path/", false),
            url("https://user:secret@example.com/x", "https", "example.com", "/x", "/x/", false),
            url("https://example.com:", "https", "example.com:", "", "/", false),
            url("https://example.com:65535", "https", "example.com:65535", "", "/", false),
            url("https://example.com#fragment", "https", "example.com", "", "/", false),
            url("https://example.com/p#frag?not-a-query", "https", "example.com", "/p", "/p/", false),
            url("https://example.com//double", "https", "example.com", "//double", "//double/", false),
            url("https://a%2Db.example.com", "https", "a%2Db.example.com", "", "/", false),
            url("https://s3.us-west-2.amazonaws.com/bucket/key%20x", "https", "s3.us-west-2.amazonaws.com",
                    "/bucket/key%20x", "/bucket/key%20x/", false),
            noUrl("https://example.com:8443?foo=bar&faz=baz"),
            noUrl("https://example.com/path?query1=foo"),
            noUrl("https://example.com/?"),
            noUrl("https://example.com?"),
            noUrl("acbd://example.com"),
            noUrl("ftp://example.com"),
            noUrl("file:///etc/hosts"),
            noUrl("http://abc.com:a/foo"),
            noUrl("https://example.com:65536"),
            noUrl("https://example.com:-1"),
            noUrl("https://"),
            noUrl("https:///path"),
            noUrl("http:example.com"),
            noUrl("http:/example.com"),
            noUrl("example.com"),
            noUrl(""),
            noUrl(" https://example.com"),
            noUrl("https://example.com "),
            noUrl("https://exa mple.com"),
            noUrl("https://example.com/a b"),
            noUrl("https://example.com/\t"),
            noUrl("https://b\u00FCcher.de"),
            noUrl("https://a\\b.com"),
            noUrl("https://a%2.com"),
            noUrl("https://[fe80::1"),
            noUrl("https://[fe80::1%eth0]"),
            noUrl("https://[1.2.3.4]"),
            noUrl("https://[::ffff:1.2.3.04]"),
            noUrl("https://[::ffff:1.2.3.256]"),
            noUrl("https://[::1]x"),
            noUrl("https://[1:2:3:4:5:6:7:8:9]"),
            noUrl("https://[1:2:3:4::5:6:7:8]"),
            noUrl("https://[1::2::3]"),
            noUrl("https://[12345::]"),
            noUrl("https://a@b@c.com"),
            noUrl("url:https://example.com"),
            noUrl("httpss://example.com"),
            noUrl("http\u017F://example.com"),
            noUrl(null));

    static final List<Arn> ARNS = List.of(
            arn("arn:aws:sns:us-west-2:012345678910:example-sns-topic-name", "aws", "sns", "us-west-2",
                    "012345678910", "example-sns-topic-name"),
            arn("arn:aws:ec2:us-east-1:012345678910:vpc/vpc-0e9801d129EXAMPLE", "aws", "ec2", "us-east-1",
                    "012345678910", "vpc", "vpc-0e9801d129EXAMPLE"),
            arn("arn:aws:iam::012345678910:user/johndoe", "aws", "iam", "", "012345678910", "user", "johndoe"),
            arn("arn:aws:s3:::bucket_name", "aws", "s3", "", "", "bucket_name"),
            arn("arn:aws:ecr:us-east-1:123456789012:repository/team/app", "aws", "ecr", "us-east-1", "123456789012",
                    "repository", "team", "app"),
            arn("arn:aws:s3:us-east-2:012345678:outpost:", "aws", "s3", "us-east-2", "012345678", "outpost", ""),
            arn("arn:aws:s3:::a//b:", "aws", "s3", "", "", "a", "", "b", ""),
            arn("arn:aws:s3:::/", "aws", "s3", "", "", "", ""),
            arn("arn:aws:s3:::a:b:c/d", "aws", "s3", "", "", "a", "b", "c", "d"),
            arn("arn:aws-cn:kinesis:cn-north-1:1:stream/s/consumer/c:1", "aws-cn", "kinesis", "cn-north-1", "1",
                    "stream", "s", "consumer", "c", "1"),
            arn("arn:p:s:::x", "p", "s", "", "", "x"),
            arn("arn: : : : : ", " ", " ", " ", " ", " "),
            noArn("11111111-2222-3333-4444-555555555555"),
            noArn("arn:aws:s3:us-east-2:012345678:"),
            noArn("arn::s3:us-east-1:1:bucket"),
            noArn("arn:aws::us-east-1:1:bucket"),
            noArn("arn:aws:s3:us-east-1:1"),
            noArn("arn:aws:s3:us-east-1"),
            noArn("arn:aws"),
            noArn("arn:"),
            noArn("arn"),
            noArn("ARN:aws:s3:::bucket"),
            noArn(" arn:aws:s3:::bucket"),
            noArn(""),
            noArn(null));

    static final List<Bucket> BUCKETS = List.of(
            new Bucket("ab", false, false),
            new Bucket("abc", false, true),
            new Bucket(LABEL_63, false, true),
            new Bucket(LABEL_64, false, false),
            new Bucket("-abc", false, false),
            new Bucket(".abc", true, false),
            new Bucket("abc-", false, false),
            new Bucket("abc.", true, false),
            new Bucket("a-b-c", false, true),
            new Bucket("a.b-c", false, false),
            new Bucket("abc", true, true),
            new Bucket("a-b-c", true, true),
            new Bucket("a.b-c", true, true),
            new Bucket("a..b", true, false),
            new Bucket("a-.b", true, false),
            new Bucket("a.-b", true, false),
            new Bucket("a--b", true, true),
            new Bucket("a--b", false, true),
            new Bucket("192.168.1.1", true, false),
            new Bucket("999.999.999.999", true, false),
            new Bucket("01.02.03.04", true, true),
            new Bucket("1234.1.1.1", true, true),
            new Bucket("1.1.1.1.1", true, true),
            new Bucket("192.168.1.word", true, true),
            new Bucket("a-b.c-d", true, true),
            new Bucket("a0b1c2", true, true),
            new Bucket("123", true, true),
            new Bucket("a0.b1.c2", true, true),
            new Bucket("abc_def", true, false),
            new Bucket("abcDef", true, false),
            new Bucket("Abc", false, false),
            new Bucket("abc#def", true, false),
            new Bucket("b\u00FCcket", false, false),
            new Bucket(null, false, false),
            new Bucket(null, true, false),
            new Bucket("", true, false));

    static final List<Split> SPLITS = List.of(
            new Split("a--b--c", "--", 0, List.of("a", "b", "c")),
            new Split("a--b--c", "--", 2, List.of("a", "b--c")),
            new Split("a--b--c", "--", 1, List.of("a--b--c")),
            new Split("a--b--c", "--", 3, List.of("a", "b", "c")),
            new Split("a--b--c", "--", 4, List.of("a", "b", "c")),
            new Split("", "--", 0, List.of("")),
            new Split("", "--", 1, List.of("")),
            new Split("--", "--", 0, List.of("", "")),
            new Split("----", "--", 0, List.of("", "", "")),
            new Split("---", "--", 0, List.of("", "-")),
            new Split("--b--", "--", 0, List.of("", "b", "")),
            new Split("--x-s3--azid--suffix", "--", 0, List.of("", "x-s3", "azid", "suffix")),
            new Split("--x-s3--azid--suffix", "--", 4, List.of("", "x-s3", "azid", "suffix")),
            new Split("--x-s3--azid--suffix", "--", 2, List.of("", "x-s3--azid--suffix")),
            new Split("a--b--c--d", "--", 3, List.of("a", "b", "c--d")),
            new Split("abc", "x", 0, List.of("abc")),
            new Split("a-b-c", "--", 0, List.of("a-b-c")),
            new Split("mybucket", "--", 1, List.of("mybucket")),
            new Split("a.b.c", ".", 0, List.of("a", "b", "c")),
            new Split("aaa", "aa", 0, List.of("", "a")),
            new Split("a", "abc", 0, List.of("a")));

    static final List<Element> ELEMENTS = List.of(
            new Element(List.of("a", "b", "c"), 0, "a"),
            new Element(List.of("a", "b", "c"), 2, "c"),
            new Element(List.of("a", "b", "c"), 3, null),
            new Element(List.of("a", "b", "c"), -1, "c"),
            new Element(List.of("a", "b", "c"), -3, "a"),
            new Element(List.of("a", "b", "c"), -4, null),
            new Element(List.of("a", "b", "c"), Integer.MIN_VALUE, null),
            new Element(List.of("a", "b", "c"), Integer.MAX_VALUE, null),
            new Element(List.of(), 0, null),
            new Element(List.of(), -1, null),
            new Element(null, 0, null),
            new Element(null, -1, null));

    private static Url url(String input, String scheme, String authority, String path, String normalizedPath,
            boolean isIp) {
        return new Url(input, new RuleUrl(scheme, authority, path, normalizedPath, isIp));
    }

    private static Url noUrl(String input) {
        return new Url(input, null);
    }

    private static Arn arn(String input, String partition, String service, String region, String accountId,
            String... resource) {
        return new Arn(input, new RuleArn(partition, service, region, accountId, Arrays.asList(resource)));
    }

    private static Arn noArn(String input) {
        return new Arn(input, null);
    }
}
