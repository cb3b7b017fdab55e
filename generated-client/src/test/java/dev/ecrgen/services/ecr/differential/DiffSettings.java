package dev.ecrgen.services.ecr.differential;

import java.util.Locale;

/**
 * What the differential tests run on, from system properties with defaults for the bundled ECR model:
 * {@code ecrgen.diff.seed} (long), {@code ecrgen.diff.rounds} (per operation), {@code ecrgen.diff.model} (classpath
 * resource of a C2J service-2.json), {@code ecrgen.diff.package} (our client's base package) and
 * {@code ecrgen.diff.referencePackage} (the AWS SDK's). Client class names follow from the model's serviceId.
 */
record DiffSettings(long seed, int rounds, String modelResource, String ourPackage, String referencePackage) {
    static final String LOOPBACK_HOST = "127.0.0.1";
    static final String DEFAULT_MODEL = "/models/ecr/2015-09-21/service-2.json";
    static final long DEFAULT_SEED = 20150921L;
    static final int DEFAULT_ROUNDS = 3;

    /** Reads the properties; the packages default to names made from the model's serviceId. */
    static DiffSettings fromSystemProperties() {
        String model = System.getProperty("ecrgen.diff.model", DEFAULT_MODEL);
        String serviceId = C2jModel.load(model).metadata("serviceId");
        if (serviceId == null) {
            throw new IllegalStateException("model " + model + " has no metadata.serviceId");
        }
        String packageName = serviceName(serviceId).toLowerCase(Locale.ROOT);
        return new DiffSettings(
                number("ecrgen.diff.seed", DEFAULT_SEED),
                (int) number("ecrgen.diff.rounds", DEFAULT_ROUNDS),
                model,
                System.getProperty("ecrgen.diff.package", "dev.ecrgen.services." + packageName),
                System.getProperty("ecrgen.diff.referencePackage", "software.amazon.awssdk.services." + packageName));
    }

    /**
     * The service's Java name as both SDKs make it from a serviceId: words and camel-case humps each capitalized
     * with the rest lower-cased, so {@code ECR} gives {@code Ecr} and {@code DynamoDB} gives {@code DynamoDb}.
     */
    static String serviceName(String serviceId) {
        StringBuilder name = new StringBuilder();
        for (String word : serviceId.split("[^A-Za-z0-9]+")) {
            for (String hump : word.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!hump.isEmpty()) {
                    name.append(Character.toUpperCase(hump.charAt(0)))
                            .append(hump.substring(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return name.toString();
    }

    /** The client interface's simple name, e.g. {@code EcrClient}. */
    String clientName(String serviceId) {
        return serviceName(serviceId) + "Client";
    }

    /** How to run again with these values. */
    String reproduction() {
        return "-Decrgen.diff.seed=" + seed + " -Decrgen.diff.rounds=" + rounds;
    }

    private static long number(String property, long fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (property.endsWith("rounds") && (parsed < 1 || parsed > 10_000)) {
                throw new IllegalStateException(property + " must be between 1 and 10000, was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " must be a whole number, was " + value, e);
        }
    }
}
