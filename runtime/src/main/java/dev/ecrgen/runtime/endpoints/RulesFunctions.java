package dev.ecrgen.runtime.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The functions of the endpoint rules language that endpoint providers compiled from a rule set call at run time: the
 * standard library's {@code isValidHostLabel}, {@code substring}, {@code uriEncode}, {@code parseURL} and
 * {@code split}, {@code getAttr} on a list, and the AWS library's {@code aws.parseArn}, {@code aws.partition} and
 * {@code aws.isVirtualHostableS3Bucket}. ({@code isSet}, {@code not}, {@code stringEquals}, {@code booleanEquals},
 * {@code coalesce}, {@code ite} and {@code getAttr} on a structure compile to plain Java.)
 *
 * <p>The language's unset value is {@code null}. A function whose argument may be unset returns unset (or
 * {@code false} for a predicate) when it is. Nothing here uses a regex, except {@link #partition} for a region no
 * partition lists, or throws for data it rejects.
 *
 * <p>Against the functions the AWS SDK for Java generates into each client, the results are the same except where
 * the SDK throws for input the language's type checker rules out ({@code uriEncode} and {@code aws.partition} of
 * null, {@code substring} with a negative start, {@code split}'s argument errors as its own exception type) and where
 * its {@code parseURL} accepts more than the language's URL (see {@link RuleUrl}).
 */
public final class RulesFunctions {

    /** RFC 3986's unreserved characters, which {@link #uriEncode} keeps. */
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (char c = 0; c < 128; c++) {
            UNRESERVED[c] = HostNames.isAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~';
        }
    }

    private RulesFunctions() {
    }

    /**
     * {@code isValidHostLabel}: whether the value is one DNS host label, or with {@code allowSubDomains} labels joined
     * by single dots. A label is 1 to 63 ASCII letters, digits and hyphens and starts with a letter or digit (a
     * trailing hyphen is accepted, as in the reference implementation).
     *
     * @param value the value, may be unset
     * @param allowSubDomains whether dots may join several labels
     * @return false for an unset value, an empty one, or one that breaks a rule
     */
    public static boolean isValidHostLabel(String value, boolean allowSubDomains) {
        return HostNames.isValidHostLabel(value, allowSubDomains);
    }

    /**
     * {@code substring}: the characters from {@code start} (inclusive) to {@code stop} (exclusive), counted from the
     * end of the input when {@code reverse} is set, so {@code substring("abcdefg", 0, 4, true)} is {@code "defg"}.
     *
     * @param input the input, may be unset
     * @param start the first index, from 0
     * @param stop the index after the last
     * @param reverse whether the indexes count from the end
     * @return unset when the input is unset or holds a character outside ASCII (U+0000 to U+007F), when
     *     {@code start} is negative or not below {@code stop}, or when the input is shorter than {@code stop}
     */
    public static String substring(String input, int start, int stop, boolean reverse) {
        if (input == null || start < 0 || start >= stop || stop > input.length()) {
            return null;
        }
        int n = input.length();
        for (int i = 0; i < n; i++) {
            if (input.charAt(i) > 0x7F) {
                return null;
            }
        }
        return reverse ? input.substring(n - stop, n - start) : input.substring(start, stop);
    }

    /**
     * {@code uriEncode}: percent-encodes the UTF-8 bytes of every character but RFC 3986's unreserved ones
     * ({@code A-Z a-z 0-9 - . _ ~}), with upper-case hex digits; a space becomes {@code %20}. A lone surrogate, which
     * UTF-8 cannot hold, is encoded as {@code ?} ({@code %3F}), as the JDK's UTF-8 encoder replaces it.
     *
     * @param value the value, may be unset
     * @return the encoded value (the same instance when nothing needs encoding), or unset for an unset value
     */
    public static String uriEncode(String value) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        int i = 0;
        while (i < n && value.charAt(i) < 0x80 && UNRESERVED[value.charAt(i)]) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n + 32).append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (UNRESERVED[c]) {
                    out.append(c);
                } else {
                    percent(out, c);
                }
            } else if (c < 0x800) {
                percent(out, 0xC0 | c >> 6);
                percent(out, 0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                percent(out, 0xF0 | codePoint >> 18);
                percent(out, 0x80 | codePoint >> 12 & 0x3F);
                percent(out, 0x80 | codePoint >> 6 & 0x3F);
                percent(out, 0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                percent(out, '?');
            } else {
                percent(out, 0xE0 | c >> 12);
                percent(out, 0x80 | c >> 6 & 0x3F);
                percent(out, 0x80 | c & 0x3F);
            }
        }
        return out.toString();
    }

    private static void percent(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    /**
     * {@code parseURL}: splits an {@code http} or {@code https} URL into the language's URL structure. See
     * {@link RuleUrl} for what each attribute holds. The rules: {@code scheme://[userinfo@]host[:port][/path][#frag]}
     * with the scheme in any case; the host a name of RFC 3986 reg-name characters (labels are not checked), a
     * dotted-decimal IPv4 address or a bracketed IPv6 address; the port up to 65535 or empty. User info and fragment
     * are dropped.
     *
     * @param value the value, may be unset
     * @return unset for an unset value, another scheme, a query (even an empty one), a missing host, a bad port, or a
     *     space or control character anywhere
     */
    public static RuleUrl parseUrl(String value) {
        return value == null ? null : RuleUrl.parse(value);
    }

    /**
     * {@code aws.parseArn}: splits {@code arn:partition:service:region:account-id:resource}. Partition, service and
     * resource must not be empty; region and account id may be. See {@link RuleArn#resourceId()} for how the
     * resource is split.
     *
     * @param value the value, may be unset
     * @return the ARN, or unset for an unset value or one that is not an ARN
     */
    public static RuleArn parseArn(String value) {
        return value == null ? null : RuleArn.parse(value);
    }

    /**
     * {@code aws.partition}: the outputs of the partition that lists the region; for a region no partition lists, of
     * the first whose region pattern matches it; otherwise of {@code aws}. The returned instances are shared.
     *
     * @param region the region name, may be unset
     * @return the partition, or unset only for an unset region
     */
    public static RulePartition partition(String region) {
        return region == null ? null : Partitions.of(region);
    }

    /**
     * {@code aws.isVirtualHostableS3Bucket}: whether an S3 bucket name can be put in front of the host: 3 to 63
     * lower-case letters, digits and hyphens that start and end with a letter or digit. With
     * {@code allowSubDomains} dots are allowed too, but not next to a dot or a hyphen, and not in a name written
     * like an IPv4 address (four dot-separated numbers of one to three digits without leading zeros).
     *
     * @param value the bucket name, may be unset
     * @param allowSubDomains whether dots are allowed
     * @return false for an unset value or one that breaks a rule
     */
    public static boolean isVirtualHostableS3Bucket(String value, boolean allowSubDomains) {
        return HostNames.isVirtualHostableS3Bucket(value, allowSubDomains);
    }

    /**
     * {@code split}: the parts of {@code value} between occurrences of {@code delimiter}, left to right, empty parts
     * kept. With {@code limit} 0 the value is split at every occurrence; with a positive limit into at most that many
     * parts, the last holding the rest, so a limit of 1 gives the value itself. An empty value gives one empty part.
     * An unset value gives an unset result, as every function of the library does for rule sets that pass one; an
     * empty delimiter and a negative limit are the compiled code's error.
     *
     * @param value the value to split, may be unset
     * @param delimiter the delimiter, not empty
     * @param limit 0 for no limit, or the most parts to return
     * @return the parts, unmodifiable and never empty; null for an unset value
     * @throws IllegalArgumentException if the delimiter is null or empty or the limit is negative
     */
    public static List<String> split(String value, String delimiter, int limit) {
        if (value == null) {
            return null;
        }
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("split: the delimiter must not be empty");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("split: the limit must be 0 (no limit) or more, was " + limit);
        }
        int at = limit == 1 ? -1 : value.indexOf(delimiter);
        if (at < 0) {
            return Collections.singletonList(value);
        }
        List<String> parts = new ArrayList<>(limit == 0 ? 4 : Math.min(limit, 8));
        int start = 0;
        while (at >= 0 && (limit == 0 || parts.size() < limit - 1)) {
            parts.add(value.substring(start, at));
            start = at + delimiter.length();
            at = value.indexOf(delimiter, start);
        }
        parts.add(value.substring(start));
        return Collections.unmodifiableList(parts);
    }

    /**
     * {@code getAttr} with an index path such as {@code [0]}: the element at {@code index}, where a negative index
     * counts from the end ({@code -1} is the last element).
     *
     * @param list the list, may be unset
     * @param index the index
     * @param <T> the element type
     * @return the element, or unset when the list is unset or the index is out of range
     */
    public static <T> T listElement(List<T> list, int index) {
        if (list == null) {
            return null;
        }
        int size = list.size();
        int at = index < 0 ? size + index : index;
        return at >= 0 && at < size ? list.get(at) : null;
    }
}
