package dev.ecrgen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 from first principles (canonical request, string to sign, HMAC-SHA256 key chain),
 * independently of the signer under test.
 */
public final class SigV4Verifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
                    + "SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SigV4Verifier() {
    }

    /**
     * Recomputes the signature of a request and asserts it matches the Authorization header.
     *
     * @param method the HTTP method
     * @param canonicalPath the request path as sent (already URI-encoded)
     * @param header case-insensitive header lookup on the received request (all values joined by commas)
     * @param body the received body
     * @param accessKey expected access key id
     * @param secretKey secret key to sign with
     * @param region expected region
     * @param service expected signing name
     * @param signedAt expected signing time
     * @return the signed header names, lower case and sorted
     */
    public static List<String> verify(String method, String canonicalPath, Function<String, String> header,
            byte[] body, String accessKey, String secretKey, String region, String service, Instant signedAt)
            throws Exception {
        String authorization = header.apply("Authorization");
        assertNotNull(authorization, "Authorization header missing");
        Matcher parts = AUTHORIZATION.matcher(authorization);
        assertTrue(parts.matches(), "Authorization header not in SigV4 form: " + authorization);
        String amzDate = AMZ_DATE.format(signedAt);
        String date = amzDate.substring(0, 8);
        assertEquals(accessKey, parts.group(1));
        assertEquals(date, parts.group(2));
        assertEquals(region, parts.group(3));
        assertEquals(service, parts.group(4));
        assertEquals(amzDate, header.apply("X-Amz-Date"));
        List<String> signedHeaders = Arrays.asList(parts.group(5).split(";"));

        StringBuilder canonical = new StringBuilder()
                .append(method).append('\n')
                .append(canonicalPath).append('\n')
                .append("").append('\n');
        for (String name : signedHeaders) {
            String value = header.apply(name);
            assertNotNull(value, "signed header not received: " + name);
            canonical.append(name).append(':').append(value.trim().replaceAll(" +", " ")).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(hex(sha256(body)));

        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        assertEquals(expected, parts.group(6), "signature mismatch; canonical request was:\n" + canonical);
        return signedHeaders;
    }

    /** Case-insensitive lookup over a header map, joining multiple values with commas. */
    public static Function<String, String> lookup(Map<String, List<String>> headers) {
        return name -> {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", entry.getValue());
                }
            }
            return null;
        };
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }
}
