package dev.ecrgen.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits model names into words and re-joins them in the casings Java code uses. The word boundaries are the AWS SDK
 * for Java v2's, so that names re-cased word by word ({@code KMSInternalException} to {@code KmsInternalException})
 * come out as its generator writes them.
 */
final class Words {
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    /** A version: {@code v} and digits after two or more non-lower-case characters ({@code TLSv1}: {@code TLS v1}). */
    private static final Pattern LOWER_VERSION = Pattern.compile("([^a-z]{2,})v([0-9]+)");
    /** A version: {@code V} and digits after two or more non-capital characters ({@code TestV4}: {@code Test V4}). */
    private static final Pattern UPPER_VERSION = Pattern.compile("([^A-Z]{2,})V([0-9]+)");
    /** A hump: a lower-case letter, then an upper-case letter that is followed by a letter or a digit. */
    private static final Pattern HUMP = Pattern.compile("(?<=[a-z])(?=[A-Z][A-Za-z0-9])");
    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern DIGIT_LETTER = Pattern.compile("([0-9])([a-zA-Z])");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern LOWER_THEN_UPPER = Pattern.compile("([a-z0-9])([A-Z])");

    private Words() {}

    /**
     * Splits on runs of non-alphanumerics, a version ({@code TLSv1} to {@code TLS v1}), a camel-case hump whose
     * upper-case letter is not the last character ({@code AcmSuccess} to {@code Acm Success}, but {@code ImageA} stays
     * whole), the end of an acronym ({@code ACMSuccess} to {@code ACM Success}) and a digit followed by a letter
     * ({@code s3ec2} to {@code s3 ec2}).
     */
    static List<String> split(String name) {
        String spaced = NON_ALPHANUMERIC.matcher(name).replaceAll(" ");
        spaced = LOWER_VERSION.matcher(spaced).replaceAll("$1 v$2 ");
        spaced = UPPER_VERSION.matcher(spaced).replaceAll("$1 V$2 ");
        spaced = HUMP.matcher(spaced).replaceAll(" ");
        spaced = ACRONYM_END.matcher(spaced).replaceAll("$1 $2");
        spaced = DIGIT_LETTER.matcher(spaced).replaceAll("$1 $2").trim();
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(spaced)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Each word lower-cased with its first letter upper-cased: {@code Secrets Manager} to {@code SecretsManager},
     * {@code ECR} to {@code Ecr}, {@code DynamoDB} to {@code DynamoDb}, {@code CustomKeyStoreHasCMKs} to
     * {@code CustomKeyStoreHasCmKs}.
     */
    static String pascalCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : split(name)) {
            out.append(capitalize(word.toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }

    /** Upper-cases the first character only. */
    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Lower-cases a leading acronym as the AWS SDK for Java v2 does: {@code ARN} to {@code arn}, {@code DBInstance} to
     * {@code dbInstance}, {@code LayerDigest} to {@code layerDigest}.
     */
    static String uncapitalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        do {
            out.append(Character.toLowerCase(name.charAt(i++)));
        } while (i < name.length()
                && Character.isUpperCase(name.charAt(i))
                && !(i < name.length() - 1 && Character.isLowerCase(name.charAt(i + 1))));
        out.append(name, i, name.length());
        return out.toString();
    }

    /**
     * {@code BatchCheckLayerAvailability} to {@code BATCH_CHECK_LAYER_AVAILABILITY}: an underscore before each upper-case
     * letter that follows a lower-case letter or a digit, and for each run of other characters. Unlike
     * {@link #screamingSnake}, an acronym stays one word ({@code DBInstance} to {@code DBINSTANCE}).
     */
    static String humpsToSnake(String name) {
        String words = LOWER_THEN_UPPER.matcher(name).replaceAll("$1_$2");
        return NON_ALPHANUMERIC.matcher(words).replaceAll("_").toUpperCase(Locale.ROOT);
    }

    /** {@code x-y.z} to {@code X_Y_Z}; {@code sha256} to {@code SHA256}; {@code fooBar} to {@code FOO_BAR}. */
    static String screamingSnake(String value) {
        return String.join("_", split(value)).toUpperCase(Locale.ROOT);
    }

    /** Drops characters Java identifiers cannot hold and makes sure the first one can start an identifier. */
    static String identifier(String name, String prefixIfNeeded) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isJavaIdentifierPart(c) && c != '$') {
                out.append(c);
            }
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, prefixIfNeeded);
        }
        return out.toString();
    }
}
