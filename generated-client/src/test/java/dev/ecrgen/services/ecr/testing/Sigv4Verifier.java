package dev.ecrgen.services.ecr.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes an AWS Signature Version 4 from the published algorithm (canonical request, string to sign, HMAC-SHA256
 * key chain) to check the {@code Authorization} header a client sent. It shares no code with the signer under test.
 */
public final class Sigv4Verifier {
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");

    private Sigv4Verifier() {}

    /**
     * Returns null when the signature is valid, else a sentence saying what does not match.
     *
     * @param headers the received headers, names in any case, each with its values
     */
    public static String problem(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
            String accessKey, String secretKey, String region, String service) {
        String authorization = header(headers, "authorization");
        if (authorization == null) {
            return "no Authorization header";
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return "Authorization header is not SigV4: " + authorization.replaceAll("Signature=\\w+", "Signature=...");
        }
        if (!m.group(1).equals(accessKey) || !m.group(3).equals(region) || !m.group(4).equals(service)) {
            return "credential scope is " + m.group(1) + "/" + m.group(3) + "/" + m.group(4) + ", expected "
                    + accessKey + "/" + region + "/" + service;
        }
        String amzDate = header(headers, "x-amz-date");
        if (amzDate == null || !amzDate.startsWith(m.group(2))) {
            return "X-Amz-Date " + amzDate + " does not match the credential date " + m.group(2);
        }
        String payloadHash = hex(sha256(body));
        String declared = header(headers, "x-amz-content-sha256");
        if (declared != null && !declared.equals(payloadHash) && !declared.startsWith("UNSIGNED")) {
            return "x-amz-content-sha256 does not match the body";
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        List<String> signed = List.of(m.group(5).split(";"));
        for (String name : signed) {
            String value = header(headers, name);
            if (value == null) {
                return "signed header " + name + " was not sent";
            }
            canonicalHeaders.append(name).append(':').append(value.trim().replaceAll(" +", " ")).append('\n');
        }
        if (!signed.contains("host")) {
            return "the Host header is not signed";
        }
        String canonicalRequest = method + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + canonicalHeaders
                + "\n" + m.group(5) + "\n" + (declared != null ? declared : payloadHash);
        String scope = m.group(2) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), m.group(2));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        return expected.equals(m.group(6)) ? null : "signature does not verify";
    }

    /**
     * The canonical query string of a query as sent, when its names and values are already encoded as SigV4 encodes
     * them (RFC 3986, upper-case hex): the parameters sorted by name, then value, each as {@code name=value}.
     *
     * @param rawQuery the query as received, or null
     * @return the canonical query, empty for no query
     */
    public static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            parameters.add(equals < 0 ? new String[] {parameter, ""}
                    : new String[] {parameter.substring(0, equals), parameter.substring(equals + 1)});
        }
        parameters.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder canonical = new StringBuilder();
        for (String[] parameter : parameters) {
            canonical.append(canonical.length() == 0 ? "" : "&").append(parameter[0]).append('=').append(parameter[1]);
        }
        return canonical.toString();
    }

    private static String header(Map<String, List<String>> headers, String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                values.addAll(entry.getValue());
            }
        }
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
