package dev.ecrgen.runtime.endpoints;

/**
 * Character-level checks on host names and addresses for {@link RulesFunctions} and {@link RuleUrl}: DNS labels,
 * S3 bucket names, dotted-decimal IPv4 and the text forms of IPv6. Loops over characters; no regex, no allocation.
 */
final class HostNames {

    private static final int MAX_LABEL = 63;
    private static final int MIN_BUCKET = 3;

    private HostNames() {
    }

    /** One label or, with {@code allowSubDomains}, labels joined by single dots; see {@link #isLabel}. */
    static boolean isValidHostLabel(String value, boolean allowSubDomains) {
        if (value == null) {
            return false;
        }
        int n = value.length();
        if (!allowSubDomains) {
            return isLabel(value, 0, n);
        }
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == '.') {
                if (!isLabel(value, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /**
     * Whether {@code s[from, to)} is 1 to 63 ASCII letters, digits and hyphens that starts with a letter or digit. A
     * trailing hyphen is accepted, as the rules engine's reference implementation and the AWS SDKs accept it.
     */
    static boolean isLabel(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_LABEL || !isAlphanumeric(s.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!isAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a bucket name can be a host label of S3's virtual-hosted style: 3 to 63 lower-case letters, digits and
     * hyphens, starting and ending with a letter or digit; with {@code allowSubDomains} dots too, but no dot next to
     * another dot or a hyphen, and not four dot-separated numbers the way an IPv4 address is written.
     */
    static boolean isVirtualHostableS3Bucket(String value, boolean allowSubDomains) {
        int n = value == null ? 0 : value.length();
        if (n < MIN_BUCKET || n > MAX_LABEL || !isLowerAlphanumeric(value.charAt(0))
                || !isLowerAlphanumeric(value.charAt(n - 1))) {
            return false;
        }
        char last = value.charAt(0);
        for (int i = 1; i < n - 1; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (!allowSubDomains || last == '.' || last == '-') {
                    return false;
                }
            } else if (c == '-') {
                if (last == '.') {
                    return false;
                }
            } else if (!isLowerAlphanumeric(c)) {
                return false;
            }
            last = c;
        }
        // the first and last characters are letters or digits, so the loop has seen every dot and its neighbours
        return !allowSubDomains || !isDottedQuad(value, 0, n, false);
    }

    /**
     * Whether {@code s[from, to)} is four dot-separated decimal numbers of one to three digits, none with a leading
     * zero. With {@code checkRange} each must also be at most 255, which makes it exactly an IPv4 address in
     * dotted-decimal form; without it, it is anything written like one (the bucket-name rule).
     */
    static boolean isDottedQuad(String s, int from, int to, boolean checkRange) {
        int groups = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && s.charAt(i) != '.') {
                continue;
            }
            if (++groups > 4 || !isDecimalGroup(s, start, i, checkRange)) {
                return false;
            }
            start = i + 1;
        }
        return groups == 4;
    }

    private static boolean isDecimalGroup(String s, int from, int to, boolean checkRange) {
        int length = to - from;
        if (length < 1 || length > 3 || length > 1 && s.charAt(from) == '0') {
            return false;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return !checkRange || value <= 255;
    }

    /**
     * Whether {@code s[from, to)} is an IPv6 address in one of the text forms of RFC 4291 section 2.2: eight groups of
     * one to four hex digits, or fewer with one {@code ::} standing for the rest, the last two groups optionally
     * written as a dotted-decimal IPv4 address. Zone identifiers are not accepted.
     */
    static boolean isIpv6(String s, int from, int to) {
        int groups = 0;
        boolean compressed = false;
        int i = from;
        if (to - from >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
            compressed = true;
            i += 2;
        }
        while (i < to) {
            int start = i;
            while (i < to && isHex(s.charAt(i))) {
                i++;
            }
            if (i < to && s.charAt(i) == '.') {
                // an IPv4 tail: from this group's start to the end, worth two groups
                if (!isDottedQuad(s, start, to, true)) {
                    return false;
                }
                groups += 2;
                i = to;
                break;
            }
            if (i - start < 1 || i - start > 4) {
                return false;
            }
            groups++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < to && s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
            } else if (i == to) {
                return false; // a single trailing colon
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    static boolean isAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isLowerAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
    }

    static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
