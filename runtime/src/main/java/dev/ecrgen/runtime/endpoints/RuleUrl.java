package dev.ecrgen.runtime.endpoints;

import java.util.Objects;

/**
 * The {@code URL} structure of the endpoint rules language, as {@link RulesFunctions#parseUrl} returns it. Immutable;
 * equal when all five attributes are.
 *
 * <p>The AWS SDK for Java parses with {@code java.net.URL}, which is more lenient than the language's URL: it also
 * takes {@code ftp}, {@code file}, {@code mailto} and other schemes the JDK has handlers for, trims spaces and control
 * characters from the ends, skips a {@code url:} prefix, lets the host be empty or missing ({@code https://},
 * {@code http:foo}) and hold any character, takes any digits (and a sign) as a port, zone ids without {@code %25} and
 * IPv4 parts with leading zeros in IPv6 literals, and keeps user info in the authority although the specification
 * says it must not be there. This parser follows the specification (its compliance tests reject other schemes) and
 * RFC 3986 instead. The difference is never visible for ECR, whose rule set does not call {@code parseURL}; where a
 * rule set does (DynamoDB's compares the authority with its dual-stack host names), an endpoint override that only
 * the SDK accepts reaches that rule there and the rule set's fallback here, and a user-info override is compared
 * without its user info. RulesFunctionsDifferentialTest names each difference.
 */
public final class RuleUrl {

