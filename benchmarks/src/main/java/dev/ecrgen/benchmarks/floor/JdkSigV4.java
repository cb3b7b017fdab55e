package dev.ecrgen.benchmarks.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for one JSON-protocol POST with nothing but {@link MessageDigest}: SHA-256 from the JDK's
 * first security provider and HMAC built on it, dates formatted by hand. It exists to measure what signing costs a
 * first call when neither {@code javax.crypto} (whose first use reads the crypto policy files and loads every
 * provider up to SunJCE) nor {@code java.time} formatting is touched. Only the headers given are signed.
 */
public final class JdkSigV4 {

    private static final int BLOCK = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JdkSigV4() {
    }

    /**
     * Returns the headers to send: those given plus {@code Host}, {@code x-amz-content-sha256}, {@code X-Amz-Date}
     * and {@code Authorization}, as the AWS SDK's signer adds them.
     *
     * @param uri the request's URI (host, port and path are signed)
     * @param headers the headers to sign, besides those the signer adds
     * @param body the payload, hashed into the signature
     * @param accessKey the access key id
     * @param secret the secret access key
     * @param region the signing region, e.g. {@code us-east-1}
     * @param service the signing name, e.g. {@code ecr}
     * @param epochMillis the signing time
     * @return the headers to send, case-insensitively ordered
     */
    public static Map<String, String> sign(URI uri, Map<String, String> headers, byte[] body, String accessKey, String secret,
            String region, String service, long epochMillis) {
        String amzDate = amzDate(epochMillis);
        String day = amzDate.substring(0, 8);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        TreeMap<String, String> canonical = new TreeMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            canonical.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().trim());
        }
        MessageDigest sha256 = digest();
        String payloadHash = hex(sha256.digest(body));
        canonical.put("host", host);
        canonical.put("x-amz-content-sha256", payloadHash);
        canonical.put("x-amz-date", amzDate);
        StringBuilder names = new StringBuilder();
        StringBuilder request = new StringBuilder(256).append("POST\n")
                .append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()).append("\n\n");
        for (Map.Entry<String, String> header : canonical.entrySet()) {
            request.append(header.getKey()).append(':').append(header.getValue()).append('\n');
            if (names.length() > 0) {
                names.append(';');
            }
            names.append(header.getKey());
        }
        request.append('\n').append(names).append('\n').append(payloadHash);
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256.digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(sha256, ("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(sha256, key, region);
        key = hmac(sha256, key, service);
        key = hmac(sha256, key, "aws4_request");
        String signature = hex(hmac(sha256, key, toSign));
        Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.putAll(headers);
        signed.put("Host", host);
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("X-Amz-Date", amzDate);
        signed.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders="
                + names + ", Signature=" + signature);
        return signed;
    }

    private static byte[] hmac(MessageDigest digest, byte[] key, String data) {
        if (key.length > BLOCK) {
            key = digest.digest(key);
        }
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        digest.update(inner);
        byte[] innerHash = digest.digest(data.getBytes(StandardCharsets.UTF_8));
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 15];
            out[2 * i + 1] = HEX[bytes[i] & 15];
        }
        return new String(out);
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'} in UTC, from the days-to-civil-date algorithm (proleptic Gregorian). */
    static String amzDate(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        long days = Math.floorDiv(seconds, 86_400L);
        long secondOfDay = seconds - days * 86_400L;
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder out = new StringBuilder(16);
        pad(out, year, 4);
        pad(out, month, 2);
        pad(out, day, 2);
        out.append('T');
        pad(out, secondOfDay / 3600, 2);
        pad(out, secondOfDay / 60 % 60, 2);
        pad(out, secondOfDay % 60, 2);
        return out.append('Z').toString();
    }

    private static void pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
