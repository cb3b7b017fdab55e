package dev.ecrgen.runtime.config;

import java.util.Locale;

/**
 * The per-service endpoint setting names the AWS SDK for Java v2 derives from a model's {@code serviceId}:
 * {@code ECR} gives {@code aws.endpointUrlEcr}, {@code AWS_ENDPOINT_URL_ECR} and the profile key {@code ecr};
 * {@code Secrets Manager} gives {@code aws.endpointUrlSecretsManager}, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} and
 * {@code secrets_manager}; {@code DynamoDB} gives {@code aws.endpointUrlDynamoDb}, {@code AWS_ENDPOINT_URL_DYNAMODB} and
 * {@code dynamodb}.
 *
 * <p>The environment suffix is the id upper-cased with spaces turned into underscores; the profile key is the same in
 * lower case. The system property suffix is the id in PascalCase by the SDK code generator's word rules (words split
 * at non-alphanumerics, lower-to-upper changes, the end of an acronym and after digits; each word capitalised, the
 * rest lower case), without a leading {@code Amazon} or {@code Aws} or a trailing {@code Service}.
 *
 * @param systemProperty the service-specific system property, e.g. {@code aws.endpointUrlEcr}
 * @param environmentVariable the service-specific environment variable, e.g. {@code AWS_ENDPOINT_URL_ECR}
 * @param profileKey the key under a {@code services} section (and before {@code .endpoint_url} in a profile)
 */
public record ServiceConfigNames(String systemProperty, String environmentVariable, String profileKey) {

    /**
     * Derives the names from a service id.
     *
     * @param serviceId the model's {@code serviceId}, e.g. {@code ECR}
     * @return the names
     */
    public static ServiceConfigNames of(String serviceId) {
        if (serviceId == null || serviceId.trim().isEmpty()) {
            throw new IllegalArgumentException("ServiceConfigNames needs a serviceId, got '" + serviceId + "'");
        }
        String upper = serviceId.replace(' ', '_').toUpperCase(Locale.ENGLISH);
        return new ServiceConfigNames("aws.endpointUrl" + serviceName(serviceId), "AWS_ENDPOINT_URL_" + upper,
                upper.toLowerCase(Locale.ENGLISH));
    }

    /** The id in PascalCase without the {@code Amazon}/{@code Aws} prefixes and {@code Service} suffix. */
    static String serviceName(String serviceId) {
        String name = pascalCase(serviceId);
        name = withoutPrefix(name, "Amazon");
        name = withoutPrefix(name, "Aws");
        if (name.endsWith("Service") && name.length() > "Service".length()) {
            name = name.substring(0, name.length() - "Service".length());
        }
        return name;
    }

    private static String withoutPrefix(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length() ? name.substring(prefix.length()) : name;
    }

    /** Words of the text, each capitalised with the rest in lower case, joined. */
    static String pascalCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : words(text)) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ENGLISH));
            }
        }
        return out.toString();
    }

    /** Splits into words; each step below inserts spaces, as the generator's rules do in the same order. */
    static String[] words(String text) {
        String spaced = alphanumericRuns(text);
        spaced = versionWords(spaced, 'v');
        spaced = versionWords(spaced, 'V');
        spaced = camelWords(spaced);
        spaced = acronymWords(spaced);
        spaced = afterDigits(spaced);
        String trimmed = collapseSpaces(spaced);
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    /** Every run of characters other than ASCII letters and digits becomes one space. */
    private static String alphanumericRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    /**
     * A version marker ({@code v} or {@code V} plus digits, after at least two characters that are not of the
     * marker's own case) becomes a word of its own: {@code TESTv4} gives {@code TEST v4 }, {@code TestV4} gives
     * {@code Test V4 }.
     */
    private static String versionWords(String text, char marker) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        int consumed = 0;
        int i = 0;
        while (i < text.length()) {
            int digitsEnd = digitsAfter(text, i);
            if (text.charAt(i) == marker && digitsEnd > i + 1 && i - 2 >= consumed
                    && notOfCase(text.charAt(i - 1), marker) && notOfCase(text.charAt(i - 2), marker)) {
                out.append(text, consumed, i).append(' ').append(text, i, digitsEnd).append(' ');
                consumed = digitsEnd;
                i = digitsEnd;
            } else {
                i++;
            }
        }
        return out.append(text, consumed, text.length()).toString();
    }

    private static int digitsAfter(String text, int marker) {
        int end = marker + 1;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean notOfCase(char c, char marker) {
        return marker == 'v' ? !(c >= 'a' && c <= 'z') : !(c >= 'A' && c <= 'Z');
    }

    /** A space between a lower-case letter and an upper-case one that a letter or digit follows. */
    private static String camelWords(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && isLower(text.charAt(i - 1)) && isUpper(c) && i + 1 < text.length()
                    && isAsciiLetterOrDigit(text.charAt(i + 1))) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Ends an acronym before its last capital when a lower-case letter follows: {@code ACMSuccess}, {@code ACM Success}. */
    private static String acronymWords(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int runEnd = i;
            while (runEnd < text.length() && isUpper(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i >= 2 && runEnd < text.length() && isLower(text.charAt(runEnd))) {
                out.append(text, i, runEnd - 1).append(' ').append(text, runEnd - 1, runEnd + 1);
                i = runEnd + 1;
            } else if (runEnd > i) {
                out.append(text, i, runEnd);
                i = runEnd;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** A space between a digit and the letter after it. */
    private static String afterDigits(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && isDigit(text.charAt(i - 1)) && isAsciiLetter(c)) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