    /** Characters of RFC 3986's unreserved and sub-delims sets, which a host name and a user info may hold as is. */
    private static final boolean[] NAME_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            NAME_CHARS[c] = HostNames.isAlphanumeric(c) || "-._~!$&'()*+,;=".indexOf(c) >= 0;
        }
    }

    private final String scheme;
    private final String authority;
    private final String path;
    private final String normalizedPath;
    private final boolean isIp;

    RuleUrl(String scheme, String authority, String path, String normalizedPath, boolean isIp) {
        this.scheme = scheme;
        this.authority = authority;
        this.path = path;
        this.normalizedPath = normalizedPath;
        this.isIp = isIp;
    }

    /**
     * Returns the scheme, {@code http} or {@code https}, in lower case and without {@code ://}.
     *
     * @return the scheme
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Returns the host and, if the URL has one, the port as written (a default port is not added, nor removed); no
     * user info.
     *
     * @return the authority, e.g. {@code example.com:8443} or {@code [fe80::1]}
     */
    public String authority() {
        return authority;
    }

    /**
     * Returns the path as written: empty when the URL has none, otherwise starting with {@code /}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the path with a {@code /} added at its start and its end where it has none; {@code /} for no path.
     *
     * @return the normalized path
     */
    public String normalizedPath() {
        return normalizedPath;
    }

    /**
     * Returns whether the host is an IPv4 address in dotted-decimal form or a bracketed IPv6 address.
     *
     * @return true for an IP address
     */
    public boolean isIp() {
        return isIp;
    }

    /**
     * Parses {@code http} and {@code https} URLs (scheme case-insensitive) of the form
     * {@code scheme://[userinfo@]host[:port][/path][#fragment]}. The host is a name of RFC 3986 reg-name characters,
     * a dotted-decimal IPv4 address or a bracketed IPv6 address (with an RFC 6874 zone such as {@code %25eth0} if
     * need be); a port is up to five digits, at most 65535, and may be empty. The user info and the fragment are dropped. A query, even an empty one, makes the URL unusable, and
     * so do other schemes, a missing or empty host, and spaces or control characters anywhere.
     *
     * @return the URL, or null when the text is not one the rules language accepts
     */
    static RuleUrl parse(String text) {
        int n = text.length();
        String scheme;
        int i;
        if (startsWithAsciiIgnoreCase(text, "https://")) {
            scheme = "https";
            i = 8;
        } else if (startsWithAsciiIgnoreCase(text, "http://")) {
            scheme = "http";
            i = 7;
        } else {
            return null;
        }
        int authorityEnd = n;
        int pathEnd = n;
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c <= ' ' || c == 0x7F) {
                return null;
            }
            if (c == '?' && pathEnd == n) {
                return null;
            }
            if ((c == '/' || c == '?' || c == '#') && authorityEnd == n) {
                authorityEnd = k;
            }
            if (c == '#' && pathEnd == n) {
                pathEnd = k;
            }
        }
        int hostStart = hostStart(text, i, authorityEnd);
        if (hostStart < 0) {
            return null;
        }
        int portColon = portColon(text, hostStart, authorityEnd);
        if (portColon < 0) {
            return null;
        }
        boolean isIp = text.charAt(hostStart) == '['
                || HostNames.isDottedQuad(text, hostStart, portColon, true);
        String authority = text.substring(hostStart, authorityEnd);
        String path = authorityEnd == pathEnd ? "" : text.substring(authorityEnd, pathEnd);
        return new RuleUrl(scheme, authority, path, normalize(path), isIp);
    }

    /** Where the host starts after an optional {@code userinfo@}; -1 when the user info holds characters it may not. */
    private static int hostStart(String text, int from, int to) {
        int at = text.lastIndexOf('@', to - 1);
        if (at < from) {
            return from;
        }
        return isNameOrPercent(text, from, at, true) ? at + 1 : -1;
    }

    /**
     * Checks the host and port in {@code text[from, to)} and returns where the host ends: the index of the port's
     * colon, or {@code to} without a port; -1 when either is not valid.
     */
    private static int portColon(String text, int from, int to) {
        int hostEnd;
        if (from < to && text.charAt(from) == '[') {
            int close = text.indexOf(']', from);
            if (close < 0 || close >= to || !isIpLiteral(text, from + 1, close)) {
                return -1;
            }
            hostEnd = close + 1;
            if (hostEnd < to && text.charAt(hostEnd) != ':') {
                return -1;
            }
        } else {
            hostEnd = text.indexOf(':', from);
            if (hostEnd < 0 || hostEnd > to) {
                hostEnd = to;
            }
            if (hostEnd == from || !isNameOrPercent(text, from, hostEnd, false)) {
                return -1;
            }
        }
        return hostEnd == to || isPort(text, hostEnd + 1, to) ? hostEnd : -1;
    }

    /** An IPv6 address, optionally with an RFC 6874 zone: {@code %25} and unreserved or percent-encoded characters. */
    private static boolean isIpLiteral(String text, int from, int to) {
        int zone = text.indexOf("%25", from);
        if (zone < 0 || zone >= to) {
            return HostNames.isIpv6(text, from, to);
        }
        if (!HostNames.isIpv6(text, from, zone) || zone + 3 == to) {
            return false;
        }
        for (int i = zone + 3; i < to; i++) {
            char c = text.charAt(i);
            if (c != '%' && (c >= 128 || !NAME_CHARS[c] || "!$&'()*+,;=".indexOf(c) >= 0)) {
                return false;
            }
        }
        return isNameOrPercent(text, zone + 3, to, false);
    }

    /** Reg-name characters and percent-encoded octets, and colons too in user info. */
    private static boolean isNameOrPercent(String text, int from, int to, boolean userInfo) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= to || !HostNames.isHex(text.charAt(i + 1)) || !HostNames.isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || !NAME_CHARS[c] && !(userInfo && c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPort(String text, int from, int to) {
        if (to - from > 5) {
            return false;
        }
        int port = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65535;
    }

    private static String normalize(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        return path.charAt(path.length() - 1) == '/' ? path : path.concat("/");
    }

    /** ASCII letters compared without case, nothing else: no other character folds onto {@code http}. */
    private static boolean startsWithAsciiIgnoreCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            char p = lowerPrefix.charAt(i);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RuleUrl)) {
            return false;
        }
        RuleUrl other = (RuleUrl) o;
        return isIp == other.isIp && scheme.equals(other.scheme) && authority.equals(other.authority)
                && path.equals(other.path) && normalizedPath.equals(other.normalizedPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, authority, path, normalizedPath, isIp);
    }

    @Override
    public String toString() {
        return "RuleUrl(scheme=" + scheme + ", authority=" + authority + ", path=" + path + ", normalizedPath="
                + normalizedPath + ", isIp=" + isIp + ")";
    }
}
